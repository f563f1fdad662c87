import { expect } from '@open-wc/testing';
import { builtInCatalog } from '../../src/catalogs/built-in-catalog.js';
import { validateOrder } from '../../src/core/order-validation.js';
import { buildOrder, draftFromPreset, emptyDraft, reconcileDraft, storageNumber, type OrderDraft } from '../../src/core/wizard-draft.js';
import { documentsFor, storageRulesFor } from '../../src/schema/catalog.js';
import { ACCEPTED_AT, catalogWith, completeDraft, KEY, postgresDraft, service } from './wizard.fixtures.js';
import { describeIssue } from '../../src/i18n/describe-issue.js';

// Catalogs and presets are changed freely here, as an integrator's JSON would be.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

const NOW = new Date('2026-11-21T10:00:00Z');


const pairs = (list: ReadonlyArray<{ path?: string; field?: string; code: string }>) => list.map((entry) => [entry.path ?? entry.field, entry.code]);

describe('wizard-draft: emptyDraft and storageNumber', () => {
  it('an empty draft has no choices, no rows, no billing mode, no acceptances', () => {
    expect(emptyDraft()).to.deep.equal({
      trustedSources: [],
      billing: { newProfile: { company: '', contactName: '', email: '', street: '', postalCode: '', city: '', country: '', vatId: '' } },
      acceptedDocuments: {},
    });
    expect(emptyDraft()).not.to.equal(emptyDraft());
  });

  const rows: [unknown, number | undefined][] = [
    [50, 50], ['50', 50], [' 60 ', 60], ['50.5', 50.5], ['50,5', 50.5], ['abc', undefined], ['', undefined],
    ['1e3', undefined], ['-50', -50], ['+60', 60], ['9'.repeat(400), Number.MAX_SAFE_INTEGER], ['-' + '9'.repeat(400), -Number.MAX_SAFE_INTEGER], [Infinity, undefined], [NaN, undefined], [1e309, undefined], [null, undefined],
  ];
  for (const [input, expected] of rows) {
    it(`storageNumber(${JSON.stringify(input) ?? String(input)}) → ${expected}`, () => {
      expect(storageNumber(input)).to.equal(expected);
    });
  }
});

