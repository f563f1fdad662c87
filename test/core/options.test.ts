import { expect } from '@open-wc/testing';
import { builtInCatalog } from '../../src/catalogs/built-in-catalog.js';
import { catalogInLocale } from '../../src/core/localized-text.js';
import { optionRecap } from '../../src/core/options.js';
import { validateOrder } from '../../src/core/order-validation.js';
import { formatOptionValue } from '../../src/i18n/format.js';
import { priceOrder } from '../../src/core/pricing.js';
import { describeIssue } from '../../src/i18n/describe-issue.js';
import '../../src/translations/de.js';
import { documentsFor, optionsFor, type Catalog } from '../../src/schema/catalog.js';
import { catalogWith } from './wizard.fixtures.js';

// Orders and catalogs are built and broken freely here, as a client's JSON would be.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

const NOW = new Date('2026-11-21T10:00:00Z');

/** A valid PostgreSQL order in Cologne (where high availability is offered) with `options`. */
function order(catalog: Catalog, changes: Raw = {}): Raw {
  const service = catalog.services.find((candidate) => candidate.id === (changes.serviceId ?? 'postgresql'))!;
  return {
    idempotencyKey: '0b6f2c3e-8d1a-4f5b-9c7e-2a4d6e8f0a1b',
    serviceId: service.id,
    version: service.versions[0],
    nodeTypeId: 'general-purpose',
    sizeId: 'gp-m',
    storageGb: 50,
    trustedSources: [{ cidr: '123.123.123.123/32' }],
    regionId: 'de-west-1',
    billingProfile: { id: 'bp-1' },
    acceptedDocuments: documentsFor(catalog, service).map((doc) => ({ id: doc.id, version: doc.version, acceptedAt: '2026-11-21T09:30:00Z' })),
    ...changes,
  };
}

/**
 * The built-in catalog with two more PostgreSQL options: `tier` (a required choice without default) and `audit` (a
 * toggle offered only with gp-m and gp-l and only when `tier` is `plus`).
 */
const catalog = catalogWith((input) => {
  input.services[2].options = [
    { id: 'tier', type: 'choice', label: 'Tier', required: true, choices: [{ id: 'basic', label: 'Basic' }, { id: 'plus', label: 'Plus' }] },
    { id: 'audit', type: 'toggle', label: 'Audit log', sizes: ['gp-m', 'gp-l'], when: { option: 'tier', values: ['plus'] } },
  ];
});
const withTier = (options: Raw) => ({ tier: 'basic', ...options });

