// Any width, any zoom (WCAG 1.4.10 reflow, 1.4.4 resize text): the wizard completed with the keyboard alone on a page
// 320 CSS px wide, on a page whose root font is 40 px, and on a page whose rule `* { all: unset }` reaches the tags.
// At every step each control is hit-tested: a click at its middle and near both its ends reaches it (not a panel on
// top of it, not nothing because it is clipped), and it stays inside the page's width.
import 'axe-core/axe.min.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';
import { engineLimit } from '../support/engine.js';
import { deepElementFromPoint, setViewport } from '../support/input.js';
import { PROFILE } from './wizard-presets.js';
import {
  $, clearField, deepActive, fillNewProfileByKeyboard, heading, isClass, isId, isRadioIn, press, root, tabTo, typeText,
} from './wizard-dom.js';

const CONTROLS = 'button, input, select, textarea, a[href], [role="radio"], [role="checkbox"], [tabindex="0"]';

/** Every control a customer can reach under `host`, through the shadow roots of the elements inside it. */
function controls(host: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      if (child.matches(CONTROLS) && child.checkVisibility({ visibilityProperty: true })) {
        // A visually hidden native control (a custom radio's own input) is not there to be clicked.
        const rect = child.getBoundingClientRect();
        if (rect.width > 2 && rect.height > 2) found.push(child as HTMLElement);
      }
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(host.shadowRoot!);
  return found;
}


const label = (el: Element) =>
  `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> “${(el.textContent ?? (el as HTMLInputElement).value ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”`;

