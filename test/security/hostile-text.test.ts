// Markup and script in every text a catalog, a host or a backend hands to the elements (service names, descriptions,
// node type, size, region and zone labels, document titles, invoice profiles, message overrides, host answers, typed
// text) arrive on screen as text: no injected node in any shadow root, and no injected handler ever runs.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import * as user from '../support/input.js';
import '../../src/define.js';
import { builtInCatalogInput } from '../../src/catalogs/built-in-catalog.js';
import type { OrderSubmitAnswer } from '../../src/core/wizard-submission.js';
import type { OrderWizard, OrderSubmitDetail } from '../../src/elements/order-wizard/order-wizard.js';
import type { NodeSizePicker } from '../../src/elements/node-size-picker/node-size-picker.js';
import type { OrderStatusBadge } from '../../src/elements/order-status-badge/order-status-badge.js';
import type { TrustedSourcesEditor } from '../../src/elements/trusted-sources-editor/trusted-sources-editor.js';
import { orderWizardMessagesEn, type OrderWizardMessageKey } from '../../src/i18n/order-wizard.messages.js';
import { nodeSizePickerMessagesEn } from '../../src/i18n/node-size-picker.messages.js';
import { orderStatusMessagesEn } from '../../src/i18n/order-status.messages.js';
import { trustedSourcesEditorMessagesEn } from '../../src/i18n/trusted-sources-editor.messages.js';
import type { CatalogInput } from '../../src/schema/catalog.js';
import { PAYLOADS, allRoots, guardEachTest, expectNothingInjected, expectShownAsText, hostile, injectedNodes } from './hostile.js';

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits for the element and every element below it (through shadow roots) to finish rendering. */
async function settle(el: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const pending = [el, ...allRoots(root(el)).flatMap((scope) => [...scope.querySelectorAll('*')])]
      .map((node) => (node as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter((done): done is Promise<unknown> => !!done);
    await Promise.all(pending);
  }
}

/** The built-in catalog with a hostile text in every free-text field; `texts` lists them by what they label. */
function hostileCatalog() {
  const catalog: CatalogInput = structuredClone(builtInCatalogInput);
  let count = 0;
  const texts = new Map<string, string>();
  const make = (key: string) => {
    const value = hostile(`c${count}`, count);
    count += 1;
    texts.set(key, value);
    return value;
  };
  for (const service of catalog.services) {
    service.name = make(`name ${service.id}`);
    service.description = make(`description ${service.id}`);
    service.nodeTypes = service.nodeTypes.map((type) => ({ ...type, label: make(`type ${service.id} ${type.id}`), description: make(`type description ${service.id} ${type.id}`) }));
    for (const size of service.sizes) size.label = make(`size ${service.id} ${size.id}`);
  }
  for (const region of catalog.regions) {
    region.label = make(`region ${region.id}`);
    for (const zone of region.availabilityZones ?? []) zone.label = make(`zone ${zone.id}`);
  }
  for (const doc of catalog.documents ?? []) doc.title = make(`document ${doc.id}`);
  for (const option of catalog.options ?? []) {
    option.label = make(`option ${option.id}`);
    option.description = make(`option description ${option.id}`);
    for (const choice of option.choices ?? []) choice.label = make(`choice ${option.id} ${choice.id}`);
  }
  const get = (key: string) => {
    const value = texts.get(key);
    if (value === undefined) throw new Error(`no hostile text for ${key}`);
    return value;
  };
  return { catalog, get, all: [...texts.values()] };
}

const PROFILES = [
  { id: 'bp-1', label: hostile('profile-1', 0), description: hostile('profile-1-description', 1) },
  { id: 'bp-2', label: hostile('profile-2', 2) },
];

const DRAFT = {
  serviceId: 'postgresql', version: '17', sizeId: 'gp-m', storageGb: 100,
  trustedSources: [{ address: '123.123.123.123/32', label: hostile('source-label', 3) }],
  regionId: 'de-west-1', availabilityZoneId: 'de-west-1b', billing: { mode: 'existing', profileId: 'bp-1' },
};

const STEP_IDS = ['service', 'size', 'storage', 'trusted-sources', 'region', 'options', 'billing', 'summary'] as const;

/** The step list's entries; a visitable one holds a button. */
const stepEntries = (el: OrderWizard) => [...root(el).querySelectorAll('nav li')];

async function visit(el: OrderWizard, index: number): Promise<void> {
  const button = stepEntries(el)[index]?.querySelector<HTMLButtonElement>('button');
  button?.click();
  await settle(el);
  expect(stepEntries(el)[index]?.querySelector('[aria-current="step"]'), `step ${index + 1} is shown`).to.exist;
}

guardEachTest();
beforeEach(() => {
  delete window.__pwned;
});
afterEach(() => {
  expect(window.__pwned, 'no injected script ran').to.equal(undefined);
});

describe('hostile text in <order-wizard>', () => {
  it('catalog texts, invoice profiles and trusted-source labels show as text on every step', async () => {
    const { catalog, get } = hostileCatalog();
    const el = await fixture<OrderWizard>(html`<order-wizard lang="en" persist="none" .catalog=${catalog}
      .billingProfiles=${PROFILES} .draft=${DRAFT}></order-wizard>`);
    await settle(el);
    expect(root(el).querySelector('.config-error'), 'the hostile catalog is a valid catalog').to.equal(null);
    const steps = stepEntries(el).length;
    expect(steps).to.equal(8);

    const sizeLabel = get('size postgresql gp-m');
    const expected: string[][] = [
      // Service: every service's name and description; the version group names the chosen one.
      [
        ...catalog.services.flatMap((service) => [get(`name ${service.id}`), get(`description ${service.id}`)]),
        get('option instance-name'), get('option description instance-name'),
      ],
      // Size: the node types with their descriptions, the sizes of the chosen type.
      [
        get('type postgresql general-purpose'), get('type description postgresql general-purpose'),
        get('type postgresql memory-optimised'), get('type description postgresql memory-optimised'),
        get('size postgresql gp-s'), sizeLabel, get('size postgresql gp-l'), get('size postgresql gp-xl'),
      ],
      [sizeLabel],
      [DRAFT.trustedSources[0]!.label],
      [get('region de-west-1'), get('region de-north-1'), get('zone de-west-1a'), get('zone de-west-1b'), get('zone de-west-1c')],
      // Options: every label, description, unit and choice of the database options.
      ['high-availability', 'backup-retention', 'maintenance-window'].flatMap((id) => [get(`option ${id}`), get(`option description ${id}`)])
        .concat(...['sun-02', 'sat-02', 'wed-03'].map((id) => get(`choice maintenance-window ${id}`))),
      [PROFILES[0]!.label, PROFILES[0]!.description!, PROFILES[1]!.label],
      [
        get('name postgresql'), get('type postgresql general-purpose'), sizeLabel, get('region de-west-1'), get('zone de-west-1b'),
        PROFILES[0]!.label, DRAFT.trustedSources[0]!.label, get('document terms'), get('document dpa'),
        get('document service-description-database'), get('option high-availability'), get('option maintenance-window'),
        get('choice maintenance-window sun-02'),
      ],
    ];
    for (let index = 0; index < steps; index += 1) {
      await visit(el, index);
      // The price panel names the size on every step.
      expectShownAsText([...expected[index]!, sizeLabel], `on step ${index + 1}`);
      await expectNothingInjected();
    }
    // The summary's document links are the catalog's https links, nothing else.
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.documents a')];
    expect(links.map((link) => link.protocol)).to.deep.equal(['https:', 'https:', 'https:']);
  });

  it('a new invoice profile typed with markup shows as text in the form and the summary', async () => {
    const { catalog } = hostileCatalog();
    const newProfile = {
      company: hostile('company', 0), contactName: hostile('contact', 1), email: 'a@example.com', street: hostile('street', 2),
      postalCode: '50667', city: hostile('city', 3), country: 'DE', vatId: '',
    };
    const el = await fixture<OrderWizard>(html`<order-wizard lang="en" persist="none" .catalog=${catalog}
      .draft=${{ ...DRAFT, billing: { mode: 'new', newProfile } }}></order-wizard>`);
    await settle(el);
    await visit(el, 6);
    expectShownAsText([newProfile.company, newProfile.contactName, newProfile.street, newProfile.city], 'in the profile form');
    await expectNothingInjected();
    await visit(el, 7);
    expectShownAsText([`${newProfile.company}, ${newProfile.city}`], 'in the summary');
    await expectNothingInjected();
  });

  it('host answers with markup (field errors, a refusal, the order id, the status message) show as text', async () => {
    const { catalog } = hostileCatalog();
    const statusMessage = hostile('status-message', 1);
    const fetchStatus = async () => ({ status: 'ready', message: statusMessage });
    const el = await fixture<OrderWizard>(html`<order-wizard lang="en" persist="none" .catalog=${catalog}
      .billingProfiles=${PROFILES} .draft=${DRAFT} .fetchStatus=${fetchStatus}></order-wizard>`);
    await settle(el);
    const fieldError = hostile('field-error', 0);
    const refusal = hostile('refusal', 2);
    const orderId = hostile('order-id', 0);
    const answers: (() => Promise<OrderSubmitAnswer>)[] = [
      () => Promise.reject({ message: refusal, fieldErrors: [{ path: 'storageGb', message: fieldError }] }),
      () => Promise.reject({ message: refusal }),
      () => Promise.resolve({ orderId }),
    ];
    el.addEventListener('order-submit', (event: Event) => (event as CustomEvent<OrderSubmitDetail>).detail.respondWith(answers.shift()!()));
    const place = async () => {
      await visit(el, 7);
      for (const box of root(el).querySelectorAll<HTMLInputElement>('.documents input[type="checkbox"]')) if (!box.checked) box.click();
      await settle(el);
      root(el).querySelector<HTMLButtonElement>('.place-order')!.click();
      await settle(el);
    };

    await place();
    await waitUntil(() => text(root(el).querySelector('.error-summary')).includes('field-error'), 'the field error is shown');
    expectShownAsText([fieldError], 'in the error summary');
    await expectNothingInjected();

    await place();
    await waitUntil(() => !!root(el).querySelector('.notice-error'), 'the refusal is shown');
    await settle(el);
    expectShownAsText([refusal], 'in the refusal');
    await expectNothingInjected();

    root(el).querySelector<HTMLButtonElement>('.retry')!.click();
    await waitUntil(() => !!root(el).querySelector('.confirmation'), 'the order is placed');
    const badge = root(el).querySelector<OrderStatusBadge>('order-status-badge')!;
    await waitUntil(() => badge.status === 'ready', 'the badge polled');
    await settle(el);
    expectShownAsText([orderId, statusMessage], 'in the confirmation and its badge');
    await expectNothingInjected();
  });

  it('message overrides with markup show as text on every step', async () => {
    const messages: Partial<Record<OrderWizardMessageKey, string>> = {};
    (Object.keys(orderWizardMessagesEn) as OrderWizardMessageKey[]).forEach((key, index) => {
      messages[key] = hostile(`m-${key}`, index);
    });
    const el = await fixture<OrderWizard>(html`<order-wizard lang="en" persist="none" .messages=${messages}
      .billingProfiles=${PROFILES} .draft=${DRAFT}></order-wizard>`);
    await settle(el);
    const steps = stepEntries(el).length;
    for (let index = 0; index < steps; index += 1) {
      await visit(el, index);
      const button = index === steps - 1 ? messages['place-order']! : messages['next']!;
      expectShownAsText([button, messages['price-heading']!, messages['step-service']!, messages[`heading-${STEP_IDS[index]!}`]!], `on step ${index + 1}`);
      await expectNothingInjected();
    }
  });

  it('an invalid catalog whose ids and keys carry markup shows its problems as text in the error panel', async () => {
    const catalog = structuredClone(builtInCatalogInput) as unknown as Record<string, unknown> & { services: Record<string, unknown>[] };
    const badId = PAYLOADS[0];
    catalog.services[0]!.id = badId;
    catalog.services[1]!.id = badId;
    catalog[PAYLOADS[1]] = PAYLOADS[2];
    catalog.services[2]![PAYLOADS[4]] = 1;
    const errors: unknown[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div @order-config-error=${(event: CustomEvent) => errors.push(event.detail)}>
      <order-wizard lang="en" persist="none" .catalog=${catalog}></order-wizard></div>`);
    const el = wrapper.querySelector('order-wizard')!;
    await settle(el);
    const panel = root(el).querySelector('.config-error');
    expect(panel, 'the error panel').to.exist;
    expect(errors).to.have.length(1);
    expectShownAsText([`"${badId}" is listed twice`, PAYLOADS[1], PAYLOADS[4]], 'in the error panel');
    await expectNothingInjected(wrapper);
  });

  it('a service attribute and a catalog URL with markup or script change nothing but the error shown', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <order-wizard lang="en" persist="none" service=${PAYLOADS[0]}></order-wizard>
      <order-wizard lang="en" persist="none" catalog-url=${PAYLOADS[3]}></order-wizard></div>`);
    const [withService, withUrl] = [...wrapper.querySelectorAll('order-wizard')];
    await settle(withService!);
    await waitUntil(() => !!root(withUrl!).querySelector('.config-error'), 'the URL is refused');
    expectShownAsText([PAYLOADS[3]], 'in the catalog error');
    await expectNothingInjected(wrapper);
  });
});

describe('hostile text in the standalone elements', () => {
  it('<node-size-picker>: labels, descriptions, currency, region and messages with markup show as text', async () => {
    const nodeTypes = [{ id: 'a', label: hostile('type-a', 0), description: hostile('type-a-description', 1) }, { id: 'b', label: hostile('type-b', 2) }];
    const sizes = [
      { id: 's', nodeType: 'a', label: hostile('size-s', 3), vcpu: 2, ramGiB: 4, monthlyPrice: '79.00' },
      { id: 'm', nodeType: 'a', label: hostile('size-m', 4), vcpu: 4, ramGiB: 8, monthlyPrice: '149.00', regions: ['x'] },
      { id: 'l', nodeType: 'b', vcpu: 8, ramGiB: 16, monthlyPrice: '289.00' },
    ];
    const messages = Object.fromEntries(Object.keys(nodeSizePickerMessagesEn).map((key, index) => [key, hostile(`p-${key}`, index)]));
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <node-size-picker id="by-property" required .nodeTypes=${nodeTypes} .sizes=${sizes} currency=${PAYLOADS[0]} region=${PAYLOADS[1]}></node-size-picker>
      <node-size-picker id="by-attribute" node-types=${JSON.stringify(nodeTypes)} sizes=${JSON.stringify(sizes)} value="m" .messages=${messages}></node-size-picker>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll<NodeSizePicker>('node-size-picker')];
    await settle(first!);
    await settle(second!);
    first!.reportValidity();
    await settle(first!);
    const shown = [hostile('type-a', 0), hostile('type-a-description', 1), hostile('type-b', 2), hostile('size-s', 3), hostile('size-m', 4), PAYLOADS[0]];
    expectShownAsText(shown, 'in the pickers');
    expectShownAsText([messages['type-label']!, messages['size-label']!, messages['hint']!], 'as the overridden messages');
    await expectNothingInjected(wrapper);
  });

  it('<trusted-sources-editor>: pasted and typed markup, labels and messages show as text', async () => {
    const messages = Object.fromEntries(Object.keys(trustedSourcesEditorMessagesEn).map((key, index) => [key, hostile(`e-${key}`, index)]));
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <trusted-sources-editor id="one" value=${PAYLOADS.join('\n')}></trusted-sources-editor>
      <trusted-sources-editor id="two" .messages=${messages}></trusted-sources-editor>
    </div>`);
    const [one, two] = [...wrapper.querySelectorAll<TrustedSourcesEditor>('trusted-sources-editor')];
    one!.sources = [{ cidr: '123.123.123.0/24', label: hostile('label', 0) }, { cidr: PAYLOADS[1], label: PAYLOADS[2] }];
    await settle(one!);
    const field = root(one!).querySelector<HTMLInputElement>('#new-address')!;
    await user.paste(field, `${PAYLOADS[0]}\n${PAYLOADS[1]}\n8.8.8.8`);
    await settle(one!);
    one!.reportValidity();
    await settle(one!);
    expectShownAsText([hostile('label', 0), PAYLOADS[1], PAYLOADS[2]], 'in the rows');
    expect(text(root(one!).querySelector('[part~="row"]:last-child'))).to.include('8.8.8.8/32');
    await settle(two!);
    two!.reportValidity();
    await settle(two!);
    expectShownAsText([messages['legend']!, messages['hint']!, messages['new-address']!], 'as the overridden messages');
    await expectNothingInjected(wrapper);
  });

  it('<order-status-badge>: order id, status, message, time and messages with markup show as text', async () => {
    const messages = Object.fromEntries(Object.keys(orderStatusMessagesEn).map((key, index) => [key, hostile(`b-${key}`, index)]));
    const polled = hostile('polled', 5);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <order-status-badge order-id=${PAYLOADS[0]} status=${PAYLOADS[1]} message=${PAYLOADS[2]} updated-at=${PAYLOADS[4]} live></order-status-badge>
      <order-status-badge order-id="o-1" status="failed" .messages=${messages}></order-status-badge>
      <order-status-badge order-id=${PAYLOADS[3]} status="received" poll-interval="20"
        .fetchStatus=${async () => ({ status: 'ready', message: polled, updatedAt: PAYLOADS[5] })}></order-status-badge>
    </div>`);
    const [plain, overridden, polling] = [...wrapper.querySelectorAll<OrderStatusBadge>('order-status-badge')];
    await waitUntil(() => polling!.status === 'ready', 'the badge polled');
    for (const badge of [plain!, overridden!, polling!]) await settle(badge);
    expect(text(root(plain!).querySelector('.label'))).to.equal('Unknown');
    expectShownAsText([PAYLOADS[0], PAYLOADS[2], polled, PAYLOADS[3], messages['status-failed']!, messages['failed-advice']!], 'in the badges');
    await expectNothingInjected(wrapper);
  });
});

