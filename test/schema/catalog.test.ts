import { expect } from '@open-wc/testing';
import { describeCatalogIssue, formatCatalogIssues } from '../../src/i18n/describe-issue.js';
import {
  currencyDigits, documentsFor, findService, isHttpsUrl, isSizeOffered, parseCatalog, regionsFor,
  storageRulesFor, trustedSourceRulesFor, type Catalog, type CatalogIssue,
} from '../../src/schema/catalog.js';

// Raw catalogs are built and broken freely here, as an integrator's JSON would be.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

/** A small valid catalog: two services, two regions (North offers Keycloak's size `s` only), two documents. */
function base(): Raw {
  return {
    currency: 'EUR',
    storage: { minGb: 50, maxGb: 1000, stepGb: 10, pricePerGbMonth: '0.10' },
    services: [
      {
        id: 'keycloak',
        kind: 'iam',
        name: 'Keycloak',
        versions: ['26', '25'],
        nodeTypes: [
          { id: 'standard', label: 'Standard' },
          { id: 'memory', label: 'Memory optimised' },
        ],
        sizes: [
          { id: 's', nodeType: 'standard', vcpu: 2, ramGiB: 4, monthlyPrice: '10.00' },
          { id: 'm', nodeType: 'memory', vcpu: 4, ramGiB: 32, monthlyPrice: '20.00' },
        ],
      },
      {
        id: 'postgresql',
        kind: 'database',
        name: 'PostgreSQL',
        versions: ['17'],
        nodeTypes: [{ id: 'standard', label: 'Standard' }],
        sizes: [{ id: 's', nodeType: 'standard', vcpu: 2, ramGiB: 4, monthlyPrice: '12.50' }],
      },
    ],
    regions: [
      {
        id: 'west',
        label: 'West',
        availabilityZones: [
          { id: 'west-a', label: 'A' },
          { id: 'west-b', label: 'B' },
        ],
        offers: [{ service: 'keycloak' }, { service: 'postgresql' }],
      },
      { id: 'north', label: 'North', availabilityZones: [{ id: 'north-a', label: 'A' }], offers: [{ service: 'keycloak', sizes: ['s'] }] },
    ],
    documents: [
      { id: 'terms', title: 'Terms', url: 'https://example.com/terms.pdf', version: '3' },
      { id: 'sd-iam', title: 'IAM description', url: 'https://example.com/iam.pdf', version: '1', kinds: ['iam'] },
    ],
  };
}

function parsed(input: unknown): Catalog {
  const result = parseCatalog(input);
  if (!result.ok) throw new Error(formatCatalogIssues(result.issues));
  return result.catalog;
}

const pairs = (issues: readonly CatalogIssue[]) => issues.map((issue) => [issue.path, issue.code]);

/** The [path, code] pairs of a catalog's issues; every message must be plain words with its placeholders filled. */
function problems(input: unknown): string[][] {
  const result = parseCatalog(input);
  if (result.ok) return [];
  for (const issue of result.issues) expect(describeCatalogIssue(issue), issue.path).not.to.match(/invalid input|\{\w+\}|^$/i);
  return pairs(result.issues);
}

/** name, how to break the base catalog, the [path, code] of every issue expected. */
type Row = [string, (catalog: Raw) => void, string[][]];

function runRows(rows: Row[]) {
  for (const [name, breakIt, expected] of rows) {
    it(`${name} → ${expected.map(([path, code]) => `${path} ${code}`).join(', ')}`, () => {
      const catalog = base();
      breakIt(catalog);
      expect(problems(catalog)).to.deep.equal(expected);
    });
  }
}