describe('wizard-draft: draftFromPreset', () => {
  const DEEP_LINK = { serviceId: 'postgresql', version: '16', sizeId: 'gp-m', storageGb: 100, regionId: 'de-west-1', trustedSources: ['1.2.3.4/32'] };

  it("keeps every part of a partner's valid deep link", () => {
    const { draft, problems } = draftFromPreset(builtInCatalog, structuredClone(DEEP_LINK));
    expect(problems).to.deep.equal([]);
    expect(draft).to.deep.equal({ ...emptyDraft(), ...DEEP_LINK, trustedSources: [{ address: '1.2.3.4/32' }] });
  });

  it('reads an order-shaped preset: billingProfile.id, meta.partner, { cidr, label } rows', () => {
    const { draft, problems } = draftFromPreset(builtInCatalog, {
      serviceId: 'harbor', version: '2.12', nodeTypeId: 'general-purpose', sizeId: 'gp-s', storageGb: '150',
      trustedSources: [{ cidr: '2001:db8::/48', label: ' lab ' }], regionId: 'de-north-1', availabilityZoneId: 'de-north-1b',
      billingProfile: { id: 'bp-7' }, meta: { partner: 'acme' },
    });
    expect(problems).to.deep.equal([]);
    expect(draft).to.deep.equal({
      ...emptyDraft(), serviceId: 'harbor', version: '2.12', nodeTypeId: 'general-purpose', sizeId: 'gp-s', storageGb: 150,
      trustedSources: [{ address: '2001:db8::/48', label: 'lab' }], regionId: 'de-north-1', availabilityZoneId: 'de-north-1b',
      billing: { ...emptyDraft().billing, mode: 'existing', profileId: 'bp-7' }, partner: 'acme',
    });
  });

  it('reads a draft-shaped new billing profile as typed', () => {
    const newProfile = { company: ' Example GmbH', contactName: '', email: 'not-an-email', street: '', postalCode: '', city: '', country: 'de', vatId: '' };
    const { draft, problems } = draftFromPreset(builtInCatalog, { billing: { mode: 'new', newProfile } });
    expect(problems).to.deep.equal([]);
    expect(draft.billing).to.deep.equal({ mode: 'new', newProfile });
  });

  /** name, change to the deep link, the [path, code] of each problem, fields expected afterwards (undefined: dropped). */
  type Row = [string, (preset: Raw) => void, string[][], Partial<Record<keyof OrderDraft, unknown>>];
  const rows: Row[] = [
    ['unknown service', (p) => (p.serviceId = 'oracle'),
      [['serviceId', 'unknown-service'], ['version', 'service-cleared'], ['sizeId', 'service-cleared']],
      { serviceId: undefined, version: undefined, sizeId: undefined, regionId: 'de-west-1', storageGb: 100 }],
    ['unknown version', (p) => (p.version = '9'), [['version', 'unknown-version']], { version: undefined, sizeId: 'gp-m' }],
    ['unknown size for the service', (p) => (p.sizeId = 'huge'), [['sizeId', 'unknown-size']], { sizeId: undefined, version: '16' }],
    ['unknown node type', (p) => (p.nodeTypeId = 'gpu'), [['nodeTypeId', 'unknown-node-type']], { nodeTypeId: undefined, sizeId: 'gp-m' }],
    ['size of another node type', (p) => (p.nodeTypeId = 'memory-optimised'), [['sizeId', 'size-node-type-mismatch']],
      { nodeTypeId: 'memory-optimised', sizeId: undefined }],
    ['unknown region', (p) => ((p.regionId = 'us-east-1'), (p.availabilityZoneId = 'us-east-1a')),
      [['regionId', 'unknown-region'], ['availabilityZoneId', 'region-cleared']], { regionId: undefined, availabilityZoneId: undefined }],
    ['zone of another region', (p) => (p.availabilityZoneId = 'de-north-1a'), [['availabilityZoneId', 'unknown-availability-zone']],
      { regionId: 'de-west-1', availabilityZoneId: undefined }],
    ['storage not a number', (p) => (p.storageGb = 'lots'), [['storageGb', 'storage-not-a-number']], { storageGb: undefined }],
    ['storage of the wrong type', (p) => (p.storageGb = true), [['storageGb', 'storage-not-a-number']], { storageGb: undefined }],
    ['storage below the minimum', (p) => (p.storageGb = 49), [['storageGb', 'storage-below-minimum']], { storageGb: undefined }],
    ['storage off the step', (p) => (p.storageGb = '55'), [['storageGb', 'storage-off-step']], { storageGb: undefined }],
    ['storage above the service maximum', (p) => (p.storageGb = 5000), [['storageGb', 'storage-above-maximum']], { storageGb: undefined }],
    ['storage checked by the catalog rules without a service', (p) => (delete p.serviceId, (p.storageGb = 45)),
      [['storageGb', 'storage-below-minimum']], { storageGb: undefined }],
    ['an invalid trusted source', (p) => p.trustedSources.push('1.2.3.999'), [['trustedSources[1]', 'octet-out-of-range']],
      { trustedSources: [{ address: '1.2.3.4/32' }] }],
    ['a duplicate trusted source', (p) => p.trustedSources.push(' 1.2.3.4'), [['trustedSources[1]', 'duplicate']],
      { trustedSources: [{ address: '1.2.3.4/32' }] }],
    ['the whole internet, not allowed', (p) => p.trustedSources.unshift('0.0.0.0/0'), [['trustedSources[0]', 'whole-internet']],
      { trustedSources: [{ address: '1.2.3.4/32' }] }],
    ['a blank row', (p) => p.trustedSources.push('  '), [['trustedSources[1]', 'empty']], { trustedSources: [{ address: '1.2.3.4/32' }] }],
    ['a row that is no text', (p) => p.trustedSources.push(42), [['trustedSources[1]', 'expected-text']],
      { trustedSources: [{ address: '1.2.3.4/32' }] }],
    ['trusted sources that are no list', (p) => (p.trustedSources = '1.2.3.4/32'), [['trustedSources', 'expected-list']], { trustedSources: [] }],
    ['a label too long', (p) => (p.trustedSources = [{ address: '1.2.3.4/32', label: 'x'.repeat(101) }]),
      [['trustedSources[0].label', 'text-too-long']], { trustedSources: [{ address: '1.2.3.4/32' }] }],
    ['a service id that is no text', (p) => (p.serviceId = 5), [['serviceId', 'expected-text']], { serviceId: undefined, version: '16' }],
    ['an unknown key', (p) => (p.colour = 'blue'), [['colour', 'unknown-key']], { serviceId: 'postgresql' }],
    ['document acceptances', (p) => (p.acceptedDocuments = [{ id: 'terms', version: '3', acceptedAt: ACCEPTED_AT }]),
      [['acceptedDocuments', 'not-prefillable']], { acceptedDocuments: {} }],
    ['a whole-internet confirmation', (p) => (p.trustedSourcesConfirmWholeInternet = true),
      [['trustedSourcesConfirmWholeInternet', 'not-prefillable']], { confirmWholeInternet: undefined }],
    ['text typed but not added', (p) => (p.pendingTrustedSource = '9.9.9.9'), [['pendingTrustedSource', 'not-prefillable']],
      { pendingTrustedSource: undefined }],
    ['an idempotency key', (p) => (p.idempotencyKey = KEY), [['idempotencyKey', 'not-prefillable']], { serviceId: 'postgresql' }],
    ['both billing spellings', (p) => ((p.billing = { mode: 'existing', profileId: 'a' }), (p.billingProfile = { id: 'b' })),
      [['billingProfile', 'duplicate-key']], { billing: { ...emptyDraft().billing, mode: 'existing', profileId: 'a' } }],
    ['an existing and a new billing profile', (p) => (p.billingProfile = { id: 'bp-1', new: { company: 'X' } }),
      [['billingProfile', 'billing-profile-ambiguous']], { billing: emptyDraft().billing }],
    ['an unknown billing mode', (p) => (p.billing = { mode: 'maybe', profileId: 'bp-1' }), [['billing.mode', 'invalid-choice']],
      { billing: { ...emptyDraft().billing, profileId: 'bp-1' } }],
    ['an unknown meta key', (p) => (p.meta = { partner: 'acme', tracking: 'x' }), [['meta.tracking', 'unknown-key']], { partner: 'acme' }],
    ['a partner name too long', (p) => (p.partner = 'p'.repeat(101)), [['meta.partner', 'text-too-long']], { partner: undefined }],
  ];
  for (const [name, change, expected, fields] of rows) {
    it(`${name} → ${expected.map(([path, code]) => `${path} ${code}`).join(', ')}`, () => {
      const preset: Raw = structuredClone(DEEP_LINK);
      change(preset);
      const { draft, problems } = draftFromPreset(builtInCatalog, preset);
      expect(pairs(problems)).to.deep.equal(expected);
      for (const entry of problems) expect(describeIssue(entry)).to.be.a('string').and.not.match(/^$|\{\w+\}/);
      for (const [key, value] of Object.entries(fields)) expect(draft[key as keyof OrderDraft], key).to.deep.equal(value);
    });
  }

  for (const input of [[], 'postgresql', 42, true]) {
    it(`refuses ${JSON.stringify(input)} as a whole`, () => {
      const { draft, problems } = draftFromPreset(builtInCatalog, input);
      expect(pairs(problems)).to.deep.equal([['', 'preset-not-an-object']]);
      expect(draft).to.deep.equal(emptyDraft());
    });
  }

  for (const input of [undefined, null]) {
    it(`takes ${String(input)} as no preset`, () => {
      expect(draftFromPreset(builtInCatalog, input)).to.deep.equal({ draft: emptyDraft(), problems: [] });
    });
  }

  it('reads __proto__ and constructor keys of JSON as data and never assigns through them', () => {
    const json =
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "serviceId": "postgresql",' +
      ' "trustedSources": [{"address": "1.2.3.4/32", "__proto__": {"polluted": "yes"}}],' +
      ' "billing": {"__proto__": {"polluted": "yes"}, "mode": "new", "newProfile": {"__proto__": {"polluted": "yes"}, "city": "Köln"}},' +
      ' "meta": {"__proto__": {"polluted": "yes"}, "partner": "acme"}}';
    const { draft, problems } = draftFromPreset(builtInCatalog, JSON.parse(json));
    expect(pairs(problems)).to.deep.equal([
      ['__proto__', 'unknown-key'], ['constructor', 'unknown-key'], ['trustedSources[0].__proto__', 'unknown-key'],
      ['billing.__proto__', 'unknown-key'], ['billing.newProfile.__proto__', 'unknown-key'], ['meta.__proto__', 'unknown-key'],
    ]);
    expect(({} as Raw).polluted).to.equal(undefined);
    expect((draft as Raw).polluted).to.equal(undefined);
    expect((draft.billing as Raw).polluted).to.equal(undefined);
    expect((draft.billing.newProfile as Raw).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(draft)).to.equal(Object.prototype);
    expect(Object.hasOwn(draft, '__proto__')).to.equal(false);
    expect(draft.billing.newProfile.city).to.equal('Köln');
    expect(draft.partner).to.equal('acme');
  });
});

