import 'axe-core/axe.min.js';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import * as user from '../support/input.js';
import '../../src/define.js';
import { builtInCatalogInput } from '../../src/catalogs/built-in-catalog.js';
import { parseTrustedSource } from '../../src/core/trusted-sources.js';
import { formatTrustedSourceMessage } from '../../src/i18n/trusted-sources.messages.js';
import type { OrderSubmitAnswer } from '../../src/core/wizard-submission.js';
import type { OrderConfigErrorDetail, OrderReadyDetail, OrderSubmitDetail, OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';
import type { TemplateResult } from 'lit';
import { completePreset } from './wizard-presets.js';
import { $, deepActive, heading, root, text } from './wizard-dom.js';

const PRESET = completePreset('mariadb', '11.4');

const next = async (el: OrderWizard) => {
  $<HTMLButtonElement>(el, '.next')!.click();
  await el.updateComplete;
};

async function create(template: TemplateResult): Promise<OrderWizard> {
  const el = await fixture<OrderWizard>(template);
  await el.updateComplete;
  return el;
}

/** Presses a key on a control of the wizard (or of an element inside it), as a keyboard user would. */
async function pressOn(el: OrderWizard, control: HTMLElement, key: string): Promise<void> {
  control.focus();
  await user.press(key);
  await el.updateComplete;
}

/** The trusted-sources editor's new-address field. */
const field = (el: OrderWizard) =>
  root(el).querySelector('trusted-sources-editor')!.shadowRoot!.getElementById('new-address') as HTMLInputElement;
/** The button of the step at `index` in the step list (there is none for the current step). */
const stepButton = (el: OrderWizard, index: number) => root(el).querySelectorAll('nav li')[index]!.querySelector('button')!;
/** Each step of the step list as a screen reader says it: its name and, unless current, whether it is completed. */
const stepStates = (el: OrderWizard) =>
  [...root(el).querySelectorAll('nav li')].map((item) => text(item.querySelector('.step-name')) +
    (item.querySelector('[aria-current]') ? '' : ` ${text(item.querySelector('.step-state'))}`)).map((line) => line.replace(' (completed)', ''));
const errorLinks = (el: OrderWizard) => [...root(el).querySelectorAll('.error-summary a')].map(text);

/** From the focused error summary, Tab to its first link and follow it with Enter, as a keyboard user does. */
async function followSummaryLink(el: OrderWizard): Promise<void> {
  await user.press('Tab');
  await user.press('Enter');
  await el.updateComplete;
}

/** Answers each `order-submit` with an order id and keeps its detail. */
function collectSubmits(el: OrderWizard): OrderSubmitDetail[] {
  const submits: OrderSubmitDetail[] = [];
  el.addEventListener('order-submit', (event) => {
    submits.push(event.detail);
    event.detail.respondWith(Promise.resolve({ orderId: 'o-1' }));
  });
  return submits;
}

/** Why an address is refused, in English, as the editor says it. */
const reason = (address: string) => {
  const result = parseTrustedSource(address);
  if (result.ok) throw new Error(`${address} is valid`);
  return formatTrustedSourceMessage(result.code, result.params, 'en');
};

/** The trusted-sources editor of the step shown: its rows as typed, their labels and their errors. */
function editorRows(el: OrderWizard) {
  const editor = root(el).querySelector('trusted-sources-editor')!;
  const rows = [...editor.shadowRoot!.querySelectorAll('[part~="row"]')];
  return rows.map((row) => ({
    address: row.querySelector<HTMLInputElement>('input.address')!.value,
    label: row.querySelector<HTMLInputElement>('input.label')!.value,
    errors: [...row.querySelectorAll('[part~="error"]')].map(text),
  }));
}

/** Collects `order-config-error` from the first render on (the listener sits on the wrapper, events bubble). */
async function withConfigErrors(template: TemplateResult) {
  const errors: OrderConfigErrorDetail[] = [];
  const wrapper = await fixture<HTMLDivElement>(
    html`<div @order-config-error=${(event: CustomEvent<OrderConfigErrorDetail>) => errors.push(event.detail)}>${template}</div>`,
  );
  const el = wrapper.querySelector('order-wizard')!;
  await el.updateComplete;
  return { el, errors };
}

/** The page reloads: the element goes, a new one with the same attributes comes, sessionStorage stays. */
async function reload(template: TemplateResult): Promise<OrderWizard> {
  fixtureCleanup();
  return create(template);
}

const catalogWithout = (serviceId: string) => {
  const input = structuredClone(builtInCatalogInput);
  input.services = input.services.filter((service) => service.id !== serviceId);
  input.regions = input.regions.map((region) => ({ ...region, offers: region.offers.filter((offer) => offer.service !== serviceId) }));
  return input;
};

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
beforeEach(() => sessionStorage.clear());

describe('<order-wizard> nothing lost', () => {
  it('a reload mid-flow restores the step and every value', async () => {
    const template = html`<order-wizard lang="en"></order-wizard>`;
    const el = await create(template);
    ($(el, '[data-value="harbor"]') as HTMLElement).click();
    await el.updateComplete;
    await next(el);
    const picker = root(el).querySelector('node-size-picker')!;
    (picker.shadowRoot!.querySelector('[data-value="memory-optimised"]') as HTMLElement).click();
    await picker.updateComplete;
    (picker.shadowRoot!.querySelector('[data-value="mo-m"]') as HTMLElement).click();
    await el.updateComplete;
    await next(el);
    const field = root(el).getElementById('storageGb') as HTMLInputElement;
    field.value = '150';
    field.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const again = await reload(template);
    expect(heading(again)).to.equal('Choose the storage size');
    expect((root(again).getElementById('storageGb') as HTMLInputElement).value).to.equal('150');
    expect(again.draft).to.include({ serviceId: 'harbor', version: '2.13', sizeId: 'mo-m', nodeTypeId: 'memory-optimised', storageGb: '150' });
    expect([...root(again).querySelectorAll('nav button')].map(text)).to.deep.equal([
      '1 Service (completed)', '2 Node size (completed)', '4 Trusted sources (not completed)',
    ]);
  });

  it('values typed wrong are restored as typed', async () => {
    const template = html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`;
    const el = await create(template);
    root(el).querySelectorAll<HTMLButtonElement>('nav button')[2]!.click();
    await el.updateComplete;
    const field = root(el).getElementById('storageGb') as HTMLInputElement;
    field.value = 'abc';
    field.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const again = await reload(html`<order-wizard lang="en"></order-wizard>`);
    expect(heading(again)).to.equal('Choose the storage size');
    expect((root(again).getElementById('storageGb') as HTMLInputElement).value).to.equal('abc');
  });

  it('a trusted source typed but invalid stays with its reason through Back, a step-list jump and a reload', async () => {
    const el = await create(html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`);
    root(el).querySelectorAll<HTMLButtonElement>('nav button')[3]!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Enable access');
    const editor = root(el).querySelector('trusted-sources-editor')!;
    editor.shadowRoot!.getElementById('new-address')!.focus();
    await user.type('999.1.1.1');
    await user.press('Enter');
    await editor.updateComplete;
    // Enter moved focus to the new row's address; its label is typed key by key, each keystroke re-renders the wizard.
    await user.press('Tab');
    await user.type('Office');
    await el.updateComplete;
    const typed = [
      { address: '123.123.123.123/32', label: '', errors: [] },
      { address: '999.1.1.1', label: 'Office', errors: [`Error: ${reason('999.1.1.1')}`] },
    ];
    expect(editorRows(el)).to.deep.equal(typed);
    expect(el.draft.trustedSources).to.deep.equal([{ address: '123.123.123.123/32' }, { address: '999.1.1.1', label: 'Office' }]);

    await pressOn(el, $(el, '.back')!, 'Enter');
    expect(heading(el)).to.equal('Choose the storage size');
    await pressOn(el, $(el, '.next')!, 'Enter');
    expect(heading(el)).to.equal('Enable access');
    expect(editorRows(el)).to.deep.equal(typed);

    await pressOn(el, root(el).querySelectorAll<HTMLButtonElement>('nav button')[0]!, 'Enter');
    expect(heading(el)).to.equal('Choose the service');
    await pressOn(el, root(el).querySelectorAll<HTMLButtonElement>('nav button')[2]!, 'Enter');
    expect(heading(el)).to.equal('Enable access');
    expect(editorRows(el)).to.deep.equal(typed);

    const again = await reload(html`<order-wizard lang="en"></order-wizard>`);
    expect(heading(again)).to.equal('Enable access');
    expect(editorRows(again)).to.deep.equal(typed);
    // Next is still blocked by it, with the same reason.
    await pressOn(again, $(again, '.next')!, 'Enter');
    expect(heading(again)).to.equal('Enable access');
    expect([...root(again).querySelectorAll('.error-summary a')].map(text)).to.deep.equal([reason('999.1.1.1')]);
  });

  it('an address typed but not added stays as typed through Back and a reload, blocks Next and Place order until added', async () => {
    const el = await create(html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`);
    // The wizard starts on the summary (only the documents are left), which the step list then always leads back to.
    expect(heading(el)).to.equal('Check and place your order');
    for (const box of root(el).querySelectorAll<HTMLInputElement>('.documents input')) await pressOn(el, box, 'Space');
    await pressOn(el, stepButton(el, 3), 'Enter');
    expect(heading(el)).to.equal('Enable access');
    field(el).focus();
    await user.type(' 9.9.9.9');
    await el.updateComplete;
    expect(el.draft.pendingTrustedSource).to.equal(' 9.9.9.9');
    expect(el.draft.trustedSources).to.deep.equal([{ address: '123.123.123.123/32' }]);

    await pressOn(el, $(el, '.back')!, 'Enter');
    expect(heading(el)).to.equal('Choose the storage size');
    await pressOn(el, $(el, '.next')!, 'Enter');
    expect(heading(el)).to.equal('Enable access');
    expect(field(el).value).to.equal(' 9.9.9.9');

    const again = await reload(html`<order-wizard lang="en"></order-wizard>`);
    expect(heading(again)).to.equal('Enable access');
    expect(field(again).value).to.equal(' 9.9.9.9');
    expect(editorRows(again).map((row) => row.address)).to.deep.equal(['123.123.123.123/32']);
    await pressOn(again, $(again, '.next')!, 'Enter');
    expect(heading(again)).to.equal('Enable access');
    expect(errorLinks(again)).to.deep.equal(['9.9.9.9 has not been added yet: press Add, or clear the field.']);

    // The summary, reached through the step list, does not count the step as completed, and does not place the order.
    const submits = collectSubmits(again);
    await pressOn(again, stepButton(again, 7), 'Enter');
    expect(heading(again)).to.equal('Check and place your order');
    expect(stepStates(again)[3]).to.equal('Trusted sources (not completed)');
    await pressOn(again, $(again, '.place-order')!, 'Enter');
    expect(submits).to.deep.equal([]);
    expect(heading(again)).to.equal('Enable access');
    expect(deepActive()).to.equal($(again, '.error-summary'));
    expect(errorLinks(again)).to.deep.equal(['9.9.9.9 has not been added yet: press Add, or clear the field.']);
    await expect(again).to.be.accessible();

    // Its link, followed with the keyboard, lands in the field, where Enter adds the address; then the order goes, with it.
    await followSummaryLink(again);
    expect(deepActive()).to.equal(field(again));
    await user.press('Enter');
    await again.updateComplete;
    expect(again.draft.pendingTrustedSource).to.equal(undefined);
    expect(text(root(again).getElementById('trustedSources-error'))).to.equal('');
    // The summary keeps the last attempt's words (an alert that changed on each key would be read out on each key).
    expect(errorLinks(again)).to.deep.equal(['9.9.9.9 has not been added yet: press Add, or clear the field.']);
    expect(stepStates(again)[3]).to.equal('Trusted sources');
    await pressOn(again, stepButton(again, 7), 'Enter');
    await pressOn(again, $(again, '.place-order')!, 'Enter');
    await waitUntil(() => submits.length === 1);
    expect(submits[0]!.order.trustedSources).to.deep.equal([{ cidr: '123.123.123.123/32' }, { cidr: '9.9.9.9/32' }]);
  });

  it('text typed but not added, restored on the summary, blocks Place order (in German) until the field is cleared; never ordered', async () => {
    const el = await create(html`<order-wizard lang="de" .draft=${PRESET}></order-wizard>`);
    for (const box of root(el).querySelectorAll<HTMLInputElement>('.documents input')) await pressOn(el, box, 'Space');
    await pressOn(el, stepButton(el, 3), 'Enter');
    field(el).focus();
    await user.type('abc');
    await el.updateComplete;
    await pressOn(el, stepButton(el, 7), 'Enter');
    expect(heading(el)).to.equal('Prüfen und bestellen');

    const again = await reload(html`<order-wizard lang="de"></order-wizard>`);
    expect(heading(again)).to.equal('Prüfen und bestellen');
    const submits = collectSubmits(again);
    await pressOn(again, $(again, '.place-order')!, 'Enter');
    expect(submits).to.deep.equal([]);
    expect(heading(again)).to.equal('Zugriff freigeben');
    // Not added, whatever it is: whether it is an address is for Add to say.
    expect(errorLinks(again)).to.deep.equal(['abc wurde noch nicht hinzugefügt: Wählen Sie „Hinzufügen“ oder leeren Sie das Feld.']);
    await expect(again).to.be.accessible();
    await followSummaryLink(again);
    expect(deepActive()).to.equal(field(again));
    for (let i = 0; i < 3; i += 1) await user.press('Backspace');
    await again.updateComplete;
    expect(text(root(again).getElementById('trustedSources-error'))).to.equal('');
    expect(errorLinks(again)).to.deep.equal(['abc wurde noch nicht hinzugefügt: Wählen Sie „Hinzufügen“ oder leeren Sie das Feld.']);

    await pressOn(again, stepButton(again, 7), 'Enter');
    await pressOn(again, $(again, '.place-order')!, 'Enter');
    await waitUntil(() => submits.length === 1);
    expect(submits[0]!.order.trustedSources).to.deep.equal([{ cidr: '123.123.123.123/32' }]);
    // The key is random hex, which may hold "abc" itself: the rest of the order must not.
    const { idempotencyKey: _key, ...order } = submits[0]!.order;
    expect(JSON.stringify(order)).not.to.contain('abc');
  });

  it('persist="none" stores nothing; persist="local" uses localStorage; persist-key names the key', async () => {
    const none = await create(html`<order-wizard persist="none"></order-wizard>`);
    ($(none, '[data-value="mysql"]') as HTMLElement).click();
    await none.updateComplete;
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    const local = await create(html`<order-wizard persist="local" persist-key="shop-a"></order-wizard>`);
    ($(local, '[data-value="mysql"]') as HTMLElement).click();
    await local.updateComplete;
    expect(Object.keys(localStorage)).to.deep.equal(['order-wizard:shop-a']);
    expect(sessionStorage.length).to.equal(0);
    const service = await create(html`<order-wizard service="harbor" id="w1"></order-wizard>`);
    await service.updateComplete;
    expect(Object.keys(sessionStorage)).to.deep.equal(['order-wizard:harbor:w1']);
  });

  it('a placed order is not sent again after a reload: the wizard starts afresh', async () => {
    const template = html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`;
    const el = await create(template);
    el.addEventListener('order-submit', (event) => event.detail.respondWith(Promise.resolve({ orderId: 'o-1' })));
    for (const box of root(el).querySelectorAll<HTMLInputElement>('.documents input')) box.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.place-order')!.click();
    await waitUntil(() => $(el, '.order-id'));
    let sent = 0;
    const counter = () => (sent += 1);
    document.addEventListener('order-submit', counter);
    try {
      const again = await reload(html`<order-wizard lang="en"></order-wizard>`);
      expect(heading(again)).to.equal('Choose the service');
      expect(again.draft.serviceId).to.equal(undefined);
      expect(sent).to.equal(0);
    } finally {
      document.removeEventListener('order-submit', counter);
    }
  });

  it('a reload while the host answers: the retry uses the same key; once marked placed it is never sent again', async () => {
    const template = html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`;
    const el = await create(template);
    const keys: string[] = [];
    el.addEventListener('order-submit', (event) => {
      keys.push(event.detail.idempotencyKey);
      event.detail.respondWith(new Promise(() => {}));
    });
    for (const box of root(el).querySelectorAll<HTMLInputElement>('.documents input')) box.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.place-order')!.click();
    const again = await reload(html`<order-wizard lang="en"></order-wizard>`);
    expect(heading(again)).to.equal('Check and place your order');
    again.addEventListener('order-submit', (event) => {
      keys.push(event.detail.idempotencyKey);
      event.detail.respondWith(Promise.reject({ message: 'busy' }));
    });
    $<HTMLButtonElement>(again, '.place-order')!.click();
    await waitUntil(() => $(again, '.retry'));
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);

    // The backend placed it and the marker was written, but the draft stayed (e.g. the tab closed in between).
    sessionStorage.setItem('order-wizard:any:wizard:placed', keys[0]!);
    const third = await reload(html`<order-wizard lang="en"></order-wizard>`);
    expect(heading(third)).to.equal('Thank you, your order has been placed');
    expect(text(third.shadowRoot!.querySelector('section'))).to.contain('This order has already been placed. It will not be sent again.');
    expect($(third, '.place-order')).to.equal(null);
  });

  it('an order placed in another tab: the bfcache return and a reload show its number and live status, nothing is sent', async () => {
    const template = html`<order-wizard lang="en" persist="local" persist-key="shop"></order-wizard>`;
    const first = await create(html`<order-wizard lang="en" persist="local" persist-key="shop" .draft=${PRESET}></order-wizard>`);
    let answer: (value: OrderSubmitAnswer) => void = () => {};
    first.addEventListener('order-submit', (event) => event.detail.respondWith(new Promise<OrderSubmitAnswer>((resolve) => (answer = resolve))));
    for (const box of root(first).querySelectorAll<HTMLInputElement>('.documents input')) await pressOn(first, box, 'Space');
    await pressOn(first, $(first, '.place-order')!, 'Enter');

    // A second tab of the same shop opens meanwhile, on the same saved draft.
    const second = await create(template);
    expect(heading(second)).to.equal('Check and place your order');
    let sent = 0;
    second.addEventListener('order-submit', () => (sent += 1));
    answer({ orderId: 'o-42' });
    await waitUntil(() => $(first, '.order-id'));
    // The customer goes on in the second tab, which saves the draft again.
    const box = root(second).querySelector<HTMLInputElement>('.documents input')!;
    await pressOn(second, box, 'Space');
    await pressOn(second, box, 'Space');
    expect(localStorage.getItem('order-wizard:shop')).to.not.equal(null);

    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await second.updateComplete;
    expect(heading(second)).to.equal('Thank you, your order has been placed');
    expect(text($(second, '.order-id'))).to.equal('Order number: o-42');
    expect($(second, 'order-status-badge')!.getAttribute('order-id')).to.equal('o-42');

    const third = await reload(html`<order-wizard lang="en" persist="local" persist-key="shop" .fetchStatus=${async () => ({ status: 'provisioning' })}></order-wizard>`);
    expect(heading(third)).to.equal('Thank you, your order has been placed');
    expect(text($(third, '.order-id'))).to.equal('Order number: o-42');
    const badge = $(third, 'order-status-badge')!;
    expect(badge.getAttribute('order-id')).to.equal('o-42');
    await waitUntil(() => badge.getAttribute('status') === 'provisioning');
    expect($(third, '.place-order')).to.equal(null);
    expect(sent).to.equal(0);
  });

  it('the same draft object set again (a host template re-rendering) keeps what the customer did since', async () => {
    const el = await create(html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`);
    const first = heading(el);
    $<HTMLButtonElement>(el, '.back')!.click();
    await el.updateComplete;
    const moved = heading(el);
    expect(moved).to.not.equal(first);
    el.draft = PRESET;
    await el.updateComplete;
    expect(heading(el)).to.equal(moved);
    el.draft = { ...PRESET };
    await el.updateComplete;
    expect(heading(el)).to.equal(first);
  });

  it('a return through the back/forward cache re-checks the placed marker', async () => {
    const el = await create(html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`);
    el.addEventListener('order-submit', (event) => event.detail.respondWith(new Promise(() => {})));
    for (const box of root(el).querySelectorAll<HTMLInputElement>('.documents input')) box.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.place-order')!.click();
    const saved = JSON.parse(sessionStorage.getItem('order-wizard:any:wizard')!) as { idempotencyKey: string };
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    await el.updateComplete;
    expect($(el, '.place-order')).to.not.equal(null);
    sessionStorage.setItem('order-wizard:any:wizard:placed', saved.idempotencyKey);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await el.updateComplete;
    expect($(el, '.place-order')).to.equal(null);
    expect(heading(el)).to.equal('Thank you, your order has been placed');
  });

  it('restoring checks the saved draft against the catalog: cleared choices are told', async () => {
    const el = await create(html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`);
    await el.updateComplete;
    fixtureCleanup();
    const { el: again, errors } = await withConfigErrors(html`<order-wizard lang="de" .catalog=${catalogWithout('mariadb')}></order-wizard>`);
    expect(again.draft.serviceId).to.equal(undefined);
    expect(heading(again)).to.equal('Wählen Sie den Dienst');
    const notice = text($(again, '.notice-warning'));
    expect(notice).to.contain('Einige Ihrer Angaben wurden zurückgesetzt');
    expect(notice).to.contain('Dienst: Der Dienst „mariadb“ wird nicht angeboten.');
    expect(notice).to.contain('Version: Zusammen mit dem Dienst zurückgesetzt.');
    expect(errors.map((error) => error.source)).to.deep.equal(['restore']);
    expect(errors[0]!.issues.map((issue) => issue.path)).to.deep.equal(['serviceId', 'version', 'nodeTypeId', 'sizeId']);
  });
});