/** What covers or clips a control under `host`, or leaves the page's width; empty when all can be clicked. */
function unreachable(host: Element): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${width} px`);
  for (const control of controls(host)) {
    control.scrollIntoView({ block: 'center', inline: 'nearest' });
    // A link that wraps has a box per line: its first line is where a customer clicks.
    const rect = getComputedStyle(control).display === 'inline' ? control.getClientRects()[0]! : control.getBoundingClientRect();
    if (rect.left < -1 || rect.right > width + 1) problems.push(`${label(control)} leaves the page: ${Math.round(rect.left)}–${Math.round(rect.right)} of ${width} px`);
    const y = rect.top + rect.height / 2;
    // Middle, and 10 % in from each end (a round corner is no miss): a clipped field fails at its hidden end.
    for (const x of [rect.left + rect.width / 2, rect.left + rect.width * 0.1, rect.right - rect.width * 0.1]) {
      const hit = deepElementFromPoint(x, y);
      const reached = !!hit && (hit === control || control.contains(hit) || (hit instanceof HTMLLabelElement && hit.control === control));
      if (!reached) {
        problems.push(`${label(control)} at (${Math.round(x)}, ${Math.round(y)}) is covered by ${hit ? label(hit) : 'nothing (clipped)'}`);
        break;
      }
    }
  }
  return problems;
}

/** Text styles of each element's top box under `host` (the wizard and the elements in it) that are not the widgets' own. */
function leakedTextStyles(host: Element): string[] {
  const problems: string[] = [];
  const visit = (el: Element) => {
    const base = el.shadowRoot!.querySelector('.base');
    if (base) {
      const { fontFamily, lineHeight, fontSize } = getComputedStyle(base);
      if (!fontFamily.startsWith('system-ui')) problems.push(`<${el.localName}> is set in ${fontFamily}`);
      if (Math.abs(parseFloat(lineHeight) / parseFloat(fontSize) - 1.5) > 0.01) problems.push(`<${el.localName}> has a line height of ${lineHeight} at ${fontSize}`);
    }
    for (const inner of el.shadowRoot!.querySelectorAll('*')) if (inner.shadowRoot) visit(inner);
  };
  visit(host);
  return problems;
}

async function next(el: OrderWizard, headingAfter: string): Promise<void> {
  await tabTo(el, isClass('next'), 'Next');
  await press(el, 'Enter');
  expect(heading(el)).to.equal(headingAfter);
}

interface Condition {
  name: string;
  viewport: { width: number; height: number };
  /** The host page's own style sheet. */
  pageStyle: string;
}

const CONDITIONS: Condition[] = [
  { name: 'a page 320 px wide', viewport: { width: 320, height: 640 }, pageStyle: '' },
  { name: 'a 40 px root font (200 % text and more) on a 1280 px page', viewport: { width: 1280, height: 800 }, pageStyle: 'html { font-size: 40px; }' },
  {
    name: 'a host page with * { all: unset }',
    viewport: { width: 1280, height: 800 },
    pageStyle: '* { all: unset; } head, style, script { display: none; }',
  },
];

for (const condition of CONDITIONS) {
  describe(`<order-wizard> on ${condition.name}`, () => {
    let style: HTMLStyleElement | undefined;
    before(async () => {
      // Where the engine cannot give this page (test/support/engine.ts), each test below reports so by name instead.
      if (engineLimit(`<order-wizard> on ${condition.name}`)) return;
      await setViewport(condition.viewport);
      style = document.createElement('style');
      style.textContent = condition.pageStyle;
      document.head.append(style);
    });
    after(async () => {
      if (!style) return;
      style.remove();
      await setViewport({ width: 800, height: 600 });
    });
    beforeEach(() => sessionStorage.clear());

    it('every step is completed with the keyboard, and no control is covered, clipped or off the page at any step', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button>
        <order-wizard lang="en" persist="none"></order-wizard></div>`);
      const el = wrapper.querySelector('order-wizard')!;
      await el.updateComplete;
      el.addEventListener('order-submit', (event) => event.detail.respondWith(Promise.resolve({ orderId: 'o-1' })));
      const problems: string[] = [];
      const check = (step: string) =>
        problems.push(...[...unreachable(el), ...leakedTextStyles(el)].map((problem) => `${step}: ${problem}`));
      document.getElementById('before')!.focus();

      check('service');
      await tabTo(el, isRadioIn('.group-service'), 'the service group');
      for (let i = 0; i < 5 && (deepActive() as HTMLElement).dataset.value !== 'postgresql'; i += 1) await press(el, 'ArrowDown');
      await press(el, 'Space');
      expect(el.draft.serviceId).to.equal('postgresql');
      check('service chosen');
      await tabTo(el, isId('options["instance-name"]'), 'the instance name');
      await typeText(el, 'shop-db');
      await next(el, 'Choose the node type and size');

      check('size');
      await tabTo(el, (a) => a.getAttribute('role') === 'radio' && !!a.closest('.sizes'), 'the size group');
      await press(el, 'Space');
      expect(el.draft.sizeId).to.equal('gp-s');
      check('size chosen');
      await next(el, 'Choose the storage size');

      check('storage');
      await tabTo(el, isId('storageGb'), 'the storage field');
      await clearField(el);
      await typeText(el, '100');
      await next(el, 'Enable access');

      check('trusted sources');
      await tabTo(el, isId('new-address'), 'the new-address field');
      await typeText(el, '123.123.123.123/32');
      await press(el, 'Enter');
      expect(el.draft.trustedSources.map((source) => source.address)).to.deep.equal(['123.123.123.123/32']);
      check('trusted sources with one entry');
      await next(el, 'Choose the region');

      check('region');
      await tabTo(el, isRadioIn('.group-region'), 'the region group');
      await press(el, 'Space');
      expect(el.draft.regionId).to.equal('de-west-1');
      check('region chosen');
      await next(el, 'Choose the options');

      check('options');
      await tabTo(el, isId('options["high-availability"]'), 'high availability');
      await press(el, 'Space');
      await next(el, 'Choose the invoice profile');

      check('invoice profile');
      await fillNewProfileByKeyboard(el);
      check('new invoice profile');
      await next(el, 'Check and place your order');

      check('summary');
      for (const box of root(el).querySelectorAll<HTMLInputElement>('.documents input[type=checkbox]')) {
        await tabTo(el, (a) => a === box, box.id);
        await press(el, 'Space');
      }
      await tabTo(el, isClass('place-order'), 'Place order now');
      const placed = oneEvent(el, 'order-placed');
      await press(el, 'Enter');
      expect((await placed).detail.orderId).to.equal('o-1');
      await el.updateComplete;
      await ($(el, 'order-status-badge') as (HTMLElement & { updateComplete: Promise<unknown> }) | null)?.updateComplete;
      check('confirmation');

      expect(problems, problems.join('\n')).to.deep.equal([]);
    });

    it('the summary\'s "Change" buttons can be clicked, and the wizard is accessible there', async () => {
      const preset = { serviceId: 'keycloak', version: '26', sizeId: 'gp-m', storageGb: 100, trustedSources: ['123.123.123.123/32'],
        regionId: 'de-west-1', billing: { mode: 'new', newProfile: PROFILE }, options: { 'instance-name': 'sso' } };
      const el = await fixture<OrderWizard>(html`<order-wizard lang="en" persist="none" .draft=${preset}></order-wizard>`);
      await el.updateComplete;
      expect(heading(el)).to.equal('Check and place your order');
      expect(root(el).querySelectorAll('.summary .change button').length).to.be.greaterThan(3);
      expect(unreachable(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });
}
