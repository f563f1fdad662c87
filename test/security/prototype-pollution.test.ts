// Catalogs, presets, drafts and saved drafts from JSON with `__proto__`, `constructor` and `prototype` keys at several
// depths: a catalog is refused (the wizard shows the error panel and nothing to order), a preset or draft is reported
// through `order-config-error` with the rest kept, and no prototype is ever touched.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { builtInCatalogInput } from '../../src/catalogs/built-in-catalog.js';
import type { OrderWizard } from '../../src/elements/order-wizard/order-wizard.js';
import { parseCatalog } from '../../src/schema/catalog.js';
import { guardEachTest } from './hostile.js';

interface ConfigError {
  issues: { path: string; code: string; message: string }[];
  source: string;
}

// What each key brings along: the classic payloads that pollute `Object.prototype` when merged or assigned naively.
// A Map, since `__proto__:` in an object literal would set the literal's prototype instead of making a key.
const POISON = new Map<PoisonKey, string>([
  ['__proto__', '{"polluted":"via __proto__","isAdmin":true}'],
  ['constructor', '{"prototype":{"polluted":"via constructor.prototype","isAdmin":true}}'],
  ['prototype', '{"polluted":"via prototype"}'],
]);
type PoisonKey = '__proto__' | 'constructor' | 'prototype';

/**
 * JSON text of `value` with a poisoned key added at each place in `at` (`[pathInValue, key]`; the path as property
 * names and indexes). Placeholder keys are swapped for the real ones in the text, so `JSON.parse` makes them own data
 * properties, exactly as any JSON from a network or a file does.
 */
function poisonedJson(value: unknown, at: [ (string | number)[], PoisonKey ][]): string {
  // Through JSON, not structuredClone: the built-in catalog shares its node types between services.
  const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  at.forEach(([path, key], index) => {
    let target: Record<string | number, unknown> = copy;
    for (const segment of path) target = target[segment] as Record<string | number, unknown>;
    target[`@@poison${index}@@`] = `@@value${index}@@`;
  });
  let text = JSON.stringify(copy);
  at.forEach(([, key], index) => {
    text = text.replace(`"@@poison${index}@@"`, JSON.stringify(key)).replace(`"@@value${index}@@"`, POISON.get(key)!);
  });
  return text;
}

/** `services[0].sizes[1]` for `['services', 0, 'sizes', 1]`, then the key, as `parseCatalog` writes paths. */
const pathOf = (path: (string | number)[], key: string) =>
  [...path, key].reduce<string>((out, segment) => (typeof segment === 'number' ? `${out}[${segment}]` : out ? `${out}.${segment}` : segment), '');

let prototypeNames: string[];
guardEachTest();
beforeEach(() => {
  prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
});

function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe['polluted'], '({}).polluted').to.equal(undefined);
  expect(probe['isAdmin'], '({}).isAdmin').to.equal(undefined);
  expect(([] as unknown as Record<string, unknown>)['polluted'], '[].polluted').to.equal(undefined);
  expect(Object.getOwnPropertyNames(Object.prototype).sort(), 'Object.prototype unchanged').to.deep.equal(prototypeNames);
}

describe('catalog JSON with __proto__, constructor and prototype keys', () => {
  const CASES: { name: string; at: [(string | number)[], PoisonKey][] }[] = [
    { name: 'at the top', at: [[[], '__proto__']] },
    { name: 'constructor at the top', at: [[[], 'constructor']] },
    { name: 'prototype at the top', at: [[[], 'prototype']] },
    { name: 'in storage and trustedSources', at: [[['storage'], '__proto__'], [['trustedSources'], 'constructor']] },
    { name: 'in a service', at: [[['services', 0], '__proto__']] },
    { name: 'in a size, a node type and a service storage', at: [
      [['services', 2, 'sizes', 1], '__proto__'], [['services', 1, 'nodeTypes', 0], 'constructor'], [['services', 4, 'storage'], '__proto__'],
    ] },
    { name: 'in a region, a zone and an offer', at: [
      [['regions', 1], 'constructor'], [['regions', 0, 'availabilityZones', 2], '__proto__'], [['regions', 0, 'offers', 0], 'prototype'],
    ] },
    { name: 'in a document', at: [[['documents', 3], '__proto__'], [['documents', 0], 'constructor']] },
  ];

  for (const { name, at } of CASES) {
    it(`${name}: refused by parseCatalog and by the wizard (error panel, order-config-error), no prototype touched`, async () => {
      const json = poisonedJson(builtInCatalogInput, at);
      const expected = at.map(([path, key]) => `${pathOf(path, key)} unknown-key`).sort();

      const result = parseCatalog(JSON.parse(json));
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.issues.map((issue) => `${issue.path} ${issue.code}`).sort()).to.deep.equal(expected);
      expectNoPollution();

      const errors: ConfigError[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div @order-config-error=${(event: CustomEvent<ConfigError>) => errors.push(event.detail)}>
        <order-wizard lang="en" persist="none" .catalog=${JSON.parse(json)}></order-wizard></div>`);
      const el = wrapper.querySelector<OrderWizard>('order-wizard')!;
      await el.updateComplete;
      const panel = el.shadowRoot!.querySelector('.config-error');
      expect(panel, 'the error panel').to.exist;
      expect(el.shadowRoot!.querySelector('[role="radiogroup"], .next, .place-order'), 'nothing to order').to.equal(null);
      for (const [path, key] of at) expect(panel!.textContent).to.include(`${pathOf(path, key)}: The field "${key}" is not known here.`);
      expect(errors.map((error) => error.source)).to.deep.equal(['catalog']);
      expect(errors[0]!.issues.map((issue) => `${issue.path} ${issue.code}`).sort()).to.deep.equal(expected);
      expectNoPollution();
    });
  }

  it('fetched from catalog-url (the response body parsed as JSON): refused the same way', async () => {
    const json = poisonedJson(builtInCatalogInput, [[[], '__proto__'], [['services', 0, 'sizes', 0], 'constructor']]);
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const errors: ConfigError[] = [];
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div @order-config-error=${(event: CustomEvent<ConfigError>) => errors.push(event.detail)}>
        <order-wizard lang="en" persist="none" catalog-url=${url}></order-wizard></div>`);
      const el = wrapper.querySelector<OrderWizard>('order-wizard')!;
      await waitUntil(() => el.shadowRoot!.querySelector('.config-error'), 'the error panel');
      expect(errors[0]?.issues.map((issue) => `${issue.path} ${issue.code}`).sort()).to.deep.equal(
        ['__proto__ unknown-key', 'services[0].sizes[0].constructor unknown-key'],
      );
    } finally {
      URL.revokeObjectURL(url);
    }
    expectNoPollution();
  });
});

