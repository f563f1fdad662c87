// A walk through every element in one language, state by state, for the language tests (pseudo-locale.test.ts): what a
// user meets at each state (visible text and accessible strings, through every shadow root) and whether its layout
// holds (no text cut off, no controls on top of each other). Real keys and clicks, as a customer would go.
import 'axe-core/axe.min.js';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import * as user from '../support/input.js';
import { builtInCatalog } from '../../src/catalogs/built-in-catalog.js';
import { catalogInLocale } from '../../src/core/localized-text.js';
import type { OrderSubmitAnswer } from '../../src/core/wizard-submission.js';
import { describeIssue } from '../../src/i18n/describe-issue.js';
import type { OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';
import { COUNTRY_CODES } from '../../src/schema/order.js';
import { PROFILE } from '../elements/wizard-presets.js';
import { textRemover } from './english-words.js';

/** Called at each state of a walk with a name for it and the element shown. */
export type CheckState = (state: string, el: HTMLElement) => Promise<void>;

// States at which axe checks the whole element too.
const AXE_STATES = new Set(['service, Next without a service', 'new invoice profile, Next with its fields empty', 'summary, documents accepted',
  'trusted sources, a duplicate', 'confirmation', 'editor, a pasted list with findings of every kind', 'picker, required and nothing chosen', 'badge, failed']);

/**
 * The checks of each state: `words` finds in one shown text what must not be there; nothing is cut or overlaps; axe
 * at a few states. What is wrong goes to `problems`, so that one run lists all of it.
 */
export function checker(words: (text: string) => string[], problems: string[]): CheckState {
  return async (state, el) => {
    for (const text of shownTexts(el)) for (const word of words(text)) problems.push(`${state}: “${word}” in “${text}”`);
    for (const problem of layoutProblems(el)) problems.push(`${state}: ${problem}`);
    if (AXE_STATES.has(state)) await expect(el, state).to.be.accessible();
  };
}

// Strings a user reads besides text: names, descriptions, hints of a field.
const ACCESSIBLE_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt'];

/** Every text a user meets in `root`: visible text nodes (live regions and visually hidden text included) and accessible strings. */
export function shownTexts(root: Element): string[] {
  const texts: string[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
      // A closed select's options have no box, and a customer reads them all the same.
      const inSelect = !!node.closest('select');
      if (!inSelect && !node.checkVisibility({ visibilityProperty: true })) return;
      for (const name of ACCESSIBLE_ATTRIBUTES) {
        const value = node.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
      if (node instanceof HTMLSlotElement) node.assignedNodes({ flatten: true }).forEach(visit);
      // A shadow host shows its shadow tree; its light children only where a slot takes them.
      (node.shadowRoot ?? node).childNodes.forEach(visit);
    } else if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      if (text) texts.push(text);
    }
  };
  visit(root);
  return texts;
}

// Units and currency codes as Intl and the fields write them: the same in every language.
const UNITS = /(?<![\p{L}])(?:GB|GiB|EUR|CHF|USD)(?![\p{L}])/gu;

/** Takes out of a text what a walk in `locale` shows as it is (`allowedTexts`), and units. */
export function allowedRemover(locale: string): (text: string) => string {
  // As whole words: the catalog's size "L" is no part of the Dutch "Land".
  const remove = textRemover(allowedTexts(locale));
  return (text) => remove(text).replace(UNITS, ' ');
}

const describe = (el: Element) => {
  const text = [...el.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim();
  return `<${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}> “${text.slice(0, 60)}”`;
};

/** Every element under `root`, through shadow roots, with a box of its own (visually hidden text has a 1 px one). */
function boxedElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (el: Element) => {
    if (!el.checkVisibility({ visibilityProperty: true })) return;
    const rect = el.getBoundingClientRect();
    if (rect.width > 1 && rect.height > 1) found.push(el);
    for (const child of (el.shadowRoot ?? el).children) visit(child);
  };
  visit(root);
  return found;
}

