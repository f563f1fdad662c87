import { expect } from '@open-wc/testing';
import { builtInCatalog } from '../../src/catalogs/built-in-catalog.js';
import { CLOCK_SKEW_MS, validateOrder, type OrderIssue } from '../../src/core/order-validation.js';
import { orderMessagesDe } from '../../src/i18n/locales/de.js';
import { orderMessagesEn } from '../../src/i18n/order.messages.js';
import { interpolate } from '../../src/i18n/translate.js';
import {
  documentsFor, isSizeOffered, storageRulesFor, type Catalog, type Service,
} from '../../src/schema/catalog.js';
import { catalogWith } from './wizard.fixtures.js';
import { COUNTRY_CODES, isIsoDateTime } from '../../src/schema/order.js';
import { describeIssue } from '../../src/i18n/describe-issue.js';

// Orders are built and broken freely here, as a client's JSON would be.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

const NOW = new Date('2026-11-21T10:00:00Z');
const ACCEPTED_AT = '2026-11-21T09:30:00Z';
const KEY = '0b6f2c3e-8d1a-4f5b-9c7e-2a4d6e8f0a1b';

/** A valid order for a service of a catalog: first version, the first size offered in the first region offering it. */
function orderFor(catalog: Catalog, service: Service): Raw {
  for (const region of catalog.regions) {
    const size = service.sizes.find((candidate) => isSizeOffered(service, candidate, region));
    if (!size) continue;
    return {
      idempotencyKey: KEY,
      serviceId: service.id,
      version: service.versions[0],
      nodeTypeId: size.nodeType,
      sizeId: size.id,
      storageGb: storageRulesFor(catalog, service).minGb,
      trustedSources: [{ cidr: '123.123.123.123/32', label: 'office' }, { cidr: '222.222.222.128/28' }],
      regionId: region.id,
      availabilityZoneId: region.availabilityZones[0]?.id,
      billingProfile: { id: 'bp-1' },
      acceptedDocuments: documentsFor(catalog, service).map((doc) => ({ id: doc.id, version: doc.version, acceptedAt: ACCEPTED_AT })),
    };
  }
  throw new Error(`${service.id} is offered nowhere`);
}

/** The built-in PostgreSQL order in de-west-1 (general purpose S, 50 GB). */
function postgresOrder(): Raw {
  const order = orderFor(builtInCatalog, builtInCatalog.services.find((service) => service.id === 'postgresql')!);
  expect(order.regionId).to.equal('de-west-1');
  return order;
}

const NEW_PROFILE = {
  company: 'Example GmbH',
  contactName: 'Erika Mustermann',
  email: 'erika@example.com',
  street: 'Domstraße 1',
  postalCode: '50667',
  city: 'Köln',
  country: 'DE',
};


const pairs = (issues: readonly OrderIssue[]) => issues.map((issue) => [issue.path, issue.code]);

function problems(input: unknown, catalog: Catalog = builtInCatalog, options: Parameters<typeof validateOrder>[2] = { now: NOW }): string[][] {
  const result = validateOrder(catalog, input, options);
  return result.ok ? [] : pairs(result.issues);
}

/** name, how to break the PostgreSQL order, the [path, code] of every issue expected. */
type Row = [string, (order: Raw) => void, string[][]];

function runRows(rows: Row[], catalog?: () => Catalog, options?: Parameters<typeof validateOrder>[2]) {
  for (const [name, breakIt, expected] of rows) {
    it(`${name} → ${expected.map(([path, code]) => `${path} ${code}`).join(', ') || 'valid'}`, () => {
      const order = postgresOrder();
      breakIt(order);
      expect(problems(order, catalog?.(), options ?? { now: NOW })).to.deep.equal(expected);
    });
  }
}

describe('validateOrder: a valid order for each built-in service', () => {
  for (const service of builtInCatalog.services) {
    it(`accepts an order for ${service.id}`, () => {
      const input = orderFor(builtInCatalog, service);
      const result = validateOrder(builtInCatalog, input, { now: NOW, billingProfiles: [{ id: 'bp-1' }] });
      expect(result.ok ? [] : pairs(result.issues)).to.deep.equal([]);
      if (!result.ok) return;
      expect(result.order.serviceId).to.equal(service.id);
      expect(result.order.acceptedDocuments.map((doc) => doc.id)).to.deep.equal(documentsFor(builtInCatalog, service).map((doc) => doc.id));
      expect(result.order.acceptedDocuments.length).to.be.greaterThan(2);
    });
  }

  it('accepts an order without billing profile list (the server checks the id) and without a zone', () => {
    const order = postgresOrder();
    delete order.availabilityZoneId;
    order.billingProfile = { id: 'any-profile' };
    expect(problems(order, builtInCatalog, { now: NOW })).to.deep.equal([]);
  });
});