describe('preset and draft JSON with __proto__, constructor and prototype keys', () => {
  const BASE = { serviceId: 'postgresql', version: '16', sizeId: 'gp-m', storageGb: 100, regionId: 'de-west-1' };
  const CASES: { name: string; value: Record<string, unknown>; at: [(string | number)[], PoisonKey][] }[] = [
    { name: 'at the top', value: BASE, at: [[[], '__proto__'], [[], 'constructor'], [[], 'prototype']] },
    {
      name: 'in billing and its new profile',
      value: { ...BASE, billing: { mode: 'new', newProfile: { company: 'ACME GmbH' } } },
      at: [[['billing'], '__proto__'], [['billing', 'newProfile'], '__proto__'], [['billing', 'newProfile'], 'constructor']],
    },
    {
      name: 'in the order spelling (billingProfile.new, meta)',
      value: { ...BASE, billingProfile: { new: { company: 'ACME GmbH' } }, meta: { partner: 'partner-1' } },
      at: [[['billingProfile'], 'constructor'], [['billingProfile', 'new'], '__proto__'], [['meta'], '__proto__']],
    },
    {
      name: 'in a trusted source',
      value: { ...BASE, trustedSources: [{ address: '123.123.123.123/32', label: 'Office' }] },
      at: [[['trustedSources', 0], '__proto__'], [['trustedSources', 0], 'constructor']],
    },
  ];

  for (const { name, value, at } of CASES) {
    const expected = at.map(([path, key]) => `${pathOf(path, key)} unknown-key`).sort();

    it(`${name}, as the preset attribute: reported, the rest kept, no prototype touched`, async () => {
      const errors: ConfigError[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div @order-config-error=${(event: CustomEvent<ConfigError>) => errors.push(event.detail)}>
        <order-wizard lang="en" persist="none" preset=${poisonedJson(value, at)}></order-wizard></div>`);
      const el = wrapper.querySelector<OrderWizard>('order-wizard')!;
      await el.updateComplete;
      expect(errors.map((error) => error.source)).to.deep.equal(['preset']);
      expect(errors[0]!.issues.map((issue) => `${issue.path} ${issue.code}`).sort()).to.deep.equal(expected);
      const draft = el.draft as unknown as Record<string, unknown>;
      expect([draft['serviceId'], draft['version'], draft['sizeId'], draft['regionId']]).to.deep.equal(['postgresql', '16', 'gp-m', 'de-west-1']);
      expect(Object.getPrototypeOf(draft)).to.equal(Object.prototype);
      expect(draft['polluted']).to.equal(undefined);
      expect(JSON.stringify(draft)).not.to.include('polluted');
      expectNoPollution();
    });

    it(`${name}, as the draft property (parsed JSON): reported, no prototype touched`, async () => {
      const errors: ConfigError[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div @order-config-error=${(event: CustomEvent<ConfigError>) => errors.push(event.detail)}>
        <order-wizard lang="en" persist="none"></order-wizard></div>`);
      const el = wrapper.querySelector<OrderWizard>('order-wizard')!;
      await el.updateComplete;
      el.draft = JSON.parse(poisonedJson(value, at));
      await el.updateComplete;
      expect(errors.map((error) => error.source)).to.deep.equal(['draft']);
      expect(errors[0]!.issues.map((issue) => `${issue.path} ${issue.code}`).sort()).to.deep.equal(expected);
      expect(JSON.stringify(el.draft)).not.to.include('polluted');
      expectNoPollution();
    });
  }

  it('a saved draft in session storage with poisoned keys: reported on restore, no prototype touched', async () => {
    const saved = poisonedJson(
      { v: 1, step: 'storage', draft: { ...BASE, acceptedDocuments: {}, billing: { mode: 'new', newProfile: { company: 'ACME GmbH' } } } },
      [[[], '__proto__'], [['draft'], '__proto__'], [['draft', 'billing'], 'constructor'], [['draft', 'acceptedDocuments'], '__proto__']],
    );
    sessionStorage.setItem('order-wizard:any:wizard', saved);
    const errors: ConfigError[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div @order-config-error=${(event: CustomEvent<ConfigError>) => errors.push(event.detail)}>
      <order-wizard lang="en"></order-wizard></div>`);
    const el = wrapper.querySelector<OrderWizard>('order-wizard')!;
    await el.updateComplete;
    expect(errors.map((error) => error.source)).to.deep.equal(['restore']);
    const paths = errors[0]!.issues.map((issue) => issue.path);
    expect(paths).to.include.members(['__proto__', 'billing.constructor', 'acceptedDocuments.__proto__']);
    expect(el.draft.serviceId).to.equal('postgresql');
    expect(JSON.stringify(el.draft)).not.to.include('polluted');
    expectNoPollution();
  });
});