describe('validateOrder: options', () => {
  it('accepts valid values and returns every offered option with its value, defaults filled in, text trimmed', () => {
    const result = validateOrder(catalog, order(catalog, { options: { tier: 'plus', audit: true, 'instance-name': ' orders-db ' } }), { now: NOW });
    expect(result.ok && result.order.options).to.deep.equal({
      'instance-name': 'orders-db', 'high-availability': false, 'backup-retention': 7, 'maintenance-window': 'sun-02', tier: 'plus', audit: true,
    });
  });

  it('accepts an order without options when no option is required without a default', () => {
    const result = validateOrder(builtInCatalog, order(builtInCatalog), { now: NOW });
    expect(result.ok && result.order.options).to.deep.equal({ 'high-availability': false, 'backup-retention': 7, 'maintenance-window': 'sun-02' });
  });

  // Every rule of an option's value, one row each: the order's options, and the issues at their paths.
  const rows: [string, Raw, Raw, [string, string][]][] = [
    ['wrong type: text for a toggle', {}, { 'high-availability': 'yes' }, [['options["high-availability"]', 'expected-boolean']]],
    ['wrong type: a number for a choice', {}, { 'maintenance-window': 2 }, [['options["maintenance-window"]', 'expected-text']]],
    ['wrong type: text for a number', {}, { 'backup-retention': '14' }, [['options["backup-retention"]', 'expected-number']]],
    ['wrong type: a number for a text', {}, { 'instance-name': 42 }, [['options["instance-name"]', 'expected-text']]],
    ['wrong type: an object', {}, { 'instance-name': { name: 'x' } }, [['options["instance-name"]', 'expected-text']]],
    ['a fraction for a whole number', {}, { 'backup-retention': 7.5 }, [['options["backup-retention"]', 'expected-whole-number']]],
    ['an unknown option', {}, { backups: 14 }, [['options.backups', 'unknown-option']]],
    ["another service's option", {}, { 'vulnerability-scanning': true }, [['options["vulnerability-scanning"]', 'unknown-option']]],
    ['an own "__proto__" key', {}, JSON.parse('{"__proto__": 1}'), [['options.__proto__', 'unknown-option']]],
    ['an unknown choice', {}, { 'maintenance-window': 'mon-02' }, [['options["maintenance-window"]', 'unknown-option-choice']]],
    ['below the range', {}, { 'backup-retention': 0 }, [['options["backup-retention"]', 'option-below-minimum']]],
    ['above the range', {}, { 'backup-retention': 42 }, [['options["backup-retention"]', 'option-above-maximum']]],
    ['off the step', {}, { 'backup-retention': 10 }, [['options["backup-retention"]', 'option-off-step']]],
    ['too short', {}, { 'instance-name': 'db' }, [['options["instance-name"]', 'option-too-short']]],
    ['too long', {}, { 'instance-name': 'd'.repeat(41) }, [['options["instance-name"]', 'option-too-long']]],
    ['pattern mismatch: capitals', {}, { 'instance-name': 'Orders-DB' }, [['options["instance-name"]', 'option-pattern-mismatch']]],
    ['pattern mismatch: a trailing hyphen', {}, { 'instance-name': 'orders-' }, [['options["instance-name"]', 'option-pattern-mismatch']]],
    ['pattern mismatch: a space inside', {}, { 'instance-name': 'orders db' }, [['options["instance-name"]', 'option-pattern-mismatch']]],
    // A control character is refused as such, before any pattern (every free text follows that rule).
    ['a newline inside', {}, { 'instance-name': 'orders\ndb' }, [['options["instance-name"]', 'text-control-character']]],
    ['required missing (a choice without default)', {}, {}, [['options.tier', 'option-required']]],
    ['required missing: null', {}, { tier: null }, [['options.tier', 'option-required']]],
    ['constraint: region', { regionId: 'de-north-1' }, { 'high-availability': true }, [['options["high-availability"]', 'option-not-in-region']]],
    ['constraint: size', { sizeId: 'gp-s' }, withTier({ tier: 'plus', audit: true }), [['options.audit', 'option-not-for-size']]],
    ['constraint: depends on another option', {}, withTier({ audit: true }), [['options.audit', 'option-needs-other']]],
    ['options not an object', {}, ['instance-name'], [['options', 'expected-object']]],
  ];
  for (const [name, changes, options, expected] of rows) {
    it(`${name} → ${expected.map(([path, code]) => `${path} ${code}`).join(', ')}`, () => {
      const rowCatalog = name.startsWith('required') || name.startsWith('constraint: size') || name.startsWith('constraint: dep') ? catalog : builtInCatalog;
      const result = validateOrder(rowCatalog, order(rowCatalog, { ...changes, options }), { now: NOW });
      expect(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code])).to.deep.equal(expected);
    });
  }

  it('says each problem in words with the option, its unit and choices', () => {
    const issues = (options: Raw, changes: Raw = {}, of = builtInCatalog) => {
      const result = validateOrder(of, order(of, { ...changes, options }), { now: NOW });
      return result.ok ? [] : result.issues.map((issue) => describeIssue(issue));
    };
    expect(issues({ 'backup-retention': 10 })).to.deep.equal(['Backup retention comes in steps of 7 days: choose 7 days or 14 days.']);
    expect(issues({ 'backup-retention': 42 })).to.deep.equal(['Choose at most 35 days for Backup retention.']);
    expect(issues({ 'maintenance-window': 'mon-02' })).to.deep.equal([
      '"mon-02" is not a choice of Maintenance window. Choose one of: Sunday 02:00–04:00, Saturday 02:00–04:00, Wednesday 03:00–05:00.',
    ]);
    expect(issues({ 'instance-name': 'db' })).to.deep.equal(['Instance name needs at least 3 characters.']);
    expect(issues({ 'high-availability': true }, { regionId: 'de-north-1' })).to.deep.equal([
      'High availability is not offered in the region Germany North (Hamburg).',
    ]);
    expect(issues(withTier({ audit: true }), {}, catalog)).to.deep.equal(['Audit log is only offered when Tier is Plus.']);
    const german = validateOrder(builtInCatalog, order(builtInCatalog, { options: { 'instance-name': 'db' } }), { now: NOW });
    expect(german.ok ? '' : describeIssue(german.issues[0]!, 'de')).to.equal('Instance name braucht mindestens 3 Zeichen.');
  });
});

