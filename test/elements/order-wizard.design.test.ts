// What the visual design promises, as a customer sees it: step states by shape with the words for screen readers,
// the marks alone in a narrow wizard, one "selected" look for every choice, the configuration over the price, the
// trusted-sources sentence said once, and an error summary that shows what was fixed since the last try.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';
import { completePreset } from './wizard-presets.js';
import { $, byId, press, root, text } from './wizard-dom.js';
import { type } from '../support/input.js';

const PRESET = { ...completePreset('keycloak', '26'), options: { 'instance-name': 'sso' } };

async function wizard(width: string, draft: object = PRESET): Promise<OrderWizard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}"><order-wizard lang="en" persist="none" .draft=${draft}></order-wizard></div>`);
  const el = wrapper.querySelector('order-wizard')!;
  await el.updateComplete;
  return el;
}

async function goTo(el: OrderWizard, name: string): Promise<void> {
  if (text(root(el).querySelector('[aria-current="step"] .step-name')) === name) return;
  [...root(el).querySelectorAll<HTMLButtonElement>('nav button')].find((b) => text(b.querySelector('.step-name')) === name)!.click();
  await el.updateComplete;
}

const marks = (el: OrderWizard) => [...root(el).querySelectorAll<HTMLElement>('nav .step-number')];
/** The tick drawn in a mark: its right and bottom borders; none without one. */
const tick = (mark: Element) => {
  const after = getComputedStyle(mark, '::after');
  return after.content !== 'none' && after.borderRightStyle === 'solid' && after.borderBottomStyle === 'solid';
};

describe('<order-wizard> design', () => {
  it('step states differ by shape: a tick when done, a thicker ring now, the number to do; their words are for screen readers only', async () => {
    const el = await wizard('1000px');
    await goTo(el, 'Storage');
    const states = [...root(el).querySelectorAll('nav li')].map((li) => li.className.replace('step', '').trim());
    expect(states.slice(0, 3)).to.deep.equal(['done', 'done', 'current']);
    const [done, , current] = marks(el);
    const todo = root(el).querySelector('nav li.todo .step-number');
    expect(tick(done!)).to.equal(true);
    // The number under the tick is not shown (no text colour), only the tick.
    expect(getComputedStyle(done!).color).to.equal('rgba(0, 0, 0, 0)');
    expect(tick(current!)).to.equal(false);
    expect(parseFloat(getComputedStyle(current!).borderTopWidth)).to.be.greaterThan(parseFloat(getComputedStyle(marks(el).at(-1)!).borderTopWidth));
    if (todo) expect(tick(todo)).to.equal(false);
    for (const state of root(el).querySelectorAll<HTMLElement>('nav .step-state')) {
      expect(state.getBoundingClientRect().width, text(state)).to.be.at.most(1);
      expect(text(state)).to.match(/^\((completed|current step|not completed)\)$/);
    }
  });

  it('wide, the steps stand in one row with their names; narrow, the marks alone and the step count', async () => {
    const wide = await wizard('1000px');
    const tops = [...root(wide).querySelectorAll('nav li')].map((li) => Math.round(li.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1);
    for (const name of root(wide).querySelectorAll('nav .step-name')) expect(name.getBoundingClientRect().width).to.be.greaterThan(20);

    const narrow = await wizard('300px');
    for (const name of root(narrow).querySelectorAll('nav .step-name')) expect(name.getBoundingClientRect().width).to.be.at.most(1);
    expect(text($(narrow, '.step-count'))).to.equal('Step 7 of 7');
    expect(text($(narrow, '[aria-current="step"]'))).to.contain('Summary');
  });

  it('a selected choice looks the same in the wizard\'s radios and in the picker: accent border, panel, a ring with a tick', async () => {
    const el = await wizard('1000px');
    await goTo(el, 'Region');
    const radio = root(el).querySelector<HTMLElement>('.group-region [role="radio"][aria-checked="true"]')!;
    await goTo(el, 'Node size');
    const picker = $(el, 'node-size-picker')!;
    const option = picker.shadowRoot!.querySelector<HTMLElement>('.sizes [role="radio"][aria-checked="true"]')!;
    expect(getComputedStyle(option).backgroundColor).to.equal('rgb(244, 245, 247)');
    expect(getComputedStyle(option).borderTopColor).to.equal('rgb(0, 85, 204)');
    expect(tick(option.querySelector('.check')!)).to.equal(true);
    const unchecked = picker.shadowRoot!.querySelector<HTMLElement>('.sizes [role="radio"][aria-checked="false"]')!;
    expect(tick(unchecked.querySelector('.check')!)).to.equal(false);
    await goTo(el, 'Region');
    const again = root(el).querySelector<HTMLElement>('.group-region [role="radio"][aria-checked="true"]')!;
    expect(radio.dataset.value).to.equal(again.dataset.value);
    expect(getComputedStyle(again).backgroundColor).to.equal('rgb(244, 245, 247)');
    expect(getComputedStyle(again).borderTopColor).to.equal('rgb(0, 85, 204)');
    expect(tick(again.querySelector('.mark')!)).to.equal(true);
    const other = root(el).querySelector<HTMLElement>('.group-region [role="radio"][aria-checked="false"]')!;
    expect(tick(other.querySelector('.mark')!)).to.equal(false);
  });

  it('the price panel lists the chosen service, version and region above the itemised price', async () => {
    const el = await wizard('1000px');
    expect([...root(el).querySelectorAll('.price-config li')].map(text)).to.deep.equal(['Keycloak as a Service 26', 'Germany West (Cologne)']);
    expect(text($(el, '.price'))).to.contain('Total per month');
  });

  it('trusted sources with none: the sentence once at the field and once in the error summary, not a third time', async () => {
    const el = await wizard('1000px', { ...PRESET, trustedSources: [] });
    await goTo(el, 'Trusted sources');
    $<HTMLButtonElement>(el, '.next')!.click();
    await el.updateComplete;
    const sentence = 'All access stays blocked until you add at least one trusted source.';
    const editor = $(el, 'trusted-sources-editor')!;
    const all = `${text(root(el).querySelector('.base'))} ${text(editor.shadowRoot!.querySelector('.base'))}`;
    expect(all.split(sentence).length - 1).to.equal(2);
    expect(all).not.to.contain('No trusted sources yet');
  });

  it('the error summary says it is about the last try, and crosses out a problem fixed since without changing its words', async () => {
    const el = await wizard('1000px');
    await goTo(el, 'Storage');
    const storage = byId<HTMLInputElement>(el, 'storageGb')!;
    storage.select();
    await type('55');
    $<HTMLButtonElement>(el, '.next')!.click();
    await el.updateComplete;
    const alert = () => root(el).querySelector('.error-summary [role="alert"]')!;
    const words = text(alert());
    expect(words).to.contain('From your last try.');
    const entry = alert().querySelector('li')!;
    expect(entry.classList.contains('fixed')).to.equal(false);
    storage.focus();
    await press(el, 'Backspace');
    await type('0');
    await el.updateComplete;
    expect(storage.value).to.equal('50');
    expect(text(alert())).to.equal(words);
    expect(getComputedStyle(alert().querySelector('li a')!).textDecorationLine).to.equal('line-through');
  });
});
