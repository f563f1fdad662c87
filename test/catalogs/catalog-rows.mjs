// One table of catalogs for both checkers: `parseCatalog` (test/catalogs/catalog-rows.test.ts in the browser, and
// the built package in test/node/catalog-json-schema.test.mjs) and the catalog's JSON Schema (the same Node test, with
// ajv). Each row changes a copy of the built-in catalog input (`change`, in place) or puts something else in its place
// (`replace`), and names every [path, code] parseCatalog reports; [] means the catalog is accepted. The JSON Schema
// must give the same verdict, except on rows marked `only`: those break a rule JSON Schema cannot express (named as
// in the schema's description and the README's table), so the schema accepts them. Plain data and functions, no
// imports: it runs in Node and in the browser.

const url = (value) => (catalog) => {
  catalog.documents[0].url = value;
};
const urlRefused = [['documents[0].url', 'url-not-https']];

/** The catalog as JSON text with a key inserted after `after`, parsed: JSON.parse makes `__proto__` an own key, as reading a file would. */
const withJsonKey = (after, key) => (catalog) => {
  const text = JSON.stringify(catalog);
  if (!text.includes(after)) throw new Error(`catalog rows: no ${after} in the built-in catalog`);
  return JSON.parse(text.replace(after, `${after},"${key}":{"polluted":"yes"}`));
};