describe('document links', () => {
  const BAD_URLS = [
    'javascript:window.__pwned=1',
    'JaVaScRiPt:window.__pwned=1',
    ' javascript:window.__pwned=1',
    'java\tscript:window.__pwned=1',
    '\u0001javascript:window.__pwned=1',
    'javascript://example.com/%0Awindow.__pwned=1',
    'data:text/html,<script>window.__pwned=1</script>',
    'vbscript:msgbox(1)',
    'http://example.com/terms.pdf',
    '//example.com/terms.pdf',
    '/legal/terms.pdf',
    'https:javascript:window.__pwned=1',
    'https:/example.com/terms.pdf',
    'https:///example.com/terms.pdf',
    'https://user:secret@example.com/terms.pdf',
    'https://example.com\\@evil.example/terms.pdf',
  ];

  for (const url of BAD_URLS) {
    it(`a document URL ${JSON.stringify(url)} is refused: the error panel, and no link`, async () => {
      const catalog = structuredClone(builtInCatalogInput);
      catalog.documents![0]!.url = url;
      const errors: { issues: { path: string; code: string }[] }[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div @order-config-error=${(event: CustomEvent) => errors.push(event.detail)}>
        <order-wizard lang="en" persist="none" .catalog=${catalog} .draft=${DRAFT}></order-wizard></div>`);
      const el = wrapper.querySelector('order-wizard')!;
      await settle(el);
      expect(root(el).querySelector('.config-error'), 'the error panel').to.exist;
      expect(text(root(el).querySelector('.config-error pre'))).to.include('documents[0].url: The link must be an absolute https:// URL');
      expect(errors[0]?.issues.map((issue) => `${issue.path} ${issue.code}`)).to.deep.equal(['documents[0].url url-not-https']);
      expect(root(el).querySelectorAll('a'), 'no link').to.have.length(0);
      expect(injectedNodes(wrapper)).to.deep.equal([]);
    });
  }

  it('https links open in a new tab without opener or referrer', async () => {
    const el = await fixture<OrderWizard>(html`<order-wizard lang="en" persist="none" .billingProfiles=${PROFILES} .draft=${DRAFT}></order-wizard>`);
    await settle(el);
    await visit(el, 7);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.documents a')];
    expect(links).to.have.length(3);
    for (const link of links) {
      expect(link.protocol).to.equal('https:');
      expect(link.target).to.equal('_blank');
      expect(link.rel.split(' ').sort()).to.deep.equal(['noopener', 'noreferrer']);
    }
  });
});