describe('parseCatalog: a valid catalog', () => {
  it('parses the base catalog and fills in the defaults', () => {
    const input = base();
    delete input.storage.stepGb;
    delete input.storage.minGb;
    delete input.documents;
    delete input.regions[1].availabilityZones;
    const catalog = parsed(input);
    expect(catalog.storage).to.deep.equal({ minGb: 50, maxGb: 1000, stepGb: 1, pricePerGbMonth: '0.10' });
    expect(catalog.trustedSources).to.deep.equal({ maxEntries: 100, allowIpv6: true, allowAnyAddress: false });
    expect(catalog.documents).to.deep.equal([]);
    expect(catalog.regions[1]!.availabilityZones).to.deep.equal([]);
  });

  it('trims labels and leaves the input untouched', () => {
    const input = base();
    input.services[0].name = '  Keycloak as a Service ';
    const copy = structuredClone(input);
    const catalog = parsed(input);
    expect(catalog.services[0]!.name).to.equal('Keycloak as a Service');
    expect(input).to.deep.equal(copy);
  });

  it('keeps partial trusted-source rules and fills the rest', () => {
    const input = base();
    input.trustedSources = { allowAnyAddress: true };
    expect(parsed(input).trustedSources).to.deep.equal({ maxEntries: 100, allowIpv6: true, allowAnyAddress: true });
  });

  it('accepts a per-service storage override whose step divides its range', () => {
    const input = base();
    input.services[1].storage = { maxGb: 5050, stepGb: 50, pricePerGbMonth: '0.05' };
    const catalog = parsed(input);
    expect(storageRulesFor(catalog, catalog.services[1])).to.deep.equal({ minGb: 50, maxGb: 5050, stepGb: 50, pricePerGbMonth: '0.05' });
    expect(storageRulesFor(catalog, catalog.services[0])).to.deep.equal({ minGb: 50, maxGb: 1000, stepGb: 10, pricePerGbMonth: '0.10' });
  });

  it('warns about a node type without sizes but accepts the catalog', () => {
    const input = base();
    input.services[0].nodeTypes.push({ id: 'gpu', label: 'GPU' });
    const result = parseCatalog(input);
    expect(result.ok).to.equal(true);
    expect(pairs(result.warnings)).to.deep.equal([['services[0].nodeTypes[2]', 'node-type-without-size']]);
    expect(describeCatalogIssue(result.warnings[0]!)).to.equal('The node type "gpu" has no size, so it is never shown.');
  });

  it('accepts prices with fewer or no decimals', () => {
    const input = base();
    input.services[0].sizes[0].monthlyPrice = '10';
    input.services[0].sizes[1].monthlyPrice = '0.5';
    expect(parseCatalog(input).ok).to.equal(true);
  });
});

describe('parseCatalog: input that is not an object', () => {
  const rows: [unknown, string][] = [
    [null, 'null'],
    [undefined, 'missing'],
    ['{"currency":"EUR"}', 'text (parse the JSON first)'],
    [[], 'a list'],
    [42, 'a number'],
    [true, 'true'],
  ];
  for (const [input, received] of rows) {
    it(`refuses ${JSON.stringify(input) ?? 'undefined'} in plain words`, () => {
      const result = parseCatalog(input);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(pairs(result.issues)).to.deep.equal([['', 'catalog-not-an-object']]);
      expect(describeCatalogIssue(result.issues[0]!)).to.equal(`The catalog must be an object (parsed from JSON), but it is ${received}.`);
      expect(formatCatalogIssues(result.issues)).to.equal(
        `The catalog has 1 problem:\n- (the catalog itself): The catalog must be an object (parsed from JSON), but it is ${received}.`,
      );
    });
  }
});