describe('wizard-draft: reconcileDraft after a catalog change', () => {
  /** name, catalog change, draft change, the [field, code, value] of each cleared choice, fields expected afterwards. */
  type Row = [string, (input: Raw) => void, (draft: OrderDraft) => void, string[][], Partial<Record<keyof OrderDraft, unknown>>];
  const northOnly = (input: Raw) => {
    input.regions = input.regions.filter((region: Raw) => region.id !== 'de-west-1');
    for (const entry of input.services) for (const size of entry.sizes) delete size.regions;
    for (const offer of input.regions[0].offers) delete offer.sizes;
    for (const option of input.options) delete option.regions;
  };
  const rows: Row[] = [
    ['service gone', (c) => {
      c.services = c.services.filter((entry: Raw) => entry.id !== 'postgresql');
      for (const region of c.regions) region.offers = region.offers.filter((offer: Raw) => offer.service !== 'postgresql');
    }, () => {}, [
      ['serviceId', 'unknown-service', 'postgresql'], ['version', 'service-cleared', '17'],
      ['nodeTypeId', 'service-cleared', 'general-purpose'], ['sizeId', 'service-cleared', 'gp-s'],
    ], { serviceId: undefined, version: undefined, nodeTypeId: undefined, sizeId: undefined, regionId: 'de-west-1', storageGb: '50' }],
    ['version gone', (c) => (c.services[2].versions = ['16', '15']), () => {}, [['version', 'unknown-version', '17']],
      { version: undefined, sizeId: 'gp-s' }],
    ['size gone', (c) => (c.services[2].sizes = c.services[2].sizes.filter((size: Raw) => size.id !== 'gp-s')), () => {},
      [['sizeId', 'unknown-size', 'gp-s']], { sizeId: undefined, nodeTypeId: 'general-purpose' }],
    ['node type gone with its sizes', (c) => {
      c.services[2].nodeTypes = c.services[2].nodeTypes.slice(0, 1);
      c.services[2].sizes = c.services[2].sizes.filter((size: Raw) => size.nodeType === 'general-purpose');
    }, (d) => ((d.nodeTypeId = 'memory-optimised'), (d.sizeId = 'mo-m')),
    [['nodeTypeId', 'unknown-node-type', 'memory-optimised'], ['sizeId', 'unknown-size', 'mo-m']], { nodeTypeId: undefined, sizeId: undefined }],
    ['size of another service', (c) => {
      c.services[4].sizes[0].id = 'hb-s';
      c.regions[1].offers[4].sizes = ['hb-s', 'gp-m', 'gp-l'];
    }, (d) => (d.sizeId = 'hb-s'), [['sizeId', 'unknown-size', 'hb-s']], { sizeId: undefined }],
    ['size of another node type', () => {}, (d) => (d.nodeTypeId = 'memory-optimised'),
      [['sizeId', 'size-node-type-mismatch', 'gp-s']], { sizeId: undefined, nodeTypeId: 'memory-optimised' }],
    ['region gone', northOnly, () => {}, [['regionId', 'unknown-region', 'de-west-1'], ['availabilityZoneId', 'region-cleared', 'de-west-1a']],
      { regionId: undefined, availabilityZoneId: undefined, sizeId: 'gp-s' }],
    ['region no longer offering the service', (c) => {
      c.regions[0].offers = c.regions[0].offers.filter((offer: Raw) => offer.service !== 'postgresql');
      delete c.services[2].sizes[3].regions; // gp-xl, else offered nowhere
    },
      () => {}, [['regionId', 'service-not-in-region', 'de-west-1'], ['availabilityZoneId', 'region-cleared', 'de-west-1a']],
      { regionId: undefined, availabilityZoneId: undefined }],
    ['zone gone', (c) => c.regions[0].availabilityZones.shift(), () => {}, [['availabilityZoneId', 'unknown-availability-zone', 'de-west-1a']],
      { regionId: 'de-west-1', availabilityZoneId: undefined }],
    ['document in a new version', (c) => (c.documents[0].version = '4'), () => {}, [['acceptedDocuments.terms', 'document-version-outdated', '3']],
      { acceptedDocuments: { dpa: { version: '2.1', acceptedAt: ACCEPTED_AT }, 'service-description-database': { version: '2.0', acceptedAt: ACCEPTED_AT } } }],
    ['document gone', (c) => c.documents.splice(1, 1), () => {}, [['acceptedDocuments.dpa', 'unknown-document', '2.1']],
      { acceptedDocuments: { terms: { version: '3', acceptedAt: ACCEPTED_AT }, 'service-description-database': { version: '2.0', acceptedAt: ACCEPTED_AT } } }],
  ];
  for (const [name, changeCatalog, changeDraft, expected, fields] of rows) {
    it(`${name} → ${expected.map(([field, code]) => `${field} ${code}`).join(', ')}`, () => {
      const draft = postgresDraft();
      changeDraft(draft);
      const before = structuredClone(draft);
      const result = reconcileDraft(catalogWith(changeCatalog), draft);
      expect(result.cleared.map(({ field, code, value }) => [field, code, value])).to.deep.equal(expected);
      for (const entry of result.cleared) expect(describeIssue(entry)).to.be.a('string').and.not.match(/^$|\{\w+\}/);
      for (const [key, value] of Object.entries(fields)) expect(result.draft[key as keyof OrderDraft], key).to.deep.equal(value);
      expect(draft).to.deep.equal(before);
    });
  }

  it('clears a choice with the issue validateOrder reports for it, in the same words', () => {
    const draft = postgresDraft();
    draft.nodeTypeId = 'memory-optimised';
    const { cleared } = reconcileDraft(builtInCatalog, draft);
    const result = validateOrder(builtInCatalog, buildOrder(builtInCatalog, draft, { idempotencyKey: KEY }), { now: NOW });
    const issues = result.ok ? [] : result.issues.filter((issue) => issue.path === 'sizeId');
    expect(cleared.map(({ field, code, params }) => ({ path: field, code, params }))).to.deep.equal(issues);
    expect(describeIssue(cleared[0]!)).to.equal('The size S (2 vCPU, 4 GiB RAM) is not a size of the node type Memory optimised.');
  });

  it('clears nothing when every choice still exists', () => {
    const draft = postgresDraft();
    expect(reconcileDraft(builtInCatalog, draft)).to.deep.equal({ draft, cleared: [] });
  });
});

