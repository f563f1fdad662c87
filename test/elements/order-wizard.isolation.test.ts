// The wizard lives on other people's pages: their CSS cannot break it, and it leaves nothing global behind.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/define.js';
import type { OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';

describe('<order-wizard> on a host page', () => {
  afterEach(() => {
    fixtureCleanup();
    sessionStorage.clear();
  });

  it('is not broken by the page’s own CSS', async () => {
    const hostile = document.createElement('style');
    // Rules that would wreck any light-DOM form (they do not match the host element itself: a page may theme that).
    hostile.textContent = `
      button, input, label, h2, ol, section, fieldset, [role="radio"], [part], .next, #step-heading {
        display: none !important; visibility: hidden !important; color: transparent !important;
      }`;
    document.head.append(hostile);
    try {
      const el = await fixture<OrderWizard>(html`<order-wizard lang="en"></order-wizard>`);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const heading = root.querySelector<HTMLElement>('#step-heading')!;
      const next = root.querySelector<HTMLElement>('.next')!;
      for (const part of [heading, next]) {
        const style = getComputedStyle(part);
        expect(style.display, part.textContent ?? '').to.not.equal('none');
        expect(style.visibility).to.equal('visible');
        expect(part.getBoundingClientRect().height).to.be.greaterThan(10);
      }
    } finally {
      hostile.remove();
    }
  });

  it('sets nothing global: no window properties, no document styles, no attributes on the page', async () => {
    const windowKeys = new Set(Object.keys(window));
    const headChildren = document.head.children.length;
    const sheets = document.adoptedStyleSheets.length;
    const htmlAttributes = [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`);
    const bodyAttributes = [...document.body.attributes].map((a) => `${a.name}=${a.value}`);
    const el = await fixture<OrderWizard>(html`<order-wizard lang="en"></order-wizard>`);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('.next')!.click();
    await el.updateComplete;
    expect(Object.keys(window).filter((key) => !windowKeys.has(key))).to.deep.equal([]);
    expect(document.head.children.length).to.equal(headChildren);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect([...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`)).to.deep.equal(htmlAttributes);
    expect([...document.body.attributes].map((a) => `${a.name}=${a.value}`)).to.deep.equal(bodyAttributes);
  });
});