describe('parseCatalog: wrong types and missing fields', () => {
  runRows([
    ['currency missing', (c) => delete c.currency, [['currency', 'required']]],
    ['currency in lower case', (c) => (c.currency = 'eur'), [['currency', 'invalid-currency']]],
    ['currency as a number', (c) => (c.currency = 978), [['currency', 'invalid-currency']]],
    ['services not a list', (c) => (c.services = {}), [['services', 'expected-list']]],
    ['storage not an object', (c) => (c.storage = 'big'), [['storage', 'expected-object']]],
    ['maxGb missing', (c) => delete c.storage.maxGb, [['storage.maxGb', 'required']]],
    ['vcpu as text', (c) => (c.services[0].sizes[0].vcpu = '2'), [['services[0].sizes[0].vcpu', 'expected-number']]],
    ['vcpu fractional', (c) => (c.services[0].sizes[0].vcpu = 2.5), [['services[0].sizes[0].vcpu', 'expected-whole-number']]],
    ['vcpu zero', (c) => (c.services[0].sizes[0].vcpu = 0), [['services[0].sizes[0].vcpu', 'number-too-small']]],
    ['ramGiB below half a GiB', (c) => (c.services[0].sizes[0].ramGiB = 0.25), [['services[0].sizes[0].ramGiB', 'number-too-small']]],
    ['kind unknown', (c) => (c.services[0].kind = 'cache'), [['services[0].kind', 'invalid-choice']]],
    ['name blank', (c) => (c.services[0].name = '   '), [['services[0].name', 'empty-text']]],
    ['name too long', (c) => (c.services[0].name = 'x'.repeat(101)), [['services[0].name', 'text-too-long']]],
    ['size id not a slug', (c) => (c.services[1].sizes[0].id = 'Small'), [['services[1].sizes[0].id', 'invalid-slug']]],
    ['size id ending in a hyphen', (c) => (c.services[1].sizes[0].id = 'small-'), [['services[1].sizes[0].id', 'invalid-slug']]],
    ['version with a space', (c) => (c.services[1].versions = ['1 6']), [['services[1].versions[0]', 'invalid-version']]],
    ['no versions', (c) => (c.services[1].versions = []), [['services[1].versions', 'too-few-items']]],
    ['schemaVersion 2', (c) => (c.schemaVersion = 2), [['schemaVersion', 'invalid-choice']]],
    ['maxEntries 0', (c) => (c.trustedSources = { maxEntries: 0 }), [['trustedSources.maxEntries', 'number-too-small']]],
    ['maxEntries 1001', (c) => (c.trustedSources = { maxEntries: 1001 }), [['trustedSources.maxEntries', 'number-too-big']]],
    ['allowIpv6 as text', (c) => (c.trustedSources = { allowIpv6: 'yes' }), [['trustedSources.allowIpv6', 'expected-boolean']]],
    ['no regions', (c) => (c.regions = []), [['regions', 'too-few-items']]],
    [
      'no services (regions then name unknown services)',
      (c) => (c.services = []),
      [
        ['services', 'too-few-items'],
        ['regions[0].offers[0].service', 'unknown-service'],
        ['regions[0].offers[1].service', 'unknown-service'],
        ['regions[1].offers[0].service', 'unknown-service'],
      ],
    ],
  ]);

  it('says what is wrong in plain words, never zod text', () => {
    const catalog = base();
    catalog.services[0].sizes[0].vcpu = '2';
    catalog.currency = 'eur';
    const result = parseCatalog(catalog);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => describeCatalogIssue(issue))).to.deep.equal([
      'The currency must be an ISO 4217 code in capitals, such as "EUR".',
      'This must be a number.',
    ]);
  });
});

describe('parseCatalog: unknown keys', () => {
  runRows([
    ['an extra top-level key', (c) => (c.colour = 'red'), [['colour', 'unknown-key']]],
    ['an extra key directly in a service', (c) => (c.services[0].region = 'west'), [['services[0].region', 'unknown-key']]],
    ["a minGB typo in a service's storage override", (c) => (c.services[0].storage = { minGB: 100 }), [['services[0].storage.minGB', 'unknown-key']]],
    ['an extra key in a size', (c) => (c.services[0].sizes[0].gpu = true), [['services[0].sizes[0].gpu', 'unknown-key']]],
    ['an extra key in a document', (c) => (c.documents[0].lang = 'de'), [['documents[0].lang', 'unknown-key']]],
    ['a key that is no identifier', (c) => (c['bad key'] = 1), [['["bad key"]', 'unknown-key']]],
    ['an own "constructor" key', (c) => (c.constructor = { prototype: { polluted: 'yes' } }), [['constructor', 'unknown-key']]],
  ]);

  it('names the key in its message', () => {
    const catalog = base();
    catalog.colour = 'red';
    const result = parseCatalog(catalog);
    expect(result.ok ? '' : describeCatalogIssue(result.issues[0]!)).to.equal('The field "colour" is not known here.');
  });
});