/** @type {import('./catalog-rows.d.mts').CatalogRow[]} */
export const CATALOG_ROWS = [
  // ---- accepted by both ----
  { name: 'the built-in catalog as it is', change() {}, issues: [] },
  { name: 'a label with blanks around it (trimmed)', change: (c) => (c.regions[0].label = '  Germany West (Cologne) '), issues: [] },
  { name: 'a name of 100 characters and a trailing blank', change: (c) => (c.services[0].name = `${'K'.repeat(100)} `), issues: [] },
  {
    name: 'a description of 1000 characters between many blanks',
    change: (c) => (c.services[0].description = `${' '.repeat(50)}${'d'.repeat(1000)}${' '.repeat(50)}`),
    issues: [],
  },
  { name: 'a label of one character', change: (c) => (c.services[0].nodeTypes[0].label = 'S'), issues: [] },
  { name: 'a title between a tab, a no-break space and a newline', change: (c) => (c.documents[0].title = '\t\u00a0Terms\n'), issues: [] },
  // A line break inside is a control character: no text is shown over several lines (free-text.ts).
  { name: 'a title with a line break inside', change: (c) => (c.documents[0].title = 'Terms\nand conditions'), issues: [['documents[0].title', 'text-control-character']] },
  { name: 'a document version with blanks around it', change: (c) => (c.documents[0].version = ' 3 '), issues: [] },
  { name: 'an IDN host', change: url('https://bücher.example/agb.pdf'), issues: [] },
  { name: 'an IDN host as punycode', change: url('https://xn--bcher-kva.example/agb.pdf'), issues: [] },
  { name: 'ü in the path', change: url('https://example.com/agb-für-kunden.pdf'), issues: [] },
  { name: '| in the query', change: url('https://example.com/terms.pdf?v=3|de'), issues: [] },
  { name: 'a port, a query and a fragment', change: url('https://example.com:8443/terms.pdf?lang=de#p2'), issues: [] },
  { name: 'port 65535 with leading zeros', change: url('https://example.com:0065535/terms.pdf'), issues: [] },
  { name: 'an empty port', change: url('https://example.com:/terms.pdf'), issues: [] },
  { name: 'an IPv6 host', change: url('https://[2001:db8::1]/terms.pdf'), issues: [] },
  { name: 'a URL without a path', change: url('https://example.com'), issues: [] },
  { name: 'escapes, quotes and braces in the path', change: url('https://example.com/a%20b/"c"/{d}'), issues: [] },
  {
    name: 'every defaulted field left out',
    change(c) {
      delete c.schemaVersion;
      delete c.trustedSources;
      delete c.documents;
      delete c.storage.minGb;
      delete c.storage.stepGb;
      delete c.regions[0].availabilityZones;
    },
    issues: [],
  },
  {
    name: 'empty lists where they are allowed (documents, zones, offers)',
    change(c) {
      c.documents = [];
      c.regions[0].availabilityZones = [];
      c.regions[1].offers = [];
    },
    issues: [],
  },
  {
    name: "a service's partial overrides",
    change(c) {
      c.services[0].trustedSources = { maxEntries: 5 };
      c.services[1].storage = { pricePerGbMonth: '0.10' };
      c.services[1].monthlyBaseFee = '0';
    },
    issues: [],
  },
  {
    name: 'the smallest and largest numbers',
    change(c) {
      Object.assign(c.services[0].sizes[0], { vcpu: 1, ramGiB: 0.5 });
      Object.assign(c.services[0].sizes[1], { vcpu: 1024, ramGiB: 65536 });
      c.storage.maxGb = 1_000_000;
      c.trustedSources.maxEntries = 1000;
    },
    issues: [],
  },
  { name: 'versions with dots, hyphens and a plus', change: (c) => (c.services[0].versions = ['17.2', '16.0-rc.1', '2024+build']), issues: [] },
  {
    name: 'three decimals in BHD',
    change(c) {
      c.currency = 'BHD';
      c.storage.pricePerGbMonth = '0.125';
    },
    issues: [],
  },
  { name: 'a kind listed twice in a document (harmless)', change: (c) => (c.documents[2].kinds = ['iam', 'iam']), issues: [] },
  {
    name: 'a node type without sizes (a warning, not a problem)',
    change: (c) => c.services[0].nodeTypes.push({ id: 'gpu', label: 'GPU' }),
    issues: [],
  },

  // ---- texts: trimmed, then 1 to max characters ----
  { name: 'a blank label', change: (c) => (c.regions[0].label = '   '), issues: [['regions[0].label', 'empty-text']] },
  { name: 'an empty label', change: (c) => (c.regions[0].label = ''), issues: [['regions[0].label', 'empty-text']] },
  { name: 'a label of a tab and a no-break space', change: (c) => (c.regions[0].label = '\t\u00a0'), issues: [['regions[0].label', 'empty-text']] },
  { name: 'a name of 101 characters', change: (c) => (c.services[0].name = 'K'.repeat(101)), issues: [['services[0].name', 'text-too-long']] },
  {
    name: 'a name of 101 characters between blanks',
    change: (c) => (c.services[0].name = ` ${'K'.repeat(101)} `),
    issues: [['services[0].name', 'text-too-long']],
  },
  { name: 'a name of 100 emoji (lengths count characters, not UTF-16 units)', change: (c) => (c.services[0].name = '😀'.repeat(100)), issues: [] },
  { name: 'a name of 101 emoji', change: (c) => (c.services[0].name = '😀'.repeat(101)), issues: [['services[0].name', 'text-too-long']] },
  { name: 'a name that is a number', change: (c) => (c.services[0].name = 42), issues: [['services[0].name', 'expected-text']] },

  // ---- texts: no control characters, no bidi embeddings, overrides or isolates (free-text.ts) ----
  { name: 'a label with NUL', change: (c) => (c.regions[0].label = 'Germany\u0000West'), issues: [['regions[0].label', 'text-control-character']] },
  { name: 'a name with ESC (U+001B)', change: (c) => (c.services[0].name = 'Key\u001b[31mcloak'), issues: [['services[0].name', 'text-control-character']] },
  { name: 'a description with a line break inside', change: (c) => (c.services[0].description = 'Line one\nline two'), issues: [['services[0].description', 'text-control-character']] },
  { name: 'a description with NEL (U+0085) at its end', change: (c) => (c.services[0].description = 'Managed Keycloak\u0085'), issues: [['services[0].description', 'text-control-character']] },
  { name: 'a description with DEL (U+007F)', change: (c) => (c.services[0].description = 'Managed\u007f Keycloak'), issues: [['services[0].description', 'text-control-character']] },
  { name: 'a node type label with RLO (U+202E)', change: (c) => (c.services[0].nodeTypes[0].label = 'General \u202epurpose'), issues: [['services[0].nodeTypes[0].label', 'text-bidi-control']] },
  { name: 'a size label with LRE (U+202A)', change: (c) => (c.services[0].sizes[0].label = '\u202aM'), issues: [['services[0].sizes[0].label', 'text-bidi-control']] },
  { name: 'a name in a map with FSI (U+2068)', change: (c) => (c.services[0].name = { en: 'Keycloak', de: 'Key\u2068cloak' }), issues: [['services[0].name.de', 'text-bidi-control']] },
  { name: 'a region label in a map with RLI (U+2067)', change: (c) => (c.regions[0].label = { en: 'Cologne', de: '\u2067Köln' }), issues: [['regions[0].label.de', 'text-bidi-control']] },
  { name: 'a document title with PDI (U+2069)', change: (c) => (c.documents[0].title = 'Terms\u2069'), issues: [['documents[0].title', 'text-bidi-control']] },
  { name: 'a document version with NUL', change: (c) => (c.documents[0].version = '2026-01\u0000'), issues: [['documents[0].version', 'text-control-character']] },
  { name: 'an option label with U+009F', change: (c) => (c.options[0].label = 'Instance\u009f name'), issues: [['options[0].label', 'text-control-character']] },
  { name: 'a choice label with U+202E', change: (c) => (c.options[3].choices[0].label = { en: '\u202eSunday' }), issues: [['options[3].choices[0].label.en', 'text-bidi-control']] },
  { name: 'a text default with NUL', change: (c) => (c.options[0].default = 'db\u0000'), issues: [['options[0].default', 'invalid-default']], only: 'Option fields' },
  {
    name: 'texts with LRM and RLM, umlauts, emoji, CJK and Arabic',
    change: (c) => {
      c.regions[0].label = { en: 'Germany West (Köln) \u200e', de: 'Deutschland West (Köln) 🇩🇪' };
      c.services[0].name = 'Keycloak 日本語 \u200fعربي\u200f';
      c.services[0].description = 'Größe: ÆØÅ, ĄĘŁ, 中文, 😀👩‍💻';
    },
    issues: [],
  },
  { name: 'a label with a tab and a line break around it (trimmed)', change: (c) => (c.regions[0].label = '\t\nGermany West\r\n'), issues: [] },

  // ---- document URLs ----
  { name: 'an http: URL', change: url('http://example.com/terms.pdf'), issues: urlRefused },
  { name: 'user:password@ in the URL', change: url('https://user:secret@example.com/terms.pdf'), issues: urlRefused },
  { name: 'a user name in the URL', change: url('https://user@example.com/terms.pdf'), issues: urlRefused },
  { name: 'an empty user name and password', change: url('https://:@example.com/terms.pdf'), issues: urlRefused },
  { name: 'a host hidden behind @', change: url('https://example.com@evil.example/terms.pdf'), issues: urlRefused },
  { name: 'a backslash before @', change: url('https://example.com\\@evil.example/'), issues: urlRefused },
  { name: 'a javascript: URL', change: url('javascript:alert(1)'), issues: urlRefused },
  { name: 'a protocol-relative URL', change: url('//example.com/terms.pdf'), issues: urlRefused },
  { name: 'a relative URL', change: url('/legal/terms.pdf'), issues: urlRefused },
  { name: 'https:// alone', change: url('https://'), issues: urlRefused },
  { name: 'no host after https://', change: url('https:///terms.pdf'), issues: urlRefused },
  { name: 'HTTPS in capitals', change: url('HTTPS://EXAMPLE.COM/terms.pdf'), issues: urlRefused },
  { name: 'a URL with a leading blank', change: url(' https://example.com/terms.pdf'), issues: urlRefused },
  { name: 'a URL with a trailing newline', change: url('https://example.com/terms.pdf\n'), issues: urlRefused },
  { name: 'a space in the host', change: url('https://exa mple.com/terms.pdf'), issues: urlRefused },
  { name: 'a space in the path', change: url('https://example.com/the terms.pdf'), issues: urlRefused },
  { name: 'a tab in the host', change: url('https://exa\tmple.com/terms.pdf'), issues: urlRefused },
  { name: 'a URL that is a number', change: url(42), issues: urlRefused },
  { name: 'a URL of 2000 characters, most of them emoji', change: url(`https://example.com/${'😀'.repeat(1980)}`), issues: [] },
  { name: 'a URL of 2001 characters', change: url(`https://example.com/${'a'.repeat(1981)}`), issues: urlRefused },

  // ---- the support link: optional, https, localized like every text ----
  { name: 'no support link', change: (c) => delete c.support, issues: [] },
  { name: 'one support link for every language', change: (c) => (c.support = 'https://example.com/help'), issues: [] },
  { name: 'an http: support link', change: (c) => (c.support = 'http://example.com/help'), issues: [['support', 'url-not-https']] },
  { name: 'a javascript: support link', change: (c) => (c.support = 'javascript:alert(1)'), issues: [['support', 'url-not-https']] },
  { name: 'a relative support link', change: (c) => (c.support = '/support'), issues: [['support', 'url-not-https']] },
  { name: 'an empty support link', change: (c) => (c.support = ''), issues: [['support', 'url-not-https']] },
  {
    name: 'a German support link that is not https',
    change: (c) => (c.support = { en: 'https://example.com/help', de: 'http://example.com/hilfe' }),
    issues: [['support.de', 'url-not-https']],
  },
  {
    name: 'support links without the default locale',
    change: (c) => (c.support = { de: 'https://example.com/hilfe' }),
    issues: [['support', 'missing-default-locale']],
    only: 'Default locale',
  },

  // ---- unknown keys, in every object ----
  { name: 'an unknown top-level key', change: (c) => (c.colour = 'blue'), issues: [['colour', 'unknown-key']] },
  { name: 'a $schema key', change: (c) => (c.$schema = './catalog.schema.json'), issues: [['$schema', 'unknown-key']] },
  { name: 'an own "__proto__" key at the top', replace: withJsonKey('"currency":"EUR"', '__proto__'), issues: [['__proto__', 'unknown-key']] },
  { name: 'an own "constructor" key at the top', replace: withJsonKey('"currency":"EUR"', 'constructor'), issues: [['constructor', 'unknown-key']] },
  { name: 'an unknown key directly in a service', change: (c) => (c.services[0].region = 'de-west-1'), issues: [['services[0].region', 'unknown-key']] },
  {
    name: 'an own "__proto__" key in a service',
    replace: withJsonKey('"kind":"iam"', '__proto__'),
    issues: [['services[0].__proto__', 'unknown-key']],
  },
  {
    name: "a minGB typo in a service's storage override",
    change: (c) => (c.services[4].storage.minGB = 100),
    issues: [['services[4].storage.minGB', 'unknown-key']],
  },
  {
    name: "an unknown key in a service's trusted-source override",
    change: (c) => (c.services[0].trustedSources = { allowIPv6: false }),
    issues: [['services[0].trustedSources.allowIPv6', 'unknown-key']],
  },
  { name: 'an unknown key in the storage rules', change: (c) => (c.storage.minGB = 100), issues: [['storage.minGB', 'unknown-key']] },
  {
    name: 'an unknown key in the trusted-source rules',
    change: (c) => (c.trustedSources.allowIPv6 = false),
    issues: [['trustedSources.allowIPv6', 'unknown-key']],
  },
  {
    name: 'an unknown key in a node type',
    change: (c) => (c.services[0].nodeTypes[0].colour = 'blue'),
    issues: [['services[0].nodeTypes[0].colour', 'unknown-key']],
  },
  { name: 'an unknown key in a size', change: (c) => (c.services[0].sizes[0].gpu = 1), issues: [['services[0].sizes[0].gpu', 'unknown-key']] },
  { name: 'an unknown key in a region', change: (c) => (c.regions[0].country = 'DE'), issues: [['regions[0].country', 'unknown-key']] },
  {
    name: 'an unknown key in an availability zone',
    change: (c) => (c.regions[0].availabilityZones[0].name = 'A'),
    issues: [['regions[0].availabilityZones[0].name', 'unknown-key']],
  },
  {
    name: 'an unknown key in an offer',
    change: (c) => (c.regions[0].offers[0].price = '1.00'),
    issues: [['regions[0].offers[0].price', 'unknown-key']],
  },
  { name: 'an unknown key in a document', change: (c) => (c.documents[0].lang = 'de'), issues: [['documents[0].lang', 'unknown-key']] },

  // ---- formats: currency, prices, versions, ids, choices ----
  { name: 'a currency in lower case', change: (c) => (c.currency = 'eur'), issues: [['currency', 'invalid-currency']] },
  { name: 'a currency of four letters', change: (c) => (c.currency = 'EURO'), issues: [['currency', 'invalid-currency']] },
  { name: 'a currency as a number', change: (c) => (c.currency = 978), issues: [['currency', 'invalid-currency']] },
  ...[
    ['with two points', '79.0.0'],
    ['negative', '-1.00'],
    ['with an exponent', '1e3'],
    ['of a million', '1000000'],
    ['with a leading zero', '01.00'],
    ['with a decimal comma', '79,00'],
    ['with four decimals', '79.0000'],
    ['empty', ''],
    ['as a JSON number', 79],
  ].map(([what, price]) => ({
    name: `a price ${what}`,
    change: (c) => (c.services[0].sizes[0].monthlyPrice = price),
    issues: [['services[0].sizes[0].monthlyPrice', 'invalid-price']],
  })),
  { name: 'a version with a space', change: (c) => (c.services[0].versions = ['2 6']), issues: [['services[0].versions[0]', 'invalid-version']] },
  { name: 'an empty version', change: (c) => (c.services[0].versions = ['']), issues: [['services[0].versions[0]', 'invalid-version']] },
  { name: 'a version starting with a dot', change: (c) => (c.services[0].versions = ['.1']), issues: [['services[0].versions[0]', 'invalid-version']] },
  {
    name: 'a version of 33 characters',
    change: (c) => (c.services[0].versions = ['1'.repeat(33)]),
    issues: [['services[0].versions[0]', 'invalid-version']],
  },
  { name: 'an id in capitals', change: (c) => (c.services[0].sizes[0].id = 'GP-S'), issues: [['services[0].sizes[0].id', 'invalid-slug']] },
  { name: 'an id ending in a hyphen', change: (c) => (c.documents[0].id = 'terms-'), issues: [['documents[0].id', 'invalid-slug']] },
  {
    name: 'an id of 64 characters',
    change: (c) => (c.regions[0].availabilityZones[0].id = 'a'.repeat(64)),
    issues: [['regions[0].availabilityZones[0].id', 'invalid-slug']],
  },
  { name: 'an unknown service kind', change: (c) => (c.services[0].kind = 'cache'), issues: [['services[0].kind', 'invalid-choice']] },
  { name: 'an unknown kind in a document', change: (c) => (c.documents[2].kinds = ['cache']), issues: [['documents[2].kinds[0]', 'invalid-choice']] },
  { name: 'schemaVersion 2', change: (c) => (c.schemaVersion = 2), issues: [['schemaVersion', 'invalid-choice']] },
  { name: 'schemaVersion as text', change: (c) => (c.schemaVersion = '1'), issues: [['schemaVersion', 'invalid-choice']] },

  // ---- numbers and booleans ----
  { name: 'a fractional vCPU count', change: (c) => (c.services[0].sizes[0].vcpu = 2.5), issues: [['services[0].sizes[0].vcpu', 'expected-whole-number']] },
  { name: 'no vCPU', change: (c) => (c.services[0].sizes[0].vcpu = 0), issues: [['services[0].sizes[0].vcpu', 'number-too-small']] },
  { name: '1025 vCPUs', change: (c) => (c.services[0].sizes[0].vcpu = 1025), issues: [['services[0].sizes[0].vcpu', 'number-too-big']] },
  { name: 'a vCPU count as text', change: (c) => (c.services[0].sizes[0].vcpu = '2'), issues: [['services[0].sizes[0].vcpu', 'expected-number']] },
  { name: 'a quarter GiB of memory', change: (c) => (c.services[0].sizes[0].ramGiB = 0.25), issues: [['services[0].sizes[0].ramGiB', 'number-too-small']] },
  { name: 'storage from 0 GB', change: (c) => (c.storage.minGb = 0), issues: [['storage.minGb', 'number-too-small']] },
  { name: 'storage above 1,000,000 GB', change: (c) => (c.storage.maxGb = 1_000_001), issues: [['storage.maxGb', 'number-too-big']] },
  { name: 'a fractional storage step', change: (c) => (c.storage.stepGb = 2.5), issues: [['storage.stepGb', 'expected-whole-number']] },
  { name: 'no trusted sources allowed', change: (c) => (c.trustedSources.maxEntries = 0), issues: [['trustedSources.maxEntries', 'number-too-small']] },
  { name: '1001 trusted sources', change: (c) => (c.trustedSources.maxEntries = 1001), issues: [['trustedSources.maxEntries', 'number-too-big']] },
  { name: 'allowIpv6 as text', change: (c) => (c.trustedSources.allowIpv6 = 'yes'), issues: [['trustedSources.allowIpv6', 'expected-boolean']] },

  // ---- missing fields, wrong shapes ----
  { name: 'no currency', change: (c) => delete c.currency, issues: [['currency', 'required']] },
  { name: 'no largest storage', change: (c) => delete c.storage.maxGb, issues: [['storage.maxGb', 'required']] },
  { name: 'no storage price', change: (c) => delete c.storage.pricePerGbMonth, issues: [['storage.pricePerGbMonth', 'required']] },
  { name: 'a service without a kind', change: (c) => delete c.services[0].kind, issues: [['services[0].kind', 'invalid-choice']] },
  { name: 'a size without a price', change: (c) => delete c.services[0].sizes[0].monthlyPrice, issues: [['services[0].sizes[0].monthlyPrice', 'required']] },
  { name: 'a document without a URL', change: (c) => delete c.documents[0].url, issues: [['documents[0].url', 'required']] },
  { name: 'a region without offers', change: (c) => delete c.regions[1].offers, issues: [['regions[1].offers', 'required']] },
  { name: 'storage as text', change: (c) => (c.storage = 'big'), issues: [['storage', 'expected-object']] },
  { name: 'services as an object', change: (c) => (c.services = {}), issues: [['services', 'expected-list']] },
  { name: 'a catalog that is a list', replace: () => [], issues: [['', 'catalog-not-an-object']] },
  { name: 'a catalog that is null', replace: () => null, issues: [['', 'catalog-not-an-object']] },

  // ---- texts in several languages: a map from locale tag to text, the default locale in every map ----
  {
    name: 'a region in English, German and Austrian German',
    change: (c) => (c.regions[0].label = { en: 'Germany West', de: 'Deutschland West', 'de-AT': 'Deutschland West (Köln)' }),
    issues: [],
  },
  { name: 'a map with the default locale only', change: (c) => (c.services[0].name = { en: 'Keycloak' }), issues: [] },
  {
    name: 'tags with script, region, variant and extension',
    change: (c) => (c.services[0].description = { en: 'x', 'zh-Hant-TW': 'x', 'sr-Latn-RS': 'x', 'de-CH-1996': 'x', 'en-US-u-ca-gregory': 'x' }),
    issues: [],
  },
  { name: 'German as the default locale (every map has German)', change: (c) => (c.defaultLocale = 'de'), issues: [] },
  {
    name: 'a German legal text of its own in a map of links',
    change: (c) => (c.documents[0].url = { en: 'https://example.com/terms.pdf', de: 'https://example.de/agb.pdf' }),
    issues: [],
  },
  { name: 'a blank text in a map', change: (c) => (c.services[0].description = { en: 'x', de: '  ' }), issues: [['services[0].description.de', 'empty-text']] },
  { name: 'an empty text in a map', change: (c) => (c.regions[0].label = { en: '', de: 'Köln' }), issues: [['regions[0].label.en', 'empty-text']] },
  { name: 'a text of 101 characters in a map', change: (c) => (c.services[0].name = { en: 'K', de: 'K'.repeat(101) }), issues: [['services[0].name.de', 'text-too-long']] },
  { name: 'a number in a map', change: (c) => (c.services[0].nodeTypes[0].label = { en: 'GP', de: 42 }), issues: [['services[0].nodeTypes[0].label.de', 'expected-text']] },
  { name: 'a list instead of a text or map', change: (c) => (c.regions[0].label = ['Cologne']), issues: [['regions[0].label', 'expected-text']] },
  {
    name: 'an http: URL in a map of links',
    change: (c) => (c.documents[0].url = { en: 'https://example.com/terms.pdf', de: 'http://example.com/agb.pdf' }),
    issues: [['documents[0].url.de', 'url-not-https']],
  },
  {
    name: 'a relative URL in a map of links',
    change: (c) => (c.documents[1].url = { en: '/legal/dpa.pdf', de: 'https://example.com/avv.pdf' }),
    issues: [['documents[1].url.en', 'url-not-https']],
  },
  { name: 'a locale tag with an underscore', change: (c) => (c.regions[0].label = { en: 'x', de_DE: 'y' }), issues: [['regions[0].label.de_DE', 'invalid-locale']] },
  { name: 'a locale tag in capitals', change: (c) => (c.regions[0].label = { en: 'x', DE: 'y' }), issues: [['regions[0].label.DE', 'invalid-locale']] },
  { name: 'a language name as a locale tag', change: (c) => (c.regions[0].label = { en: 'x', german: 'y' }), issues: [['regions[0].label.german', 'invalid-locale']] },
  { name: 'an empty locale tag', change: (c) => (c.regions[0].label = { en: 'x', '': 'y' }), issues: [['regions[0].label[""]', 'invalid-locale']] },
  {
    name: 'a __proto__ key in a map',
    replace: withJsonKey('"de":"Deutschland West (Köln)"', '__proto__'),
    issues: [['regions[0].label.__proto__', 'invalid-locale']],
  },
  { name: 'a default locale with an underscore', change: (c) => (c.defaultLocale = 'en_GB'), issues: [['defaultLocale', 'invalid-locale']] },
  { name: 'a default locale that is a number', change: (c) => (c.defaultLocale = 1), issues: [['defaultLocale', 'invalid-locale']] },

  // ---- list lengths ----
  {
    name: 'no services',
    change: (c) => (c.services = []),
    issues: [
      ['services', 'too-few-items'],
      ...[0, 1].flatMap((region) => [0, 1, 2, 3, 4].map((offer) => [`regions[${region}].offers[${offer}].service`, 'unknown-service'])),
      ['options[4].services[0]', 'unknown-service'],
    ],
  },
  {
    name: 'no regions',
    change: (c) => (c.regions = []),
    issues: [
      ['regions', 'too-few-items'],
      ...[0, 1, 2, 3, 4].map((service) => [`services[${service}].sizes[3].regions[0]`, 'unknown-region']),
      ['options[1].regions[0]', 'unknown-region'],
    ],
  },
  { name: 'no versions', change: (c) => (c.services[0].versions = []), issues: [['services[0].versions', 'too-few-items']] },
  {
    name: 'no node types',
    change: (c) => (c.services[0].nodeTypes = []),
    issues: [['services[0].nodeTypes', 'too-few-items'], ...[0, 1, 2, 3, 4, 5].map((size) => [`services[0].sizes[${size}].nodeType`, 'unknown-node-type'])],
  },
  { name: 'no sizes', change: (c) => (c.services[0].sizes = []), issues: [['services[0].sizes', 'service-without-sizes']] },
  { name: "an empty list of a size's regions", change: (c) => (c.services[0].sizes[3].regions = []), issues: [['services[0].sizes[3].regions', 'too-few-items']] },
  { name: "an empty list of an offer's sizes", change: (c) => (c.regions[1].offers[4].sizes = []), issues: [['regions[1].offers[4].sizes', 'too-few-items']] },
  { name: "an empty list of a document's services", change: (c) => (c.documents[0].services = []), issues: [['documents[0].services', 'too-few-items']] },
  { name: "an empty list of a document's kinds", change: (c) => (c.documents[2].kinds = []), issues: [['documents[2].kinds', 'too-few-items']] },
  {
    name: '1001 versions',
    change: (c) => (c.services[0].versions = Array.from({ length: 1001 }, (_, i) => String(i + 1))),
    issues: [['services[0].versions', 'too-many-items']],
  },

  // ---- lists of names without duplicates (uniqueItems) ----
  { name: 'a version twice', change: (c) => (c.services[0].versions = ['26', '25', '26']), issues: [['services[0].versions[2]', 'duplicate-id']] },
  {
    name: "a region twice in a size's regions",
    change: (c) => (c.services[0].sizes[3].regions = ['de-west-1', 'de-west-1']),
    issues: [['services[0].sizes[3].regions[1]', 'duplicate-id']],
  },
  {
    name: "a size twice in an offer's sizes",
    change: (c) => (c.regions[1].offers[4].sizes = ['gp-s', 'gp-m', 'gp-s']),
    issues: [['regions[1].offers[4].sizes[2]', 'duplicate-id']],
  },
  {
    name: "a service twice in a document's services",
    change: (c) => (c.documents[0].services = ['keycloak', 'keycloak']),
    issues: [['documents[0].services[1]', 'duplicate-id']],
  },

  // ---- only parseCatalog: Unique ids ----
  {
    name: 'a service id twice',
    change: (c) => c.services.push({ ...c.services[1], name: 'MariaDB again' }),
    issues: [['services[5].id', 'duplicate-id']],
    only: 'Unique ids',
  },
  {
    name: 'a node type id twice in a service',
    change: (c) => c.services[0].nodeTypes.push({ id: 'general-purpose', label: 'Again' }),
    issues: [['services[0].nodeTypes[2].id', 'duplicate-id']],
    only: 'Unique ids',
  },
  {
    name: 'a size id twice in a service',
    change: (c) => (c.services[0].sizes[1].id = 'gp-s'),
    issues: [['services[0].sizes[1].id', 'duplicate-id']],
    only: 'Unique ids',
  },
  {
    name: 'a zone id twice in a region',
    change: (c) => (c.regions[0].availabilityZones[1].id = 'de-west-1a'),
    issues: [['regions[0].availabilityZones[1].id', 'duplicate-id']],
    only: 'Unique ids',
  },
  {
    name: 'a service offered twice in a region',
    change: (c) => c.regions[0].offers.push({ service: 'keycloak' }),
    issues: [['regions[0].offers[5].service', 'duplicate-id']],
    only: 'Unique ids',
  },
  {
    name: 'a document id twice',
    change: (c) => (c.documents[1].id = 'terms'),
    issues: [['documents[1].id', 'duplicate-id']],
    only: 'Unique ids',
  },

  // ---- only parseCatalog: References ----
  {
    name: 'a size naming an unknown node type',
    change: (c) => (c.services[0].sizes[0].nodeType = 'gpu'),
    issues: [['services[0].sizes[0].nodeType', 'unknown-node-type']],
    only: 'References',
  },
  {
    name: 'a size naming an unknown region',
    change: (c) => (c.services[0].sizes[3].regions = ['de-south-1']),
    issues: [['services[0].sizes[3].regions[0]', 'unknown-region']],
    only: 'References',
  },
  {
    name: 'a region offering an unknown service',
    change: (c) => c.regions[0].offers.push({ service: 'redis' }),
    issues: [['regions[0].offers[5].service', 'unknown-service']],
    only: 'References',
  },
  {
    name: 'a region offering an unknown size',
    change: (c) => (c.regions[1].offers[4].sizes = ['gp-s', 'gp-xxl']),
    issues: [['regions[1].offers[4].sizes[1]', 'unknown-size']],
    only: 'References',
  },
  {
    name: 'a document naming an unknown service',
    change: (c) => (c.documents[0].services = ['redis']),
    issues: [['documents[0].services[0]', 'unknown-service']],
    only: 'References',
  },

  // ---- only parseCatalog: Coverage ----
  {
    name: 'a service offered in no region',
    change(c) {
      for (const region of c.regions) region.offers = region.offers.filter((offer) => offer.service !== 'harbor');
    },
    issues: [['services[4]', 'service-not-offered']],
    only: 'Coverage',
  },
  {
    name: 'a size offered in no region',
    change: (c) => (c.services[4].sizes[3].regions = ['de-north-1']),
    issues: [['services[4].sizes[3]', 'size-not-offered']],
    only: 'Coverage',
  },

  // ---- only parseCatalog: Storage range ----
  { name: 'storage from above its maximum', change: (c) => (c.storage.minGb = 3000), issues: [['storage.minGb', 'storage-min-above-max']], only: 'Storage range' },
  { name: 'a storage step that does not divide the range', change: (c) => (c.storage.stepGb = 7), issues: [['storage.stepGb', 'storage-step-mismatch']], only: 'Storage range' },
  {
    name: "a service's storage step that does not divide its range",
    change: (c) => (c.services[4].storage.stepGb = 40),
    issues: [['services[4].storage.stepGb', 'storage-step-mismatch']],
    only: 'Storage range',
  },

  // ---- only parseCatalog: Price decimals ----
  {
    name: 'a price with three decimals in EUR',
    change: (c) => (c.services[0].sizes[0].monthlyPrice = '79.001'),
    issues: [['services[0].sizes[0].monthlyPrice', 'price-too-precise']],
    only: 'Price decimals',
  },
  {
    name: 'a storage price with three decimals in EUR',
    change: (c) => (c.storage.pricePerGbMonth = '0.125'),
    issues: [['storage.pricePerGbMonth', 'price-too-precise']],
    only: 'Price decimals',
  },
  {
    name: 'cents in JPY',
    change(c) {
      c.currency = 'JPY';
      c.services = c.services.slice(0, 1);
      c.services[0].sizes = c.services[0].sizes.slice(0, 1);
      c.services[0].sizes[0].monthlyPrice = '12000.50';
      c.storage.pricePerGbMonth = '18';
      for (const region of c.regions) region.offers = [{ service: 'keycloak' }];
      c.documents = [];
      c.options = [];
    },
    issues: [['services[0].sizes[0].monthlyPrice', 'price-too-precise']],
    only: 'Price decimals',
  },

  // ---- only parseCatalog: Link host and port ----
  { name: 'a port above 65535', change: url('https://example.com:65536/terms.pdf'), issues: urlRefused, only: 'Link host and port' },
  { name: 'a port with a letter', change: url('https://example.com:44x3/terms.pdf'), issues: urlRefused, only: 'Link host and port' },
  { name: 'a negative port', change: url('https://example.com:-1/terms.pdf'), issues: urlRefused, only: 'Link host and port' },
  { name: 'an IPv6 host without its closing bracket', change: url('https://[::1/terms.pdf'), issues: urlRefused, only: 'Link host and port' },
  { name: '| in the host', change: url('https://exa|mple.com/terms.pdf'), issues: urlRefused, only: 'Link host and port' },
  { name: 'an IPv4 address with 256 in it', change: url('https://1.2.3.256/terms.pdf'), issues: urlRefused, only: 'Link host and port' },
  { name: 'a host ending in a number', change: url('https://example.123/terms.pdf'), issues: urlRefused, only: 'Link host and port' },
  { name: 'a % in the host that decodes to nothing', change: url('https://exa%mple.com/terms.pdf'), issues: urlRefused, only: 'Link host and port' },

  // ---- only parseCatalog: Locale tags ----
  {
    name: 'a locale tag with its region in lower case',
    change: (c) => (c.regions[0].label = { en: 'x', 'de-at': 'y' }),
    issues: [['regions[0].label["de-at"]', 'invalid-locale']],
    only: 'Locale tags',
  },
  {
    name: 'a locale tag with a variant twice',
    change: (c) => (c.regions[0].label = { en: 'x', 'de-1996-1996': 'y' }),
    issues: [['regions[0].label["de-1996-1996"]', 'invalid-locale']],
    only: 'Locale tags',
  },
  {
    name: 'a locale tag with an empty extension',
    change: (c) => (c.documents[0].title = { en: 'Terms', 'en-u': 'Terms' }),
    issues: [['documents[0].title["en-u"]', 'invalid-locale']],
    only: 'Locale tags',
  },
  { name: 'a deprecated locale tag (iw for he)', change: (c) => (c.defaultLocale = 'iw'), issues: [['defaultLocale', 'invalid-locale']], only: 'Locale tags' },

  // ---- only parseCatalog: Default locale ----
  {
    name: 'a map without the default locale',
    change: (c) => (c.services[0].description = { de: 'Verwaltetes Keycloak.' }),
    issues: [['services[0].description', 'missing-default-locale']],
    only: 'Default locale',
  },
  {
    name: 'a map of links without the default locale',
    change: (c) => (c.documents[1].url = { de: 'https://example.com/avv.pdf' }),
    issues: [['documents[1].url', 'missing-default-locale']],
    only: 'Default locale',
  },
  { name: 'an empty map', change: (c) => (c.regions[1].availabilityZones[0].label = {}), issues: [['regions[1].availabilityZones[0].label', 'missing-default-locale']], only: 'Default locale' },
  {
    name: 'a default locale some maps lack',
    change(c) {
      c.defaultLocale = 'de-AT';
      c.services = c.services.slice(0, 1);
      c.services[0].description = { 'de-AT': 'x' };
      c.services[0].nodeTypes = [{ id: 'general-purpose', label: 'Allzweck' }, { id: 'memory-optimised', label: { 'de-AT': 'Speicher', de: 'Speicher' } }];
      c.regions = [{ id: 'de-west-1', label: { de: 'Köln' }, offers: [{ service: 'keycloak' }] }];
      c.documents = [];
      c.support = { 'de-AT': 'https://example.com/hilfe', de: 'https://example.com/hilfe' };
      c.options = [];
      delete c.services[0].options;
      delete c.pricing;
    },
    issues: [['regions[0].label', 'missing-default-locale']],
    only: 'Default locale',
  },
  // ---- options (the built-in catalog's: 0 instance-name, 1 high-availability, 2 backup-retention,
  // 3 maintenance-window, 4 vulnerability-scanning; services[0].options[0] is Keycloak's node count) ----
  {
    name: 'a service option of every type, with constraints and every price effect',
    change(c) {
      c.services[1].options = [
        { id: 'tier', type: 'choice', label: { en: 'Tier', de: 'Stufe' }, default: 'basic', choices: [
          { id: 'basic', label: 'Basic' }, { id: 'plus', label: { en: 'Plus', de: 'Plus' }, price: { monthly: '10.00', nodeFactor: '0.25' } },
        ] },
        { id: 'audit', type: 'toggle', label: 'Audit log', showIn: 'billing', price: { perNode: '1.50' }, sizes: ['gp-m'], when: { option: 'tier', values: ['plus'] } },
        { id: 'replicas', type: 'number', label: 'Replicas', min: 0, max: 10, unit: { en: 'replicas', de: 'Replikate' }, price: { perUnit: '5.00' } },
        { id: 'db-name', type: 'text', label: 'Database name', required: true, minLength: 1, maxLength: 63, pattern: '[a-z_]+', regions: ['de-west-1'] },
      ];
      c.pricing = { show: 'hourly', hoursPerMonth: 720, tax: { ratePercent: '7.7', label: 'MWST', included: true } };
    },
    issues: [],
  },
  { name: 'no options and no pricing (both defaulted)', change(c) { delete c.options; delete c.pricing; delete c.services[0].options; }, issues: [] },
  { name: 'an option of an unknown type', change: (c) => (c.options[1].type = 'switch'), issues: [['options[1].type', 'invalid-choice']] },
  { name: 'an option shown in an unknown step', change: (c) => (c.options[0].showIn = 'extras'), issues: [['options[0].showIn', 'invalid-choice']] },
  { name: 'an unknown key in an option', change: (c) => (c.options[1].price.factor = '1'), issues: [['options[1].price.factor', 'unknown-key']] },
  { name: 'a node factor with three decimals', change: (c) => (c.options[1].price.nodeFactor = '1.125'), issues: [['options[1].price.nodeFactor', 'invalid-factor']] },
  { name: 'an option price that is negative', change: (c) => (c.options[4].price.monthly = '-29.00'), issues: [['options[4].price.monthly', 'invalid-price']] },
  { name: 'a tax rate with a percent sign', change: (c) => (c.pricing.tax.ratePercent = '19%'), issues: [['pricing.tax.ratePercent', 'invalid-tax-rate']] },
  { name: 'a tax rate of 100', change: (c) => (c.pricing.tax.ratePercent = '100'), issues: [['pricing.tax.ratePercent', 'invalid-tax-rate']] },
  { name: 'hours per month of 0', change: (c) => (c.pricing.hoursPerMonth = 0), issues: [['pricing.hoursPerMonth', 'number-too-small']] },
  { name: 'prices shown weekly', change: (c) => (c.pricing.show = 'weekly'), issues: [['pricing.show', 'invalid-choice']] },
  { name: 'a number option with a fractional max', change: (c) => (c.options[2].max = 35.5), issues: [['options[2].max', 'expected-whole-number']] },
  { name: 'an option with a label in no default locale', change: (c) => (c.options[3].choices[0].label = { de: 'Sonntag' }), issues: [['options[3].choices[0].label', 'missing-default-locale']], only: 'Default locale' },
  { name: 'an option price with three decimals in EUR', change: (c) => (c.options[4].price.monthly = '29.001'), issues: [['options[4].price.monthly', 'price-too-precise']], only: 'Price decimals' },
  { name: 'two catalog options with one id', change: (c) => (c.options[4].id = 'instance-name'), issues: [['options[4].id', 'duplicate-id']], only: 'Unique ids' },
  {
    name: "a service's own option with the id of a catalog option for it",
    change: (c) => c.services[1].options = [{ id: 'high-availability', type: 'toggle', label: 'HA' }],
    issues: [['services[1].options[0].id', 'duplicate-id']],
    only: 'Unique ids',
  },
  { name: 'two choices with one id', change: (c) => (c.options[3].choices[1].id = 'sun-02'), issues: [['options[3].choices[1].id', 'duplicate-id']], only: 'Unique ids' },
  { name: 'a field of another type (min on a toggle)', change: (c) => (c.options[1].min = 1), issues: [['options[1].min', 'option-field-not-for-type']], only: 'Option fields' },
  { name: 'a price per unit on a toggle', change: (c) => (c.options[4].price.perUnit = '1.00'), issues: [['options[4].price.perUnit', 'option-field-not-for-type']], only: 'Option fields' },
  { name: 'a choice option without choices', change: (c) => delete c.options[3].choices, issues: [['options[3]', 'option-needs-field']], only: 'Option fields' },
  { name: 'a number option without max', change: (c) => delete c.options[2].max, issues: [['options[2]', 'option-needs-field']], only: 'Option fields' },
  { name: 'a number option with min above max', change: (c) => Object.assign(c.options[2], { min: 40, default: 40 }), issues: [['options[2].min', 'option-min-above-max']], only: 'Option fields' },
  { name: 'a step that does not divide the range', change: (c) => (c.options[2].step = 5), issues: [['options[2].step', 'option-step-mismatch']], only: 'Option fields' },
  { name: 'a text option with minLength above maxLength', change: (c) => (c.options[0].minLength = 50), issues: [['options[0].minLength', 'option-min-above-max']], only: 'Option fields' },
  { name: 'a pattern that does not compile', change: (c) => (c.options[0].pattern = '[a-z'), issues: [['options[0].pattern', 'invalid-pattern']], only: 'Option fields' },
  { name: 'a default above the range', change: (c) => (c.options[2].default = 42), issues: [['options[2].default', 'invalid-default']], only: 'Option fields' },
  { name: 'a default off the step', change: (c) => (c.options[2].default = 10), issues: [['options[2].default', 'invalid-default']], only: 'Option fields' },
  { name: 'a default that is no choice', change: (c) => (c.options[3].default = 'mon-02'), issues: [['options[3].default', 'invalid-default']], only: 'Option fields' },
  { name: 'a default of the wrong type', change: (c) => (c.options[1].default = 'yes'), issues: [['options[1].default', 'invalid-default']], only: 'Option fields' },
  { name: 'a text default that breaks the pattern', change: (c) => (c.options[0].default = 'My DB'), issues: [['options[0].default', 'invalid-default']], only: 'Option fields' },
  { name: 'an option in an unknown region', change: (c) => (c.options[1].regions = ['de-south-1']), issues: [['options[1].regions[0]', 'unknown-region']], only: 'Option references' },
  { name: 'an option with an unknown size', change: (c) => (c.options[1].sizes = ['gp-xxl']), issues: [['options[1].sizes[0]', 'unknown-size']], only: 'Option references' },
  { name: 'an option for an unknown service', change: (c) => (c.options[4].services = ['quay']), issues: [['options[4].services[0]', 'unknown-service']], only: 'Option references' },
  {
    name: 'an option that depends on an unknown option',
    change: (c) => (c.options[1].when = { option: 'backups', values: [true] }),
    issues: [['options[1].when.option', 'unknown-option']],
    only: 'Option references',
  },
  {
    name: 'options that depend on each other in a circle',
    change(c) {
      c.options[1].when = { option: 'backup-retention', values: [14] };
      c.options[2].when = { option: 'high-availability', values: [true] };
    },
    issues: [['options[1].when.option', 'circular-option-dependency'], ['options[2].when.option', 'circular-option-dependency']],
    only: 'Option references',
  },
  {
    name: 'an option that depends on itself',
    change: (c) => (c.options[4].when = { option: 'vulnerability-scanning', values: [true] }),
    issues: [['options[4].when.option', 'circular-option-dependency']],
    only: 'Option references',
  },
  {
    name: 'two node-count options in one service',
    change: (c) => c.services[0].options.push({ ...c.services[0].options[0], id: 'workers' }),
    issues: [['services[0].options[1].nodeCount', 'duplicate-node-count']],
    only: 'Option references',
  },
];

/** The catalog a row checks: a deep copy of `base` (no shared objects) changed by the row, or what the row puts instead. */
export function catalogFor(row, base) {
  const catalog = JSON.parse(JSON.stringify(base));
  if (row.replace) return row.replace(catalog);
  row.change(catalog);
  return catalog;
}