describe('validateOrder: normalisation', () => {
  it('returns trimmed strings and canonical values', () => {
    const order = postgresOrder();
    order.idempotencyKey = KEY.toUpperCase();
    order.serviceId = ' postgresql ';
    order.trustedSources[0].label = '  office  ';
    order.trustedSources[1].label = '   ';
    order.billingProfile = {
      new: { ...NEW_PROFILE, company: '  Example GmbH ', email: ' erika@example.com ', country: 'de', vatId: ' de 123.456-789 ' },
    };
    order.acceptedDocuments[0].acceptedAt = '2026-11-21T10:30:00.123+01:00';
    order.meta = { partner: ' reseller-7 ' };
    const result = validateOrder(builtInCatalog, order, { now: NOW });
    expect(result.ok ? [] : pairs(result.issues)).to.deep.equal([]);
    if (!result.ok) return;
    expect(result.order.idempotencyKey).to.equal(KEY);
    expect(result.order.serviceId).to.equal('postgresql');
    expect(result.order.trustedSources).to.deep.equal([{ cidr: '123.123.123.123/32', label: 'office' }, { cidr: '222.222.222.128/28' }]);
    expect(result.order.billingProfile).to.deep.equal({
      new: { ...NEW_PROFILE, country: 'DE', vatId: 'DE123456789' },
    });
    expect(result.order.acceptedDocuments[0]!.acceptedAt).to.equal('2026-11-21T09:30:00.123Z');
    expect(result.order.meta).to.deep.equal({ partner: 'reseller-7' });
  });

  it('drops an empty VAT id', () => {
    const order = postgresOrder();
    order.billingProfile = { new: { ...NEW_PROFILE, vatId: '  ' } };
    const result = validateOrder(builtInCatalog, order, { now: NOW });
    expect(result.ok && result.order.billingProfile).to.deep.equal({ new: NEW_PROFILE });
  });

  it('does not change the input', () => {
    const order = postgresOrder();
    order.idempotencyKey = KEY.toUpperCase();
    const copy = structuredClone(order);
    validateOrder(builtInCatalog, order, { now: NOW });
    expect(order).to.deep.equal(copy);
  });
});

describe('validateOrder: input that is not an object', () => {
  for (const input of [null, undefined, 'order', 42, []]) {
    it(`refuses ${JSON.stringify(input) ?? 'undefined'}`, () => {
      const result = validateOrder(builtInCatalog, input);
      expect(result.ok ? [] : pairs(result.issues)).to.deep.equal([['', 'order-not-an-object']]);
      expect(result.ok ? '' : describeIssue(result.issues[0]!)).to.equal('The order must be an object with the order fields.');
    });
  }
});