describe('parseCatalog: prototype pollution', () => {
  const payload = '"__proto__":{"polluted":"yes","currency":"EUR"}';
  const rows: [string, (json: string) => string, string[][]][] = [
    ['at the top', (json) => json.replace(/^\{/, `{${payload},`), [['__proto__', 'unknown-key']]],
    ['in a service', (json) => json.replace('"kind":"iam"', `"kind":"iam",${payload}`), [['services[0].__proto__', 'unknown-key']]],
    ['in the storage rules', (json) => json.replace('"minGb":50', `"minGb":50,${payload}`), [['storage.__proto__', 'unknown-key']]],
    ['in a size', (json) => json.replace('"vcpu":4', `"vcpu":4,${payload}`), [['services[0].sizes[1].__proto__', 'unknown-key']]],
    [
      'as "constructor" with a prototype',
      (json) => json.replace(/^\{/, '{"constructor":{"prototype":{"polluted":"yes"}},'),
      [['constructor', 'unknown-key']],
    ],
  ];
  for (const [name, inject, expected] of rows) {
    it(`refuses "__proto__"-style keys ${name} (JSON.parse input) and pollutes nothing`, () => {
      const input = JSON.parse(inject(JSON.stringify(base())));
      expect(problems(input)).to.deep.equal(expected);
      expect(({} as Raw).polluted).to.equal(undefined);
      expect(Object.prototype).not.to.have.property('polluted');
    });
  }

  it('JSON.parse really makes an own "__proto__" key (so the rows above test something)', () => {
    const input = JSON.parse('{"__proto__":{"polluted":"yes"}}');
    expect(Object.hasOwn(input, '__proto__')).to.equal(true);
    expect(Object.getPrototypeOf(input)).to.equal(Object.prototype);
  });

  it('builds the parsed catalog from plain objects with the usual prototype', () => {
    const catalog = parsed(JSON.parse(JSON.stringify(base())));
    expect(Object.getPrototypeOf(catalog)).to.equal(Object.prototype);
    expect(Object.getPrototypeOf(catalog.services[0])).to.equal(Object.prototype);
  });
});

describe('parseCatalog: prices', () => {
  const bad: [string, unknown][] = [
    ['negative', '-1.00'],
    ['NaN', 'NaN'],
    ['exponent', '1e3'],
    ['empty', ''],
    ['leading space', ' 1.00'],
    ['leading zero', '01.00'],
    ['decimal comma', '1,00'],
    ['a million', '1000000'],
    ['four decimals', '1.0000'],
    ['a JSON number', 12.5],
    ['null', null],
    ['Infinity from JSON 1e309', JSON.parse('1e309')],
  ];
  for (const [name, price] of bad) {
    it(`refuses a price that is ${name}`, () => {
      const catalog = base();
      catalog.services[0].sizes[0].monthlyPrice = price;
      expect(problems(catalog)).to.deep.equal([['services[0].sizes[0].monthlyPrice', 'invalid-price']]);
    });
  }

  runRows([
    ['price missing', (c) => delete c.services[0].sizes[0].monthlyPrice, [['services[0].sizes[0].monthlyPrice', 'required']]],
    ['three decimals in EUR', (c) => (c.services[0].sizes[0].monthlyPrice = '12.505'), [['services[0].sizes[0].monthlyPrice', 'price-too-precise']]],
    ['cents in JPY', (c) => ((c.currency = 'JPY'), (c.storage.pricePerGbMonth = '1')), [['services[0].sizes[0].monthlyPrice', 'price-too-precise'], ['services[0].sizes[1].monthlyPrice', 'price-too-precise'], ['services[1].sizes[0].monthlyPrice', 'price-too-precise']]],
    ['storage price too precise', (c) => (c.storage.pricePerGbMonth = '0.125'), [['storage.pricePerGbMonth', 'price-too-precise']]],
    ['base fee garbage', (c) => (c.services[0].monthlyBaseFee = 'free'), [['services[0].monthlyBaseFee', 'invalid-price']]],
  ]);

  it('allows three decimals in BHD and says why EUR does not', () => {
    const catalog = base();
    catalog.currency = 'BHD';
    catalog.storage.pricePerGbMonth = '0.125';
    expect(parseCatalog(catalog).ok).to.equal(true);
    catalog.currency = 'EUR';
    const result = parseCatalog(catalog);
    expect(result.ok ? '' : describeCatalogIssue(result.issues[0]!)).to.equal('EUR prices have at most 2 digits after the decimal point.');
  });

  it('knows the minor digits of currencies', () => {
    expect([currencyDigits('EUR'), currencyDigits('JPY'), currencyDigits('BHD'), currencyDigits('CHF'), currencyDigits('xx')]).to.deep.equal([2, 0, 3, 2, 2]);
  });
});

describe('parseCatalog: duplicate ids', () => {
  runRows([
    ['a service twice', (c) => c.services.push(structuredClone(c.services[0])), [['services[2].id', 'duplicate-id']]],
    ['a node type twice', (c) => c.services[0].nodeTypes.push({ id: 'standard', label: 'Again' }), [['services[0].nodeTypes[2].id', 'duplicate-id']]],
    ['a size twice', (c) => c.services[0].sizes.push(structuredClone(c.services[0].sizes[0])), [['services[0].sizes[2].id', 'duplicate-id']]],
    ['a version twice', (c) => (c.services[0].versions = ['26', '25', '26']), [['services[0].versions[2]', 'duplicate-id']]],
    ['a region twice', (c) => c.regions.push(structuredClone(c.regions[0])), [['regions[2].id', 'duplicate-id']]],
    ['a zone twice', (c) => (c.regions[0].availabilityZones[1].id = 'west-a'), [['regions[0].availabilityZones[1].id', 'duplicate-id']]],
    ['a document twice', (c) => c.documents.push(structuredClone(c.documents[0])), [['documents[2].id', 'duplicate-id']]],
    ['a service offered twice in a region', (c) => c.regions[0].offers.push({ service: 'keycloak' }), [['regions[0].offers[2].service', 'duplicate-id']]],
  ]);

  it('says where the id was first used', () => {
    const catalog = base();
    catalog.services.push(structuredClone(catalog.services[0]));
    const result = parseCatalog(catalog);
    expect(result.ok ? '' : describeCatalogIssue(result.issues[0]!)).to.equal('"keycloak" is listed twice; it is already used at services[0].');
  });
});

describe('parseCatalog: references and coverage', () => {
  runRows([
    ['a size naming an unknown node type', (c) => (c.services[1].sizes[0].nodeType = 'gpu'), [['services[1].sizes[0].nodeType', 'unknown-node-type']]],
    ['a service with no size', (c) => (c.services[1].sizes = []), [['services[1].sizes', 'service-without-sizes']]],
    ['a region naming an unknown service', (c) => c.regions[0].offers.push({ service: 'harbor' }), [['regions[0].offers[2].service', 'unknown-service']]],
    ['a region naming an unknown size', (c) => (c.regions[1].offers[0].sizes = ['s', 'xl']), [['regions[1].offers[0].sizes[1]', 'unknown-size']]],
    ['a size naming an unknown region', (c) => (c.services[0].sizes[0].regions = ['south']), [['services[0].sizes[0].regions[0]', 'unknown-region']]],
    ['a document naming an unknown service', (c) => (c.documents[0].services = ['harbor']), [['documents[0].services[0]', 'unknown-service']]],
    ['a document naming an unknown kind', (c) => (c.documents[0].kinds = ['cache']), [['documents[0].kinds[0]', 'invalid-choice']]],
    ['a service offered in no region', (c) => (c.regions[0].offers = [{ service: 'keycloak' }]), [['services[1]', 'service-not-offered']]],
    ['a size offered in no region', (c) => (c.services[0].sizes[1].regions = ['north']), [['services[0].sizes[1]', 'size-not-offered']]],
  ]);

  it('explains an unknown node type in plain words', () => {
    const catalog = base();
    catalog.services[1].sizes[0].nodeType = 'gpu';
    const result = parseCatalog(catalog);
    expect(result.ok ? '' : describeCatalogIssue(result.issues[0]!)).to.equal('The node type "gpu" is not defined in this service\'s nodeTypes.');
  });
});

describe('parseCatalog: storage rules', () => {
  runRows([
    ['min above max', (c) => (c.storage.minGb = 1200), [['storage.minGb', 'storage-min-above-max']]],
    ['a step that does not divide the range', (c) => (c.storage.stepGb = 7), [['storage.stepGb', 'storage-step-mismatch']]],
    ['min below 1', (c) => (c.storage.minGb = 0), [['storage.minGb', 'number-too-small']]],
    ['min fractional', (c) => (c.storage.minGb = 49.5), [['storage.minGb', 'expected-whole-number']]],
    ['max above 1,000,000 GB', (c) => (c.storage.maxGb = 1_000_001), [['storage.maxGb', 'number-too-big']]],
    ['a service step that does not divide the range', (c) => (c.services[0].storage = { stepGb: 40 }), [['services[0].storage.stepGb', 'storage-step-mismatch']]],
    ['a service max below the catalog min', (c) => (c.services[0].storage = { maxGb: 40 }), [['services[0].storage.maxGb', 'storage-min-above-max']]],
    ['an unknown key in a service override', (c) => (c.services[0].storage = { maxGB: 40 }), [['services[0].storage.maxGB', 'unknown-key']]],
  ]);

  it('says the numbers', () => {
    const catalog = base();
    catalog.storage.stepGb = 7;
    const result = parseCatalog(catalog);
    expect(result.ok ? '' : describeCatalogIssue(result.issues[0]!)).to.equal(
      'Steps of 7 GB do not lead from 50 GB to 1,000 GB; the step must divide the range.',
    );
  });

  it('accepts a single fixed size (min = max)', () => {
    const catalog = base();
    catalog.storage = { minGb: 100, maxGb: 100, stepGb: 30, pricePerGbMonth: '0.10' };
    expect(parseCatalog(catalog).ok).to.equal(true);
  });
});

describe('parseCatalog: document URLs', () => {
  const refused: unknown[] = [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://example.com/terms.pdf',
    '//example.com/terms.pdf',
    '/legal/terms.pdf',
    'legal/terms.pdf',
    'https://',
    'https:///terms.pdf',
    'https://exa mple.com/terms.pdf',
    ' https://example.com/terms.pdf',
    'https://example.com/terms.pdf\n',
    'https://user:secret@example.com/terms.pdf',
    'https://example.com@evil.example/terms.pdf',
    'https://example.com\\@evil.example/',
    'https://[::1',
    'ftp://example.com/terms.pdf',
    'HTTPS://EXAMPLE.COM/terms.pdf',
    42,
  ];
  for (const url of refused) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      const catalog = base();
      catalog.documents[1].url = url;
      expect(problems(catalog)).to.deep.equal([['documents[1].url', 'url-not-https']]);
    });
  }

  for (const url of ['https://example.com/legal/terms-v3.pdf?lang=de#p2', 'https://xn--mnchen-3ya.example/agb', 'https://example.com:8443/t']) {
    it(`accepts ${url}`, () => {
      expect(isHttpsUrl(url)).to.equal(true);
    });
  }
});