describe('priceOrder: options, tax and hourly amounts', () => {
  const items = (price: ReturnType<typeof priceOrder>) => price.items.map((item) => [item.id, item.label, item.quantity, item.unitPrice, item.amount]);
  const base = { serviceId: 'postgresql', sizeId: 'gp-m', storageGb: 50, regionId: 'de-west-1' };

  it('prices a standby node (a factor on the node price) and leaves out options that add nothing', () => {
    const price = priceOrder(builtInCatalog, { ...base, options: { 'high-availability': true } });
    expect(items(price)).to.deep.equal([
      ['node', 'M', 1, '144.90', '144.90'], ['storage', 'Storage', 50, '0.12', '6.00'], ['option', 'High availability', 1, '144.90', '144.90'],
    ]);
    expect(price.total).to.equal('295.80');
  });

  it('prices no standby where it is not offered, and none for an invalid value', () => {
    expect(priceOrder(builtInCatalog, { ...base, regionId: 'de-north-1', options: { 'high-availability': true } }).total).to.equal('150.90');
    expect(priceOrder(builtInCatalog, { ...base, options: { 'high-availability': 'yes' } }).total).to.equal('150.90');
  });

  it("multiplies the node price by Keycloak's node count", () => {
    const price = priceOrder(builtInCatalog, { serviceId: 'keycloak', sizeId: 'gp-m', storageGb: 50, options: { nodes: 3 } });
    expect(items(price)[0]).to.deep.equal(['node', 'M', 3, '149.00', '447.00']);
    expect(price.total).to.equal('453.00');
  });

  it("adds Harbor's vulnerability scanning per month", () => {
    const price = priceOrder(builtInCatalog, { serviceId: 'harbor', sizeId: 'gp-s', storageGb: 50, options: { 'vulnerability-scanning': true } });
    expect(items(price).at(-1)).to.deep.equal(['option', 'Vulnerability scanning', 1, '29.00', '29.00']);
    expect(price.total).to.equal('131.00');
  });

  it('adds German VAT to net prices and shows hourly amounts at 730 hours a month, exactly', () => {
    const price = priceOrder(builtInCatalog, { ...base, options: { 'high-availability': true } });
    // 295.80 × 0.19 = 56.202 → 56.20; per hour 295.80 / 730 = 0.405205… and 352.00 / 730 = 0.482191…
    expect([price.net, price.tax?.amount, price.gross, price.tax?.label, price.tax?.included]).to.deep.equal(['295.80', '56.20', '352.00', 'VAT', false]);
    expect([price.show, price.hoursPerMonth, price.hourly]).to.deep.equal(['both', 730, { digits: 4, total: '0.4052', gross: '0.4822' }]);
  });

  /** One service with one size and the options of a row, in a catalog with the row's pricing. */
  const tiny = (size: string, options: Raw[], pricing: Raw = {}) => catalogWith((input) => {
    input.services = [{ ...input.services[1], sizes: [{ ...input.services[1].sizes[0], monthlyPrice: size }], options }];
    input.services[0].id = 'db';
    input.regions = [{ id: 'r', label: 'R', offers: [{ service: 'db' }] }];
    input.documents = [];
    input.options = [];
    input.pricing = pricing;
    input.storage = { minGb: 1, maxGb: 100, stepGb: 1, pricePerGbMonth: '0' };
  });

  // Rows where floats go wrong: each amount as a float computation would give it, and as it is.
  const rows: [string, Catalog, Raw, Record<string, string>][] = [
    // 74.90 × 1.15 is 86.13499999999999 in floats, which rounds to 86.13; exactly it is 86.135 → 86.14.
    ['a factor of 1.15 on 74.90', tiny('74.90', [{ id: 'f', type: 'toggle', label: 'F', price: { nodeFactor: '1.15' } }]), { f: true }, { total: '161.04' }],
    // 3 × 0.10 + 0.20 is 0.5000000000000001 in floats.
    ['0.10 per unit, 3 units, and 0.20 a month', tiny('0', [
      { id: 'n', type: 'number', label: 'N', min: 0, max: 10, price: { perUnit: '0.10' } },
      { id: 't', type: 'toggle', label: 'T', price: { monthly: '0.20' } },
    ]), { n: 3, t: true }, { total: '0.50' }],
    // 1.005 × 100 is 100.49999999999999 in floats: 19 % of 1.05 (0.1995) must round to 0.20, not 0.19.
    ['19 % on 1.05', tiny('1.05', [], { tax: { ratePercent: '19', label: 'VAT' } }), {}, { total: '1.05', tax: '0.20', gross: '1.25' }],
    // Gross 100.00 at 7.7 % included: net 92.85 (100 / 1.077 = 92.850510…), tax 7.15.
    ['7.7 % included in 100.00', tiny('100.00', [], { tax: { ratePercent: '7.7', label: 'MWST', included: true } }), {}, { total: '100.00', net: '92.85', tax: '7.15', gross: '100.00' }],
    // 0.07 / 730 h is 0.0000958…: hourly amounts keep two more digits than the currency, half up.
    ['hourly 0.07 at 730 h', tiny('0.07', [], { show: 'hourly' }), {}, { total: '0.07', hourly: '0.0001' }],
    ['hourly 999999.99 at 720 h', tiny('999999.99', [], { show: 'hourly', hoursPerMonth: 720 }), {}, { total: '999999.99', hourly: '1388.8889' }],
  ];
  for (const [name, rowCatalog, options, expected] of rows) {
    it(name, () => {
      const price = priceOrder(rowCatalog, { serviceId: 'db', sizeId: rowCatalog.services[0]!.sizes[0]!.id, options });
      const got: Record<string, string> = { total: price.total };
      if ('tax' in expected) got['tax'] = price.tax?.amount ?? '';
      if ('net' in expected) got['net'] = price.net;
      if ('gross' in expected) got['gross'] = price.gross;
      if ('hourly' in expected) got['hourly'] = price.hourly.total;
      expect(got).to.deep.equal(expected);
    });
  }
});

describe('optionRecap: what a recap lists', () => {
  // The catalog in a locale, as pages show it: units and labels are text.
  const english = catalogInLocale(builtInCatalog, 'en');
  const postgres = english.services.find((service) => service.id === 'postgresql')!;
  const words = { on: 'yes', off: 'no' };
  const recap = (values: Record<string, unknown>) =>
    optionRecap(optionsFor(english, postgres), values).map((entry) => [entry.option.id, formatOptionValue(entry, words)]);

  it("lists in the catalog's order, whatever order the values' keys have (a database's jsonb sorts them)", () => {
    expect(recap({ 'maintenance-window': 'sat-02', 'backup-retention': 14, 'high-availability': true, 'instance-name': 'orders-db' })).to.deep.equal([
      ['instance-name', 'orders-db'], ['high-availability', 'yes'], ['backup-retention', '14 days'], ['maintenance-window', 'Saturday 02:00–04:00'],
    ]);
  });

  it('gives defaults where no value is given, a toggle off, and leaves an empty text out', () => {
    const rows = recap({ 'instance-name': '' });
    expect(rows.map(([id]) => id)).to.not.include('instance-name');
    expect(rows).to.deep.include(['high-availability', 'no']);
  });
});