describe('<order-wizard> configuration', () => {
  it('an invalid catalog: an integrator-readable error listing the paths, order-config-error, nothing to order', async () => {
    const input = structuredClone(builtInCatalogInput) as Record<string, unknown>;
    input.currency = 'euro';
    (input.services as { versions: string[] }[])[1]!.versions = [];
    const { el, errors } = await withConfigErrors(html`<order-wizard lang="en" .catalog=${input}></order-wizard>`);
    expect(errors).to.have.length(1);
    expect(errors[0]!.source).to.equal('catalog');
    expect(errors[0]!.issues.map((issue) => issue.path)).to.deep.equal(['currency', 'services[1].versions']);
    const panel = $(el, '.config-error')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(text(panel)).to.contain('This order form is not set up correctly');
    expect(text(panel)).to.contain('- currency: The currency must be an ISO 4217 code');
    expect(text(panel)).to.contain('- services[1].versions:');
    expect(root(el).querySelectorAll('button, input, [role=radio], select')).to.have.length(0);
  });

  it('the catalog from catalog-url, fetched and validated', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(catalogWithout('keycloak'))], { type: 'application/json' }));
    const el = await create(html`<order-wizard lang="en" catalog-url=${url}></order-wizard>`);
    await waitUntil(() => $(el, '.group-service'));
    expect([...root(el).querySelectorAll('.group-service .name')].map(text)).to.deep.equal([
      'MariaDB', 'PostgreSQL', 'MySQL', 'Harbor Private Registry',
    ]);
    URL.revokeObjectURL(url);
  });

  it('a catalog-url that does not load or is not JSON: the error panel, order-config-error', async () => {
    const url = URL.createObjectURL(new Blob(['{ not json'], { type: 'application/json' }));
    const { el, errors } = await withConfigErrors(html`<order-wizard lang="de" catalog-url=${url}></order-wizard>`);
    await waitUntil(() => $(el, '.config-error'));
    expect(text($(el, '.config-error'))).to.contain(`Das Angebot konnte nicht von ${url} geladen werden.`);
    expect(errors[0]!.issues[0]!.code).to.equal('catalog-fetch-failed');
    URL.revokeObjectURL(url);
  });

  it('a catalog-url body past 1 MiB is refused: order-config-error catalog-too-large and the error panel; 1 MiB exactly loads', async () => {
    const limit = 1_048_576;
    const json = JSON.stringify(catalogWithout('keycloak'));
    const padded = (bytes: number) => json + ' '.repeat(bytes - new TextEncoder().encode(json).length);
    const exact = URL.createObjectURL(new Blob([padded(limit)], { type: 'application/json' }));
    const loaded = await create(html`<order-wizard lang="en" catalog-url=${exact}></order-wizard>`);
    await waitUntil(() => $(loaded, '.group-service'));
    expect(root(loaded).querySelectorAll('.group-service .name')).to.have.length(4);

    const over = URL.createObjectURL(new Blob([padded(limit + 1)], { type: 'application/json' }));
    const { el, errors } = await withConfigErrors(html`<order-wizard lang="en" catalog-url=${over}></order-wizard>`);
    await waitUntil(() => $(el, '.config-error'));
    expect(errors).to.deep.equal([{ source: 'catalog', issues: [{ path: '', code: 'catalog-too-large', params: { url: over, limit } }] }]);
    expect(text($(el, '.config-error'))).to.contain(`The offer could not be loaded from ${over}.`);
    expect(text($(el, '.config-error'))).to.contain(`The catalog at ${over} is larger than 1,048,576 bytes`);
    expect(root(el).querySelectorAll('button, input, [role=radio], select')).to.have.length(0);
    URL.revokeObjectURL(exact);
    URL.revokeObjectURL(over);
  });

  it('an invalid preset: the invalid parts are ignored and reported, the rest is kept', async () => {
    const preset = JSON.stringify({
      serviceId: 'keycloak', sizeId: 'huge', storageGb: 'abc', regionId: 'de-west-1',
      acceptedDocuments: { terms: { version: '3', acceptedAt: '2026-01-01T00:00:00Z' } }, foo: 1,
      trustedSources: ['123.123.123.123/32', '999.1.1.1'],
    });
    const { el, errors } = await withConfigErrors(html`<order-wizard lang="en" preset=${preset}></order-wizard>`);
    expect(errors.map((error) => error.source)).to.deep.equal(['preset']);
    const problems = errors[0]!.issues.map((issue) => `${issue.path} ${issue.code}`);
    expect(problems).to.include.members([
      'foo unknown-key', 'acceptedDocuments not-prefillable', 'sizeId unknown-size', 'storageGb storage-not-a-number',
      'trustedSources[1] octet-out-of-range',
    ]);
    expect(el.draft).to.include({ serviceId: 'keycloak', regionId: 'de-west-1', storageGb: 50 });
    expect(el.draft.sizeId).to.equal(undefined);
    expect(el.draft.trustedSources).to.deep.equal([{ address: '123.123.123.123/32' }]);
    expect(el.draft.acceptedDocuments).to.deep.equal({});
    expect(heading(el)).to.equal('Choose the node type and size');
  });

  it('a preset that is not JSON is reported and ignored', async () => {
    const { el, errors } = await withConfigErrors(html`<order-wizard lang="en" preset="{serviceId:"></order-wizard>`);
    expect(errors[0]!.issues.map((issue) => issue.code)).to.deep.equal(['preset-not-json']);
    expect(heading(el)).to.equal('Choose the service');
  });

  it("a cleared choice is told in the host's words when its messages change the wizard core's code", async () => {
    const messages = { 'code-service-cleared': 'Gone with the service.' };
    const { el } = await withConfigErrors(html`<order-wizard lang="en" .draft=${PRESET} .messages=${messages}></order-wizard>`);
    const input = structuredClone(builtInCatalogInput);
    input.services = input.services.filter((service) => service.id !== 'mariadb');
    for (const region of input.regions) region.offers = region.offers.filter((offer) => offer.service !== 'mariadb');
    el.catalog = input;
    await el.updateComplete;
    const notice = text($(el, '.notice-warning'));
    expect(notice).to.contain('Version: Gone with the service.');
    expect(notice).not.to.contain('Reset together with the service.');
  });

  it('a catalog replaced mid-way is revalidated; choices it no longer has are cleared and told', async () => {
    const { el, errors } = await withConfigErrors(html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`);
    const input = structuredClone(builtInCatalogInput);
    const mariadb = input.services.find((service) => service.id === 'mariadb')!;
    mariadb.versions = ['11.8'];
    mariadb.sizes = mariadb.sizes.filter((size) => size.id !== 'gp-m');
    el.catalog = input;
    await el.updateComplete;
    expect(el.draft).to.include({ serviceId: 'mariadb', version: '11.8', regionId: 'de-west-1' });
    expect(el.draft.sizeId).to.equal(undefined);
    const notice = text($(el, '.notice-warning'));
    expect(notice).to.contain('Some of your choices were reset because the offer changed');
    expect(notice).to.contain('Version: Version "11.4" of MariaDB is not offered. Choose one of: 11.8.');
    expect(notice).to.contain('Node: The size "gp-m" is not offered for MariaDB.');
    expect(errors.at(-1)!.source).to.equal('catalog-change');
    expect(errors.at(-1)!.issues.map((issue) => issue.path)).to.deep.equal(['version', 'sizeId']);
    $<HTMLButtonElement>(el, '.place-order')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Choose the node type and size');
  });
});

/** Collects `order-ready` from the first render on (on the wrapper: it bubbles), with the step heading shown when each came. */
async function withReady(template: TemplateResult) {
  const ready: { detail: OrderReadyDetail; bubbles: boolean; composed: boolean; heading: string }[] = [];
  const listener = (event: CustomEvent<OrderReadyDetail>) =>
    ready.push({ detail: event.detail, bubbles: event.bubbles, composed: event.composed, heading: heading(event.target as OrderWizard) });
  const wrapper = await fixture<HTMLDivElement>(html`<div @order-ready=${listener}>${template}</div>`);
  const el = wrapper.querySelector('order-wizard')!;
  await el.updateComplete;
  return { el, ready };
}

describe('<order-wizard> order-ready', () => {
  it('once the catalog is there and the first step shown: { catalog, step }, bubbling and composed', async () => {
    const { el, ready } = await withReady(html`<order-wizard lang="en"></order-wizard>`);
    // A fresh start paints its step, then validates the draft: order-ready follows in the task after that frame.
    await waitUntil(() => ready.length > 0, 'no order-ready');
    expect(ready).to.have.length(1);
    const [{ detail, bubbles, composed, heading: shown }] = ready as [(typeof ready)[number]];
    expect([detail.step, shown, bubbles, composed]).to.deep.equal(['service', 'Choose the service', true, true]);
    expect(detail.catalog.services.map((service) => service.id)).to.deep.equal(['keycloak', 'mariadb', 'postgresql', 'mysql', 'harbor']);
    // Later changes are order-change and order-step-change, not a second order-ready.
    ($(el, '[data-value="mysql"]') as HTMLElement).click();
    await next(el);
    expect(ready).to.have.length(1);
  });

  it('from a catalog-url: after the download, with that catalog and the step the draft set beforehand leads to', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(catalogWithout('keycloak'))], { type: 'application/json' }));
    const first = await withReady(html`<order-wizard lang="en" catalog-url=${url} .draft=${{ serviceId: 'postgresql', version: '16' }}></order-wizard>`);
    await waitUntil(() => first.ready.length > 0);
    expect(first.ready.map(({ detail, heading: shown }) => [detail.step, shown])).to.deep.equal([['size', 'Choose the node type and size']]);
    expect(first.ready[0]!.detail.catalog.services.map((service) => service.id)).not.to.include('keycloak');
    URL.revokeObjectURL(url);
  });

  it('no order-ready for a catalog that cannot be used', async () => {
    const input = { ...structuredClone(builtInCatalogInput), currency: 'euro' };
    const { el, ready } = await withReady(html`<order-wizard lang="en" .catalog=${input}></order-wizard>`);
    expect($(el, '.config-error')).to.exist;
    expect(ready).to.deep.equal([]);
  });

  it('a saved order that turned out placed: order-ready with the confirmation shown, step undefined', async () => {
    const el = await create(html`<order-wizard lang="en" .draft=${PRESET}></order-wizard>`);
    el.addEventListener('order-submit', (event) => event.detail.respondWith(new Promise(() => {})));
    for (const box of root(el).querySelectorAll<HTMLInputElement>('.documents input')) box.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.place-order')!.click();
    const saved = JSON.parse(sessionStorage.getItem('order-wizard:any:wizard')!) as { idempotencyKey: string };
    fixtureCleanup();
    sessionStorage.setItem('order-wizard:any:wizard:placed', saved.idempotencyKey);
    const { ready } = await withReady(html`<order-wizard lang="en"></order-wizard>`);
    expect(ready.map(({ detail, heading: shown }) => [detail.step, shown])).to.deep.equal([[undefined, 'Thank you, your order has been placed']]);
  });
});