describe('parseCatalog: many problems at once', () => {
  it('lists every problem, not just the first', () => {
    const catalog = base();
    catalog.currency = 'eur';
    catalog.services.push(structuredClone(catalog.services[1]));
    catalog.documents[0].url = 'http://example.com/terms.pdf';
    catalog.regions[1].offers[0].sizes = ['xl'];
    catalog.storage.minGb = 2000;
    expect(problems(catalog)).to.deep.equal([
      ['currency', 'invalid-currency'],
      ['documents[0].url', 'url-not-https'],
      ['storage.minGb', 'storage-min-above-max'],
      ['services[2].id', 'duplicate-id'],
      ['regions[1].offers[0].sizes[0]', 'unknown-size'],
    ]);
  });

  it('formats the list for an error panel', () => {
    const catalog = base();
    catalog.currency = 'eur';
    catalog.services[1].sizes[0].nodeType = 'gpu';
    const result = parseCatalog(catalog);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(formatCatalogIssues(result.issues)).to.equal(
      [
        'The catalog has 2 problems:',
        '- currency: The currency must be an ISO 4217 code in capitals, such as "EUR".',
        '- services[1].sizes[0].nodeType: The node type "gpu" is not defined in this service\'s nodeTypes.',
      ].join('\n'),
    );
    expect(formatCatalogIssues([])).to.equal('The catalog has no problems.');
  });
});