describe('wizard-draft: buildOrder', () => {
  const billingProfiles = [{ id: 'bp-1' }];
  for (const { id } of builtInCatalog.services) {
    it(`a complete ${id} draft makes an order validateOrder accepts`, () => {
      const draft = completeDraft(builtInCatalog, service(id));
      const result = validateOrder(builtInCatalog, buildOrder(builtInCatalog, draft, { idempotencyKey: KEY }), { billingProfiles, now: NOW });
      expect(result.ok ? [] : result.issues).to.deep.equal([]);
      if (!result.ok) return;
      expect(result.order.serviceId).to.equal(id);
      expect(result.order.storageGb).to.equal(storageRulesFor(builtInCatalog, service(id)).minGb);
      expect(result.order.acceptedDocuments.map((doc) => doc.id)).to.deep.equal(documentsFor(builtInCatalog, service(id)).map((doc) => doc.id));
    });
  }

  it('canonicalises trusted sources, reads storage text, sends the new profile without a blank VAT id', () => {
    const order = buildOrder(builtInCatalog, { ...postgresDraft(), partner: 'acme', confirmWholeInternet: false }, { idempotencyKey: KEY });
    expect(order).to.deep.equal({
      idempotencyKey: KEY, serviceId: 'postgresql', version: '17', nodeTypeId: 'general-purpose', sizeId: 'gp-s', storageGb: 50,
      trustedSources: [{ cidr: '123.123.123.123/32', label: 'office' }, { cidr: '222.222.222.128/28' }],
      trustedSourcesConfirmWholeInternet: false, regionId: 'de-west-1', availabilityZoneId: 'de-west-1a',
      billingProfile: {
        new: { company: 'Example GmbH', contactName: 'Erika Mustermann', email: 'erika@example.com', street: 'Domstraße 1', postalCode: '50667', city: 'Köln', country: 'de' },
      },
      acceptedDocuments: [
        { id: 'terms', version: '3', acceptedAt: ACCEPTED_AT }, { id: 'dpa', version: '2.1', acceptedAt: ACCEPTED_AT },
        { id: 'service-description-database', version: '2.0', acceptedAt: ACCEPTED_AT },
      ],
      meta: { partner: 'acme' },
    });
  });

  /** name, draft change, the expected value of one order field. */
  const rows: [string, (draft: OrderDraft) => void, keyof ReturnType<typeof buildOrder>, unknown][] = [
    ['an existing profile', (d) => (d.billing = { ...d.billing, mode: 'existing', profileId: 'bp-1' }), 'billingProfile', { id: 'bp-1' }],
    ['an existing profile not picked yet', (d) => (d.billing = { ...d.billing, mode: 'existing' }), 'billingProfile', {}],
    ['no billing choice yet', (d) => delete d.billing.mode, 'billingProfile', {}],
    ['a VAT id', (d) => (d.billing.newProfile.vatId = 'DE 123 456 789'), 'billingProfile', { new: { ...postgresDraft().billing.newProfile, vatId: 'DE 123 456 789' } }],
    ['storage as a number', (d) => (d.storageGb = 70), 'storageGb', 70],
    ['storage text that is no number', (d) => (d.storageGb = 'abc'), 'storageGb', 'abc'],
    ['blank storage', (d) => (d.storageGb = '  '), 'storageGb', undefined],
    ['a row invalid as typed, kept at its index', (d) => d.trustedSources.splice(1, 0, { address: '1.2.3' }), 'trustedSources',
      [{ cidr: '123.123.123.123/32', label: 'office' }, { cidr: '1.2.3' }, { cidr: '222.222.222.128/28' }]],
    ['host bits cleared', (d) => (d.trustedSources = [{ address: '222.222.222.130/28', label: '  ' }]), 'trustedSources', [{ cidr: '222.222.222.128/28' }]],
    ['no node type chosen: the size names it', (d) => ((d.nodeTypeId = undefined), (d.sizeId = 'mo-m')), 'nodeTypeId', 'memory-optimised'],
    ['an acceptance of a document of another service', (d) => (d.acceptedDocuments['service-description-iam'] = { version: '1.4', acceptedAt: ACCEPTED_AT }),
      'acceptedDocuments', buildOrder(builtInCatalog, postgresDraft(), { idempotencyKey: KEY }).acceptedDocuments],
    ['no partner', (d) => (d.partner = ''), 'meta', undefined],
  ];
  for (const [name, change, field, expected] of rows) {
    it(`${name} → ${field} ${JSON.stringify(expected)}`, () => {
      const draft = postgresDraft();
      change(draft);
      const order = buildOrder(builtInCatalog, draft, { idempotencyKey: KEY });
      expect(order[field]).to.deep.equal(expected);
      if (expected === undefined) expect(Object.hasOwn(order, field)).to.equal(false);
    });
  }

  it('never sends text typed but not added: the order is the one without it', () => {
    const draft = { ...postgresDraft(), pendingTrustedSource: ' 9.9.9.9' };
    const order = buildOrder(builtInCatalog, draft, { idempotencyKey: KEY });
    expect(order).to.deep.equal(buildOrder(builtInCatalog, postgresDraft(), { idempotencyKey: KEY }));
    expect(JSON.stringify(order)).not.to.contain('9.9.9.9');
  });

  it('leaves out what an empty draft lacks, so validateOrder says "required"', () => {
    expect(buildOrder(builtInCatalog, emptyDraft(), { idempotencyKey: KEY })).to.deep.equal({
      idempotencyKey: KEY, trustedSources: [], billingProfile: {}, acceptedDocuments: [],
    });
  });
});