describe('validateOrder: shape', () => {
  runRows([
    ['idempotency key missing', (o) => delete o.idempotencyKey, [['idempotencyKey', 'required']]],
    ['idempotency key not a UUID', (o) => (o.idempotencyKey = 'order-1'), [['idempotencyKey', 'invalid-idempotency-key']]],
    ['idempotency key without hyphens', (o) => (o.idempotencyKey = KEY.replaceAll('-', '')), [['idempotencyKey', 'invalid-idempotency-key']]],
    ['idempotency key in braces', (o) => (o.idempotencyKey = `{${KEY}}`), [['idempotencyKey', 'invalid-idempotency-key']]],
    ['an unknown top-level key', (o) => (o.discount = 50), [['discount', 'unknown-key']]],
    ['an unknown key in the new profile', (o) => (o.billingProfile = { new: { ...NEW_PROFILE, phone: '1' } }), [['billingProfile.new.phone', 'unknown-key']]],
    ['an unknown key in meta', (o) => (o.meta = { partner: 'p', campaign: 'x' }), [['meta.campaign', 'unknown-key']]],
    ['service id missing', (o) => delete o.serviceId, [['serviceId', 'required']]],
    ['service id blank', (o) => (o.serviceId = '  '), [['serviceId', 'empty-text']]],
    ['trusted sources not a list', (o) => (o.trustedSources = '1.2.3.4/32'), [['trustedSources', 'expected-list']]],
    ['a trusted source as a bare string', (o) => (o.trustedSources = ['1.2.3.4/32']), [['trustedSources[0]', 'expected-object']]],
    ['a trusted source label too long', (o) => (o.trustedSources[0].label = 'x'.repeat(101)), [['trustedSources[0].label', 'text-too-long']]],
    ['confirmation as text', (o) => (o.trustedSourcesConfirmWholeInternet = 'yes'), [['trustedSourcesConfirmWholeInternet', 'expected-boolean']]],
  ]);

  it('refuses "__proto__" and "constructor" keys from JSON.parse and pollutes nothing', () => {
    const json = JSON.stringify(postgresOrder())
      .replace(/^\{/, '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},')
      .replace('"id":"bp-1"', '"id":"bp-1","__proto__":{"polluted":"yes"}');
    expect(problems(JSON.parse(json))).to.deep.equal([
      ['billingProfile.__proto__', 'unknown-key'],
      ['__proto__', 'unknown-key'],
      ['constructor', 'unknown-key'],
    ]);
    expect(({} as Raw).polluted).to.equal(undefined);
    expect(Object.prototype).not.to.have.property('polluted');
  });
});

describe('validateOrder: service, version, node type, size, region', () => {
  runRows([
    ['an unknown service', (o) => (o.serviceId = 'oracle'), [['serviceId', 'unknown-service']]],
    ['a version not offered', (o) => (o.version = '9.6'), [['version', 'unknown-version']]],
    ['a node type of no service', (o) => (o.nodeTypeId = 'gpu'), [['nodeTypeId', 'unknown-node-type']]],
    ['a size of no service', (o) => (o.sizeId = 'gp-xxl'), [['sizeId', 'unknown-size']]],
    ['a size of another node type', (o) => (o.nodeTypeId = 'memory-optimised'), [['sizeId', 'size-node-type-mismatch']]],
    ['an unknown region', (o) => (o.regionId = 'us-east-1'), [['regionId', 'unknown-region']]],
    ['a zone of another region', (o) => (o.availabilityZoneId = 'de-north-1a'), [['availabilityZoneId', 'unknown-availability-zone']]],
    [
      'a size not offered in the region (size.regions)',
      (o) => ((o.sizeId = 'gp-xl'), (o.regionId = 'de-north-1'), (o.availabilityZoneId = 'de-north-1a')),
      [['sizeId', 'size-not-in-region']],
    ],
  ]);

  it('names the choices in the version message', () => {
    const order = postgresOrder();
    order.version = '9.6';
    const result = validateOrder(builtInCatalog, order, { now: NOW });
    expect(result.ok ? '' : describeIssue(result.issues[0]!)).to.equal('Version "9.6" of PostgreSQL is not offered. Choose one of: 17, 16, 15, 14.');
  });

  it('refuses a Harbor size the region leaves out (region offers)', () => {
    const order = orderFor(builtInCatalog, builtInCatalog.services.find((service) => service.id === 'harbor')!);
    Object.assign(order, { nodeTypeId: 'memory-optimised', sizeId: 'mo-m', regionId: 'de-north-1', availabilityZoneId: 'de-north-1b' });
    const result = validateOrder(builtInCatalog, order, { now: NOW });
    expect(result.ok ? [] : pairs(result.issues)).to.deep.equal([['sizeId', 'size-not-in-region']]);
    expect(result.ok ? '' : describeIssue(result.issues[0]!)).to.equal(
      'The size M (4 vCPU, 32 GiB RAM) is not offered in the region Germany North (Hamburg). Choose another size or region.',
    );
  });

  it('refuses a region that does not offer the service', () => {
    const catalog = catalogWith((input) => {
      input.regions[1].offers = input.regions[1].offers.filter((offer: Raw) => offer.service !== 'postgresql');
    });
    const order = postgresOrder();
    Object.assign(order, { regionId: 'de-north-1', availabilityZoneId: 'de-north-1a' });
    expect(problems(order, catalog)).to.deep.equal([['regionId', 'service-not-in-region']]);
  });
});

describe('validateOrder: storage', () => {
  runRows([
    ['storage as text "50"', (o) => (o.storageGb = '50'), [['storageGb', 'storage-not-a-number']]],
    ['storage NaN', (o) => (o.storageGb = NaN), [['storageGb', 'storage-not-a-number']]],
    ['storage Infinity', (o) => (o.storageGb = Infinity), [['storageGb', 'storage-not-a-number']]],
    ['storage null', (o) => (o.storageGb = null), [['storageGb', 'storage-not-a-number']]],
    ['storage missing', (o) => delete o.storageGb, [['storageGb', 'storage-not-a-number']]],
    ['storage negative', (o) => (o.storageGb = -10), [['storageGb', 'storage-below-minimum']]],
    ['storage 49 GB', (o) => (o.storageGb = 49), [['storageGb', 'storage-below-minimum']]],
    ['storage 50.5 GB', (o) => (o.storageGb = 50.5), [['storageGb', 'storage-off-step']]],
    ['storage 55 GB', (o) => (o.storageGb = 55), [['storageGb', 'storage-off-step']]],
    ['storage 2001 GB', (o) => (o.storageGb = 2001), [['storageGb', 'storage-above-maximum']]],
    ['storage 2000 GB', (o) => (o.storageGb = 2000), []],
    ['storage 60 GB', (o) => (o.storageGb = 60), []],
  ]);

  it('offers the neighbouring steps', () => {
    const order = postgresOrder();
    order.storageGb = 55;
    const result = validateOrder(builtInCatalog, order, { now: NOW });
    expect(result.ok ? {} : result.issues[0]!.params).to.deep.equal({ step: 10, lower: 50, upper: 60 });
    expect(result.ok ? '' : describeIssue(result.issues[0]!)).to.equal('Storage comes in steps of 10 GB: choose 50 GB or 60 GB.');
  });

  it("uses the service's own storage rules (Harbor: up to 10,000 GB in steps of 50)", () => {
    const order = orderFor(builtInCatalog, builtInCatalog.services.find((service) => service.id === 'harbor')!);
    order.storageGb = 10000;
    expect(problems(order)).to.deep.equal([]);
    order.storageGb = 60;
    expect(problems(order)).to.deep.equal([['storageGb', 'storage-off-step']]);
  });
});

describe('validateOrder: trusted sources', () => {
  runRows([
    ['no trusted source', (o) => (o.trustedSources = []), [['trustedSources', 'none']]],
    ['an invalid address', (o) => (o.trustedSources[1].cidr = '222.222.222'), [['trustedSources[1]', 'shortened-ipv4']]],
    ['host bits set', (o) => (o.trustedSources[1].cidr = '222.222.222.130/28'), [['trustedSources[1]', 'trusted-source-not-canonical']]],
    ['a bare address', (o) => (o.trustedSources[0].cidr = '123.123.123.123'), [['trustedSources[0]', 'trusted-source-not-canonical']]],
    ['surrounding spaces', (o) => (o.trustedSources[0].cidr = ' 123.123.123.123/32'), [['trustedSources[0]', 'trusted-source-not-canonical']]],
    ['IPv6 not in RFC 5952 form', (o) => (o.trustedSources[0].cidr = '2a00:1450:4001:0000::/64'), [['trustedSources[0]', 'trusted-source-not-canonical']]],
    ['IPv6 in canonical form', (o) => (o.trustedSources[0].cidr = '2a00:1450:4001::/64'), []],
    ['a duplicate', (o) => (o.trustedSources[1].cidr = '123.123.123.123/32'), [['trustedSources[0]', 'duplicate'], ['trustedSources[1]', 'duplicate']]],
    ['the whole internet (not allowed)', (o) => (o.trustedSources[1].cidr = '0.0.0.0/0'), [['trustedSources[1]', 'whole-internet']]],
  ]);

  it('keeps the message of the trusted-sources check', () => {
    const order = postgresOrder();
    order.trustedSources = [];
    const result = validateOrder(builtInCatalog, order, { now: NOW });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(describeIssue(result.issues[0]!)).to.be.a('string').and.not.equal('');
    expect(describeIssue(result.issues[0]!)).not.to.match(/invalid input/i);
  });

  it('says the canonical form', () => {
    const order = postgresOrder();
    order.trustedSources[1].cidr = '222.222.222.130/28';
    const result = validateOrder(builtInCatalog, order, { now: NOW });
    expect(result.ok ? '' : describeIssue(result.issues[0]!)).to.equal('Enter "222.222.222.130/28" in its exact form 222.222.222.128/28.');
  });

  describe('with service rules', () => {
    const catalog = catalogWith((input) => {
      const postgresql = input.services.find((service: Raw) => service.id === 'postgresql');
      postgresql.trustedSources = { maxEntries: 2, allowIpv6: false, allowAnyAddress: true };
    });
    runRows(
      [
        ['more entries than allowed', (o) => o.trustedSources.push({ cidr: '198.51.100.0/24' }), [['trustedSources', 'too-many']]],
        ['IPv6 where not allowed', (o) => (o.trustedSources[1].cidr = '2a00:1450:4001::/64'), [['trustedSources[1]', 'ipv6-not-allowed']]],
        [
          'the whole internet without confirmation',
          (o) => (o.trustedSources = [{ cidr: '0.0.0.0/0' }]),
          [['trustedSourcesConfirmWholeInternet', 'whole-internet-not-confirmed']],
        ],
        [
          'the whole internet confirmed',
          (o) => ((o.trustedSources = [{ cidr: '0.0.0.0/0' }]), (o.trustedSourcesConfirmWholeInternet = true)),
          [],
        ],
        [
          'the whole internet, confirmation false',
          (o) => ((o.trustedSources = [{ cidr: '0.0.0.0/1' }, { cidr: '128.0.0.0/1' }]), (o.trustedSourcesConfirmWholeInternet = false)),
          [['trustedSourcesConfirmWholeInternet', 'whole-internet-not-confirmed']],
        ],
      ],
      () => catalog,
    );

    it('names what covers the whole internet', () => {
      const order = postgresOrder();
      order.trustedSources = [{ cidr: '0.0.0.0/1' }, { cidr: '128.0.0.0/1' }];
      const result = validateOrder(catalog, order, { now: NOW });
      expect(result.ok ? '' : describeIssue(result.issues[0]!)).to.equal(
        'Confirm that the service may be reached from the whole internet, or remove 0.0.0.0/1, 128.0.0.0/1.',
      );
    });
  });
});

describe('validateOrder: documents', () => {
  runRows([
    ['a required document left out', (o) => o.acceptedDocuments.splice(1, 1), [['acceptedDocuments', 'document-not-accepted']]],
    [
      'no documents at all',
      (o) => (o.acceptedDocuments = []),
      [['acceptedDocuments', 'document-not-accepted'], ['acceptedDocuments', 'document-not-accepted'], ['acceptedDocuments', 'document-not-accepted']],
    ],
    ['an outdated version', (o) => (o.acceptedDocuments[0].version = '2'), [['acceptedDocuments[0].version', 'document-version-outdated']]],
    ['an unknown document', (o) => o.acceptedDocuments.push({ id: 'cookie-policy', version: '1', acceptedAt: ACCEPTED_AT }), [['acceptedDocuments[3].id', 'unknown-document']]],
    ['a document twice', (o) => o.acceptedDocuments.push({ ...o.acceptedDocuments[0] }), [['acceptedDocuments[3]', 'duplicate-document']]],
    [
      "another kind's service description",
      (o) => o.acceptedDocuments.push({ id: 'service-description-registry', version: '1.2', acceptedAt: ACCEPTED_AT }),
      [['acceptedDocuments[3].id', 'document-not-applicable']],
    ],
    ['acceptedAt not a date', (o) => (o.acceptedDocuments[0].acceptedAt = 'yesterday'), [['acceptedDocuments[0].acceptedAt', 'invalid-date-time']]],
    ['acceptedAt on 30 February', (o) => (o.acceptedDocuments[0].acceptedAt = '2026-02-30T10:00:00Z'), [['acceptedDocuments[0].acceptedAt', 'invalid-date-time']]],
    ['acceptedAt without time zone', (o) => (o.acceptedDocuments[0].acceptedAt = '2026-11-21T09:30:00'), [['acceptedDocuments[0].acceptedAt', 'invalid-date-time']]],
    ['acceptedAt as epoch number', (o) => (o.acceptedDocuments[0].acceptedAt = 1763717400000), [['acceptedDocuments[0].acceptedAt', 'invalid-date-time']]],
    [
      'acceptedAt beyond the clock skew',
      (o) => (o.acceptedDocuments[0].acceptedAt = new Date(NOW.getTime() + CLOCK_SKEW_MS + 1000).toISOString()),
      [['acceptedDocuments[0].acceptedAt', 'document-accepted-in-future']],
    ],
    ['acceptedAt within the clock skew', (o) => (o.acceptedDocuments[0].acceptedAt = new Date(NOW.getTime() + 60_000).toISOString()), []],
  ]);

  it('names the missing document and its version', () => {
    const order = postgresOrder();
    order.acceptedDocuments = order.acceptedDocuments.filter((doc: Raw) => doc.id !== 'dpa');
    const result = validateOrder(builtInCatalog, order, { now: NOW });
    expect(result.ok ? '' : describeIssue(result.issues[0]!)).to.equal('Accept "Data Processing Agreement" (version 2.1).');
    expect(result.ok ? {} : result.issues[0]!.params).to.deep.equal({ id: 'dpa', title: 'Data Processing Agreement', version: '2.1' });
  });

  it('uses the current time when no `now` is given', () => {
    const order = postgresOrder();
    order.acceptedDocuments[0].acceptedAt = new Date(Date.now() + 3_600_000).toISOString();
    expect(problems(order, builtInCatalog, {})).to.deep.equal([['acceptedDocuments[0].acceptedAt', 'document-accepted-in-future']]);
  });
});

describe('validateOrder: billing profile', () => {
  const withNew = (change: Record<string, unknown>) => (o: Raw) => (o.billingProfile = { new: { ...NEW_PROFILE, ...change } });
  const without = (key: string) => (o: Raw) => {
    const profile: Raw = { ...NEW_PROFILE };
    delete profile[key];
    o.billingProfile = { new: profile };
  };
  runRows([
    ['neither id nor new', (o) => (o.billingProfile = {}), [['billingProfile', 'billing-profile-missing']]],
    ['both id and new', (o) => (o.billingProfile = { id: 'bp-1', new: NEW_PROFILE }), [['billingProfile', 'billing-profile-ambiguous']]],
    ['a blank id', (o) => (o.billingProfile = { id: '  ' }), [['billingProfile.id', 'empty-text']]],
    ['billing profile missing', (o) => delete o.billingProfile, [['billingProfile', 'required']]],
    ['a complete new profile', withNew({}), []],
    ['a blank company', withNew({ company: '   ' }), [['billingProfile.new.company', 'company-missing']]],
    ['no company', without('company'), [['billingProfile.new.company', 'company-missing']]],
    ['no contact name', without('contactName'), [['billingProfile.new.contactName', 'contact-name-missing']]],
    ['no email', withNew({ email: '' }), [['billingProfile.new.email', 'email-missing']]],
    ['an email without domain', withNew({ email: 'erika@' }), [['billingProfile.new.email', 'email-invalid']]],
    ['an email with a space', withNew({ email: 'erika mustermann@example.com' }), [['billingProfile.new.email', 'email-invalid']]],
    ['an email without a dot in the domain', withNew({ email: 'erika@localhost' }), [['billingProfile.new.email', 'email-invalid']]],
    ['an email with two @', withNew({ email: 'erika@@example.com' }), [['billingProfile.new.email', 'email-invalid']]],
    ['a blank street', withNew({ street: ' ' }), [['billingProfile.new.street', 'street-missing']]],
    ['no postal code', withNew({ postalCode: '' }), [['billingProfile.new.postalCode', 'postal-code-missing']]],
    ['no city', without('city'), [['billingProfile.new.city', 'city-missing']]],
    ['no country', without('country'), [['billingProfile.new.country', 'country-unknown']]],
    ['a country name', withNew({ country: 'Germany' }), [['billingProfile.new.country', 'country-unknown']]],
    ['a user-assigned code (XK)', withNew({ country: 'XK' }), [['billingProfile.new.country', 'country-unknown']]],
    ['UK instead of GB', withNew({ country: 'UK' }), [['billingProfile.new.country', 'country-unknown']]],
    ['a lower-case country', withNew({ country: 'at' }), []],
    ['a VAT id without prefix', withNew({ vatId: '123456789' }), [['billingProfile.new.vatId', 'vat-id-invalid']]],
    ['a VAT id too short', withNew({ vatId: 'DE1' }), [['billingProfile.new.vatId', 'vat-id-invalid']]],
    ['a Swiss VAT id', withNew({ vatId: 'CHE-123.456.789 MWST' }), []],
    ['a company of the wrong type', withNew({ company: 42 }), [['billingProfile.new.company', 'company-missing']]],
  ]);

  describe('with the customer\'s profiles', () => {
    runRows(
      [
        ['an existing profile', (o) => (o.billingProfile = { id: 'bp-2' }), []],
        ['a profile of someone else', (o) => (o.billingProfile = { id: 'bp-9' }), [['billingProfile.id', 'unknown-billing-profile']]],
        ['a new profile', withNew({}), []],
      ],
      undefined,
      { now: NOW, billingProfiles: [{ id: 'bp-1' }, { id: 'bp-2' }] },
    );
  });

  it('knows the 249 officially assigned country codes', () => {
    expect(COUNTRY_CODES.size).to.equal(249);
    for (const code of ['DE', 'AT', 'CH', 'GB', 'US', 'AX', 'BQ', 'SS', 'ZW']) expect(COUNTRY_CODES.has(code), code).to.equal(true);
    for (const code of ['XK', 'UK', 'EU', 'EL', 'AN', 'de']) expect(COUNTRY_CODES.has(code), code).to.equal(false);
  });
});

describe('validateOrder: free text (no control or bidi characters)', () => {
  const withNew = (change: Record<string, unknown>) => (o: Raw) => (o.billingProfile = { new: { ...NEW_PROFILE, ...change } });
  const at = (field: string) => `billingProfile.new.${field}`;
  runRows([
    ['a company with NUL', withNew({ company: 'Example\u0000 GmbH' }), [[at('company'), 'text-control-character']]],
    ['a company with RLO (U+202E)', withNew({ company: 'Example \u202eHbmG' }), [[at('company'), 'text-bidi-control']]],
    ['a contact name with ESC (U+001B)', withNew({ contactName: 'Erika\u001b[2J' }), [[at('contactName'), 'text-control-character']]],
    ['a contact name with RLI (U+2067)', withNew({ contactName: '\u2067Erika' }), [[at('contactName'), 'text-bidi-control']]],
    ['a street with NEL (U+0085)', withNew({ street: 'Domstraße\u0085 1' }), [[at('street'), 'text-control-character']]],
    ['a street with a line break inside', withNew({ street: 'Domstraße 1\nHinterhaus' }), [[at('street'), 'text-control-character']]],
    ['a postal code with NUL', withNew({ postalCode: '50667\u0000' }), [[at('postalCode'), 'text-control-character']]],
    ['a city with PDI (U+2069)', withNew({ city: 'Köln\u2069' }), [[at('city'), 'text-bidi-control']]],
    ['an email with NUL', withNew({ email: 'erika\u0000@example.com' }), [[at('email'), 'text-control-character']]],
    ['a VAT id with U+202E', withNew({ vatId: 'DE\u202e123456789' }), [[at('vatId'), 'text-bidi-control']]],
    ['a VAT id with NUL', withNew({ vatId: 'DE123456789\u0000' }), [[at('vatId'), 'text-control-character']]],
    ['a billing profile id with NUL', (o) => (o.billingProfile = { id: 'bp-1\u0000' }), [['billingProfile.id', 'text-control-character']]],
    ['a trusted-source label with NUL', (o) => (o.trustedSources[0].label = 'office\u0000'), [['trustedSources[0].label', 'text-control-character']]],
    ['a trusted-source label with U+202E', (o) => (o.trustedSources[0].label = 'office \u202eVPN'), [['trustedSources[0].label', 'text-bidi-control']]],
    ['a trusted-source label with U+2067', (o) => (o.trustedSources[1].label = '\u2067vpn\u2069'), [['trustedSources[1].label', 'text-bidi-control']]],
    ['a partner with ESC', (o) => (o.meta = { partner: 'acme\u001b' }), [['meta.partner', 'text-control-character']]],
    ['a partner with U+0085', (o) => (o.meta = { partner: 'acme\u0085' }), [['meta.partner', 'text-control-character']]],
    ['a text option with NUL', (o) => (o.options = { 'instance-name': 'db\u0000one' }), [['options["instance-name"]', 'text-control-character']]],
    ['a text option with U+202E', (o) => (o.options = { 'instance-name': 'db-\u202eeno' }), [['options["instance-name"]', 'text-bidi-control']]],
    ['a document version with NUL', (o) => (o.acceptedDocuments[0].version += '\u0000'), [['acceptedDocuments[0].version', 'text-control-character']]],
    ['a service id with U+2066', (o) => (o.serviceId = '\u2066postgresql'), [['serviceId', 'text-bidi-control']]],
    [
      'LRM/RLM, umlauts, emoji, CJK and Arabic',
      withNew({ company: 'Größe & Söhne 😀 株式会社', contactName: '\u200fمريم\u200f', street: 'Ulica Łódzka 1 \u200e', city: '東京' }),
      [],
    ],
    ['a tab and a line break around a text (trimmed)', withNew({ company: '\tExample GmbH\n' }), []],
  ]);

  it('names the character as U+XXXX in its params and in every language', () => {
    const order = postgresOrder();
    order.trustedSources[0].label = 'office \u202eVPN';
    order.billingProfile = { new: { ...NEW_PROFILE, company: 'Example\u0000 GmbH' } };
    const result = validateOrder(builtInCatalog, order, { now: NOW });
    expect(result.ok).to.equal(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).to.deep.include({ path: 'trustedSources[0].label', code: 'text-bidi-control', params: { character: 'U+202E' } });
    expect(issues).to.deep.include({ path: 'billingProfile.new.company', code: 'text-control-character', params: { character: 'U+0000' } });
    for (const locale of ['en', 'de', 'fr', 'nl', 'pl']) {
      for (const issue of issues) expect(describeIssue(issue, locale)).to.include(issue.params!['character']!);
    }
    expect(describeIssue(issues.find((issue) => issue.code === 'text-bidi-control')!, 'en')).to.equal(
      'Remove the invisible character (U+202E) that changes the reading direction of this text.',
    );
  });

  it('keeps the clean text as given (trimmed), LRM included', () => {
    const order = postgresOrder();
    order.trustedSources[0].label = ' \u200eoffice ';
    const result = validateOrder(builtInCatalog, order, { now: NOW });
    expect(result.ok && result.order.trustedSources[0]!.label).to.equal('\u200eoffice');
  });
});

describe('validateOrder: every problem at once', () => {
  it('collects all issues, not just the first', () => {
    const order = postgresOrder();
    order.idempotencyKey = 'nope';
    order.version = '9.6';
    order.storageGb = 49;
    order.trustedSources[1].cidr = '222.222.222.130/28';
    order.billingProfile = { new: { ...NEW_PROFILE, email: 'erika@', country: 'XX' } };
    order.acceptedDocuments.pop();
    expect(problems(order)).to.deep.equal([
      ['idempotencyKey', 'invalid-idempotency-key'],
      ['billingProfile.new.email', 'email-invalid'],
      ['billingProfile.new.country', 'country-unknown'],
      ['version', 'unknown-version'],
      ['storageGb', 'storage-below-minimum'],
      ['trustedSources[1]', 'trusted-source-not-canonical'],
      ['acceptedDocuments', 'document-not-accepted'],
    ]);
  });
});

describe('validateOrder: messages', () => {
  it('builds every message from the English catalog, in plain words', () => {
    const order = postgresOrder();
    Object.assign(order, { version: '1', storageGb: 55, regionId: 'x', billingProfile: {}, colour: 'red' });
    const result = validateOrder(builtInCatalog, order, { now: NOW });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    for (const issue of result.issues) {
      const template = orderMessagesEn[issue.code as keyof typeof orderMessagesEn];
      expect(describeIssue(issue)).to.equal(interpolate(template, issue.params, 'en'));
      expect(describeIssue(issue)).not.to.match(/\{\w+\}|invalid input/i);
    }
  });

  it('has a German message for every English one, with the same placeholders', () => {
    const placeholders = (template: unknown) => [...JSON.stringify(template).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(orderMessagesDe).sort()).to.deep.equal(Object.keys(orderMessagesEn).sort());
    for (const [code, template] of Object.entries(orderMessagesEn)) {
      const german = orderMessagesDe[code as keyof typeof orderMessagesDe];
      expect(placeholders(german), code).to.deep.equal(placeholders(template));
      expect(JSON.stringify(german), code).not.to.equal(JSON.stringify(template));
    }
  });

  it('renders German messages with the same params', () => {
    const order = postgresOrder();
    order.storageGb = 1055;
    const result = validateOrder(builtInCatalog, order, { now: NOW });
    const issue = result.ok ? undefined : result.issues[0];
    expect(issue?.code).to.equal('storage-off-step');
    expect(interpolate(orderMessagesDe['storage-off-step'], issue?.params, 'de')).to.equal(
      'Speicher gibt es in Schritten von 10 GB: Wählen Sie 1.050 GB oder 1.060 GB.',
    );
  });
});

describe('isIsoDateTime', () => {
  const rows: [string, boolean][] = [
    ['2026-11-21T09:30:00Z', true],
    ['2026-11-21T09:30Z', true],
    ['2026-11-21T09:30:00.123456789+01:00', true],
    ['2024-02-29T00:00:00Z', true],
    ['2026-02-29T00:00:00Z', false],
    ['2100-02-29T00:00:00Z', false],
    ['2000-02-29T00:00:00Z', true],
    ['2026-13-01T00:00:00Z', false],
    ['2026-11-21T24:00:00Z', false],
    ['2026-11-21T09:60:00Z', false],
    ['2026-11-21T09:30:60Z', false],
    ['2026-11-21 09:30:00Z', false],
    ['2026-11-21T09:30:00z', false],
    ['2026-11-21T09:30:00+0100', false],
    ['2026-11-21', false],
  ];
  for (const [text, valid] of rows) {
    it(`${text} is ${valid ? '' : 'not '}a date-time`, () => {
      expect(isIsoDateTime(text)).to.equal(valid);
    });
  }
});