describe('catalog queries', () => {
  const input = base();
  input.services[0].storage = { minGb: 100, maxGb: 500, stepGb: 100 };
  input.services[0].trustedSources = { maxEntries: 5, allowAnyAddress: true };
  input.services[0].sizes[1].regions = ['west'];
  const catalog = parsed(input);
  const keycloak = findService(catalog, 'keycloak')!;
  const postgresql = findService(catalog, 'postgresql')!;

  it('finds services by id only', () => {
    expect(findService(catalog, 'postgresql')?.name).to.equal('PostgreSQL');
    expect(findService(catalog, 'toString')).to.equal(undefined);
    expect(findService(catalog, undefined)).to.equal(undefined);
  });

  it('merges storage and trusted-source rules over the catalog', () => {
    expect(storageRulesFor(catalog, keycloak)).to.deep.equal({ minGb: 100, maxGb: 500, stepGb: 100, pricePerGbMonth: '0.10' });
    expect(trustedSourceRulesFor(catalog, keycloak)).to.deep.equal({ maxEntries: 5, allowIpv6: true, allowAnyAddress: true });
    expect(trustedSourceRulesFor(catalog, postgresql)).to.deep.equal({ maxEntries: 100, allowIpv6: true, allowAnyAddress: false });
  });

  it('knows where a size is offered', () => {
    const [west, north] = catalog.regions as [Catalog['regions'][number], Catalog['regions'][number]];
    const [s, m] = keycloak.sizes as [Catalog['services'][number]['sizes'][number], Catalog['services'][number]['sizes'][number]];
    expect([isSizeOffered(keycloak, s, west), isSizeOffered(keycloak, s, north)]).to.deep.equal([true, true]);
    expect([isSizeOffered(keycloak, m, west), isSizeOffered(keycloak, m, north)]).to.deep.equal([true, false]);
    expect(isSizeOffered(postgresql, postgresql.sizes[0]!, north)).to.equal(false);
    expect(regionsFor(catalog, postgresql).map((region) => region.id)).to.deep.equal(['west']);
  });

  it('picks the documents that apply to a service', () => {
    expect(documentsFor(catalog, keycloak).map((doc) => doc.id)).to.deep.equal(['terms', 'sd-iam']);
    expect(documentsFor(catalog, postgresql).map((doc) => doc.id)).to.deep.equal(['terms']);
  });
});