const hasOwnText = (el: Element) => [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
const CONTROLS = 'button, input, select, textarea, label, a, [role="radio"], [role="checkbox"]';
const intersects = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/**
 * What is wrong with the layout under `root`: text cut off by its box or by the viewport, the page scrolling sideways,
 * controls and texts of one row on top of each other.
 */
export function layoutProblems(root: Element): string[] {
  const problems: string[] = [];
  const viewport = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > viewport + 1) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${viewport} px`);
  }
  const elements = boxedElements(root);
  for (const el of elements) {
    const style = getComputedStyle(el);
    const text = hasOwnText(el);
    const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    // Typed text scrolls inside its field; any other box must hold its text (clipped, or spilling over its neighbours).
    const field = ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
    if (!field && style.display !== 'inline' && el.clientWidth > 0 && (clips || text) && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`${describe(el)} is cut: ${el.scrollWidth} px of text in ${el.clientWidth} px`);
    }
    // In page coordinates: once one element makes the page scroll sideways, the others stay where they are.
    const rect = el.getBoundingClientRect();
    const [left, right] = [rect.left + window.scrollX, rect.right + window.scrollX];
    if ((text || el.matches(CONTROLS)) && (right > viewport + 1 || left < -1)) {
      problems.push(`${describe(el)} leaves the viewport: ${Math.round(left)}–${Math.round(right)} px of ${viewport} px`);
    }
  }
  const boxed = new Set(elements);
  for (const parent of [root, ...elements]) {
    const children = [...(parent.shadowRoot ?? parent).children].filter((child) => boxed.has(child) && (child.matches(CONTROLS) || hasOwnText(child)));
    // An inline element over several lines has a box per line; their union would cover its neighbours' lines.
    const rects = children.map((child) =>
      getComputedStyle(child).display === 'inline' ? [...child.getClientRects()] : [child.getBoundingClientRect()]);
    children.forEach((a, i) => children.slice(i + 1).forEach((b, j) => {
      if (rects[i]!.some((ra) => rects[i + 1 + j]!.some((rb) => intersects(ra, rb)))) problems.push(`${describe(a)} and ${describe(b)} overlap`);
    }));
  }
  return problems;
}

// ---- Moving through the elements with real keys and clicks ----

/** The focused element, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A real click at the middle of `target` (test/support/input.ts), then `host`'s update. */
export async function click(target: Element, host?: { updateComplete: Promise<unknown> }): Promise<void> {
  await user.click(target);
  await host?.updateComplete;
}

export async function press(key: string, host?: { updateComplete: Promise<unknown> }): Promise<void> {
  await user.press(key);
  await host?.updateComplete;
}

export async function typeText(text: string, host?: { updateComplete: Promise<unknown> }): Promise<void> {
  await user.type(text);
  await host?.updateComplete;
}

/** Clicks into a field, selects what it holds and types `text` over it. */
export async function typeInto(field: Element, text: string, host?: { updateComplete: Promise<unknown> }): Promise<void> {
  await click(field, host);
  await user.selectAll();
  await press('Backspace', host);
  if (text) await typeText(text, host);
}

// ---- The texts a walk may show as they are: the catalog's, the customer's, the host's and Intl's ----

const catalogStrings = (function collect(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(collect);
  return [];
})(builtInCatalog);

/** Country names as Intl gives them for the locale (the wizard's country list). */
const countryNames = (locale: string) => {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return [...COUNTRY_CODES].map((code) => names.of(code) ?? code);
};

export const BILLING_PROFILE = { id: 'bp-1001', label: 'Example GmbH, Köln' };
export const ORDER_ID = 'o-4711';
const HOST_MESSAGE = 'HTTP 503';
const STATUS_TIME = '2026-12-06T09:30:00Z';
const formattedTime = (locale: string) => new Date(STATUS_TIME).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });

/** What a walk in `locale` shows as it is: catalog texts, what the customer typed, the host's words, Intl's names. */
export const allowedTexts = (locale: string): string[] => [
  ...catalogStrings, ...Object.values(PROFILE), BILLING_PROFILE.label, ORDER_ID, HOST_MESSAGE, ...countryNames(locale),
  formattedTime(locale), ...TYPED_ADDRESSES,
];

// Everything the walks type or paste as addresses (the customer's own text, shown back as it was typed).
const TYPED_ADDRESSES = [
  '999.1.1.1', '9.9.9.9/32', '9.9.9.9', '9.9.9.0/24', '222.222.222.130/28', '222.222.222.128/28', '123.123.123.124/32',
  '123.123.123.124', '198.51.100.0/24', '10.0.0.0/8', '0.0.0.0/0', '203.0.113.0/24', '8.8.8.8/32', 'not-an-address',
];

// ---- The walks ----

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
};
const heading = (el: OrderWizard) => $(el, '#step-heading').textContent?.trim() ?? '';

/** Goes on with Next, expecting the step to change. */
async function next(el: OrderWizard): Promise<void> {
  const before = heading(el);
  await click($(el, '.next'), el);
  await waitUntil(() => heading(el) !== before, `Next left “${before}”: ${JSON.stringify(el.draft.trustedSources)} ${root(el).querySelector('.error-summary')?.textContent}`);
}

/**
 * Every step of `<order-wizard>` with the built-in catalog in `lang`, each step first as it opens, then with Next
 * pressed empty or invalid; the trusted sources with an invalid, a pending and a duplicate entry; the new invoice
 * profile's field errors; the summary with its documents; a submission the host rejects with field errors; one it
 * cannot confirm, and Try again; the confirmation. `check` runs at each of these states.
 */
export async function walkWizard(lang: string, check: CheckState): Promise<string[]> {
  const states: string[] = [];
  const at = async (state: string, el: HTMLElement) => {
    states.push(state);
    await check(state, el);
  };
  const el = await fixture<OrderWizard>(html`<order-wizard lang=${lang} persist="none" status-url="/orders/{orderId}" .billingProfiles=${[BILLING_PROFILE]}
    .resolveClientAddress=${() => Promise.resolve('123.123.123.124')}></order-wizard>`);
  await el.updateComplete;
  let answer: () => Promise<OrderSubmitAnswer> = () => Promise.reject({ message: HOST_MESSAGE });
  el.addEventListener('order-submit', (event) => event.detail.respondWith(answer()));

  // Service and version.
  await at('service', el);
  await click($(el, '.next'), el);
  await at('service, Next without a service', el);
  await click($(el, '.group-service [data-value="postgresql"]'), el);
  await at('service with its versions', el);
  await next(el);

  // Node type and size, in the picker.
  await at('size', el);
  await click($(el, '.next'), el);
  await at('size, Next without a size', el);
  const picker = $(el, 'node-size-picker');
  await click($(picker, '.sizes [role="radio"]'), el);
  await at('size chosen', el);
  await next(el);

  // Storage: a value off the steps, then one that fits.
  await at('storage', el);
  await typeInto($(el, '#storageGb'), '55', el);
  await click($(el, '.next'), el);
  await at('storage, Next with 55 GB', el);
  await typeInto($(el, '#storageGb'), '100', el);
  await next(el);

  // Trusted sources, in the editor.
  const editor = $(el, 'trusted-sources-editor');
  const field = $<HTMLInputElement>(editor, '#new-address');
  await at('trusted sources', el);
  await click($(el, '.next'), el);
  await at('trusted sources, Next with none', el);
  await typeInto(field, '999.1.1.1', el);
  await press('Enter', el);
  await at('trusted sources, an invalid entry', el);
  await typeInto(field, '9.9.9.9', el);
  await click($(el, '.next'), el);
  await at('trusted sources, an entry typed but not added', el);
  await click(field, el);
  await press('Enter', el);
  await typeInto(field, '9.9.9.9', el);
  await press('Enter', el);
  await at('trusted sources, an entry already listed', el);
  for (const address of ['9.9.9.0/24', '222.222.222.130/28']) {
    await typeInto(field, address, el);
    await press('Enter', el);
  }
  await click($(editor, '.my-ip'), el);
  await waitUntil(() => el.draft.trustedSources.some((source) => source.address.startsWith('123.123.123.124')), 'my IP added');
  await at('trusted sources, an overlap, a range adjusted and my IP', el);
  // The invalid entry (row 1) corrected into the address of row 2: a duplicate, then removed.
  const addresses = () => [...root(editor).querySelectorAll<HTMLInputElement>('.row input.address')];
  expect(addresses().map((input) => input.value).slice(0, 2)).to.deep.equal(['999.1.1.1', '9.9.9.9/32']);
  await typeInto(addresses()[0]!, '9.9.9.9/32', el);
  await press('Tab', el);
  await click($(el, '.next'), el);
  await at('trusted sources, a duplicate', el);
  await click(root(editor).querySelectorAll('.row .remove')[0]!, el);
  await next(el);

  // Region and availability zone.
  await at('region', el);
  await click($(el, '.next'), el);
  await at('region, Next without a region', el);
  await click($(el, '.group-region [role="radio"]'), el);
  await at('region with its zones', el);
  await next(el);

  // Invoice profile: an existing one or a new one, whose fields are all required.
  await at('invoice profile', el);
  await click($(el, '.next'), el);
  await at('invoice profile, Next without one', el);
  await click($(el, '.group-billing [role="radio"]:last-child'), el);
  await click($(el, '.next'), el);
  await at('new invoice profile, Next with its fields empty', el);
  for (const [name, value] of Object.entries(PROFILE)) {
    if (name === 'country' || !value) continue;
    await typeInto($(el, `[id="billingProfile.new.${name}"]`), value, el);
  }
  // A native select's type-ahead depends on the time between keys, which a busy machine does not keep: the country is
  // picked as the select's own change would pick it.
  const country = $<HTMLSelectElement>(el, '[id="billingProfile.new.country"]');
  country.value = 'DE';
  country.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  expect(el.draft.billing.newProfile.country).to.equal('DE');
  await at('new invoice profile filled in', el);
  await next(el);

  // Summary: the documents, then a submission the host rejects with field errors.
  await at('summary', el);
  await click($(el, '.place-order'), el);
  await at('summary, Place order without the documents', el);
  for (const box of root(el).querySelectorAll('.documents input[type="checkbox"]')) await click(box, el);
  await at('summary, documents accepted', el);
  answer = () => Promise.reject({ message: HOST_MESSAGE, fieldErrors: [
    { path: 'storageGb', message: describeIssue({ code: 'storage-off-step', params: { step: 10, lower: 90, upper: 100 } }, lang) },
    { path: 'billingProfile.new.email', message: describeIssue({ code: 'email-invalid' }, lang) },
  ] });
  await click($(el, '.place-order'), el);
  await waitUntil(() => root(el).querySelector('#storageGb'), 'the storage step with the host’s field errors');
  await at('storage, with the host’s field errors', el);
  await click([...root(el).querySelectorAll('nav .step')].at(-1)!.querySelector('button')!, el);
  await waitUntil(() => root(el).querySelector('.place-order'), 'back on the summary');

  // The host answers without an order number, then with one on Try again.
  answer = () => Promise.reject({ message: HOST_MESSAGE });
  await click($(el, '.place-order'), el);
  await waitUntil(() => root(el).querySelector('.retry'), 'Try again');
  await at('summary, the order could not be confirmed', el);
  answer = () => Promise.resolve({ orderId: ORDER_ID });
  await click($(el, '.retry'), el);
  await waitUntil(() => root(el).querySelector('.confirmation order-status-badge'), 'the confirmation');
  await (root(el).querySelector('order-status-badge') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await at('confirmation', el);
  el.remove();
  return states;
}

/** The catalog's node types and sizes in `lang`, as the wizard gives them to the picker. */
const catalogFor = (lang: string) => catalogInLocale(builtInCatalog, lang);

/**
 * Every state of `<trusted-sources-editor>`, `<node-size-picker>` and `<order-status-badge>` alone, in `lang`:
 * the editor empty, required and untouched then touched, with a pasted list of findings of every kind (not public,
 * overlap, whole internet to confirm), with "Add my IP" failing and giving an unusable address, disabled; the picker
 * with the catalog's sizes, some not offered in the region, one of those chosen, required and empty, without sizes,
 * disabled; the badge in every status, with the host's time, while reconnecting and while offline.
 */
export async function walkElements(lang: string, check: CheckState): Promise<string[]> {
  const states: string[] = [];
  const at = async (state: string, el: HTMLElement) => {
    states.push(state);
    await check(state, el);
  };

  const editor = await fixture<HTMLElementTagNameMap['trusted-sources-editor']>(
    html`<trusted-sources-editor lang=${lang} required></trusted-sources-editor>`);
  await at('editor, empty', editor);
  editor.reportValidity();
  await editor.updateComplete;
  await at('editor, empty and required after a try', editor);
  const field = $<HTMLInputElement>(editor, '#new-address');
  await user.paste(field, ['198.51.100.0/24', '10.0.0.0/8', '8.8.8.8/32', '8.8.8.8/32', '0.0.0.0/0', 'not-an-address'].join('\n'));
  await editor.updateComplete;
  editor.reportValidity();
  await editor.updateComplete;
  await at('editor, a pasted list with findings of every kind', editor);
  editor.resolveClientAddress = () => Promise.reject(new Error('offline'));
  await editor.updateComplete;
  await click($(editor, '.my-ip'), editor);
  await waitUntil(() => root(editor).querySelector('#my-ip-error'), 'my IP failed');
  await at('editor, my IP could not be determined', editor);
  editor.resolveClientAddress = () => Promise.resolve('not-an-address');
  await click($(editor, '.my-ip'), editor);
  await waitUntil(() => root(editor).querySelector('#my-ip-error')?.textContent?.includes('not-an-address'), 'my IP unusable');
  await at('editor, my IP not usable', editor);
  editor.disabled = true;
  await editor.updateComplete;
  await at('editor, disabled', editor);

  const service = catalogFor(lang).services.find((each) => each.id === 'postgresql')!;
  const { nodeTypes, sizes } = service;
  const picker = await fixture<HTMLElementTagNameMap['node-size-picker']>(
    html`<node-size-picker lang=${lang} required .nodeTypes=${nodeTypes} .sizes=${sizes}></node-size-picker>`);
  await at('picker', picker);
  picker.reportValidity();
  await picker.updateComplete;
  await at('picker, required and nothing chosen', picker);
  // A region where some sizes are not offered, one of those chosen.
  const region = builtInCatalog.regions.find((each) => sizes.some((size) => size.regions && !size.regions.includes(each.id)));
  expect(region, 'a region without some sizes').to.not.equal(undefined);
  if (region) {
    const missing = sizes.find((size) => size.regions && !size.regions.includes(region.id))!;
    Object.assign(picker, { region: region.id, value: missing.id });
    await picker.updateComplete;
    picker.reportValidity();
    await picker.updateComplete;
    await at('picker, a size not offered in the region', picker);
  }
  picker.sizes = [];
  await picker.updateComplete;
  await at('picker, no sizes', picker);
  Object.assign(picker, { sizes, disabled: true, value: '' });
  await picker.updateComplete;
  await at('picker, disabled', picker);

  for (const status of ['received', 'provisioning', 'ready', 'failed', 'cancelled', 'on-hold']) {
    const badge = await fixture<HTMLElementTagNameMap['order-status-badge']>(
      html`<order-status-badge lang=${lang} status=${status} order-id=${ORDER_ID} updated-at=${STATUS_TIME}
        support-url="https://example.com/support"></order-status-badge>`);
    await at(`badge, ${status}`, badge);
  }
  const live = await fixture<HTMLElementTagNameMap['order-status-badge']>(html`<order-status-badge lang=${lang} live
    order-id=${ORDER_ID} status="provisioning" .fetchStatus=${() => Promise.reject(new Error('503'))}></order-status-badge>`);
  await waitUntil(() => live.reconnecting, 'reconnecting');
  await live.updateComplete;
  await at('badge, reconnecting', live);
  // The controller takes the event's word for it; the Chromium test of the badge goes offline for real.
  window.dispatchEvent(new Event('offline'));
  await live.updateComplete;
  await at('badge, offline', live);
  window.dispatchEvent(new Event('online'));
  return states;
}

/**
 * Ends a walk (each walk file's `afterEach`): its elements go first, then the window shrinks back to the runner's
 * 800 × 600. WebKitGTK's web process crashed now and then (3 runs in 5) when the window shrank from 1280 px under the
 * walked editor, picker and badges; under an empty page, never.
 */
export async function endWalk(): Promise<void> {
  fixtureCleanup();
  await user.setViewport({ width: 800, height: 600 });
}
