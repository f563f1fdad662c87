// Writes dist/catalog.schema.json: the catalog's JSON Schema (draft 2020-12), generated from the zod schema the
// widget and `parseCatalog` use, for editors and for backends that are not in JavaScript. Runs after `vite build`: it
// imports the built `order-widgets/schema`, as an integrator would.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJSONSchema } from 'zod/mini';
import { catalogSchema, FORBIDDEN_TEXT_CHARACTERS, LOCALE_TAG_PATTERN } from 'order-widgets/schema';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
export const OUTPUT = fileURLToPath(new URL('dist/catalog.schema.json', root));

/**
 * What `parseCatalog` checks beyond this schema, by name: the root `description` lists them, and so does the README's
 * table under "Catalogs" (test/node/catalog-json-schema.test.mjs holds the two to each other and to the shared rows).
 */
const RULES_BEYOND_SCHEMA = [
  ['Unique ids', "services, regions, documents and options in the catalog; node types, sizes and options within their service (a service's own option may not reuse the id of a catalog option for it); choices within their option; availability zones and offered services within their region"],
  ['References', "a size's nodeType is one of its service's nodeTypes; a size's regions, an offer's service and sizes and a document's services exist"],
  ['Coverage', 'every service and every size is offered in at least one region'],
  ['Storage range', "minGb is at most maxGb, and stepGb divides maxGb - minGb, for the catalog and after a service's override"],
  ['Price decimals', 'prices have at most as many decimals as the currency allows (EUR 2, JPY 0, BHD 3)'],
  ['Link host and port', "a document URL's host and port are ones the URL parser accepts (IDNA rules, IPv4 numbers, ports up to 65535)"],
  ['Locale tags', 'defaultLocale and the keys of localized texts are well-formed BCP 47 tags in their canonical form, as Intl.getCanonicalLocales writes them (de-AT, not de-at or iw); the pattern checks their shape'],
  ['Default locale', "every localized text (a map from locale tag to text) has a text for the catalog's defaultLocale"],
  ['Option fields', 'an option has the fields of its type only (choices for choice; min, max, step, unit and nodeCount for number; minLength, maxLength and pattern for text; price.perUnit for number) and those its type needs (choices; min and max); min <= max and step divides max - min; minLength <= maxLength; the pattern compiles as a JavaScript regular expression with the u flag; the default fits the option'],
  ['Option references', "an option's regions, sizes and services exist, its when.option is an option of the same service, no options depend on each other in a circle, and a service has at most one nodeCount option"],
];

/** Descriptions by path (`[]` for list items); a path the schema no longer has fails the build. */
const DESCRIPTIONS = {
  defaultLocale:
    'A BCP 47 locale tag such as "en" or "de-AT". Every localized text has a text for it, and it is shown when a text has none for the page\'s language.',
  currency: 'ISO 4217 code in capitals, e.g. "EUR"; it decides how many decimals prices may have.',
  storage: 'Storage that comes with every service, billed per GB and month. minGb <= maxGb; stepGb divides maxGb - minGb.',
  'storage.pricePerGbMonth': 'Price of one GB for one month, a decimal string such as "0.12".',
  'services[].id': 'Unique among the services; what <order-wizard service="..."> names, e.g. "postgresql".',
  'services[].versions': 'Versions that can be ordered, the default first. Unique.',
  'services[].nodeTypes[].id': 'Unique within the service.',
  'services[].sizes[].id': 'Unique within the service.',
  'services[].sizes[].nodeType': "The id of one of this service's nodeTypes.",
  'services[].sizes[].monthlyPrice': 'Price of one node for one month, without storage, a decimal string such as "89.00".',
  'services[].sizes[].regions': 'Region ids where this size is available; left out: wherever its service is offered.',
  'services[].storage': "Changes to the catalog's storage rules; fields left out keep the catalog's value.",
  'regions[].id': 'Unique among the regions.',
  'regions[].availabilityZones[].id': 'Unique within the region.',
  'regions[].offers[].service': 'The id of a service; each service at most once per region.',
  'regions[].offers[].sizes': "Size ids of that service offered here; left out: all of its sizes (each size's own regions still apply).",
  'documents[].id': 'Unique among the documents.',
  'documents[].url': 'An absolute https:// URL without user name or password.',
  'documents[].version': 'The current version; an order must accept exactly this one.',
  'documents[].services': 'Service ids this document applies to. With neither services nor kinds it applies to every service.',
  support: 'Where a customer whose order failed opens a support ticket: an absolute https:// URL without user name or password, or one per locale.',
  options: 'Options for several services: those named by services or kinds, or every service with neither.',
  'options[].id': "Unique among the options of a service; the key of its value in an order's options.",
  'options[].showIn': 'Where the wizard shows the option: "options" (a step of its own) or inside another step.',
  'options[].pattern': 'A JavaScript regular expression (u flag) the whole trimmed text must match.',
  'options[].when': 'Offered only when the option named holds one of the values.',
  'services[].options': "Options of this service alone, besides the catalog's options for it.",
  pricing: 'How prices are shown. Catalog prices are monthly; hourly amounts are monthly ones divided by hoursPerMonth.',
  'pricing.tax.ratePercent': 'The tax rate in percent, a decimal string such as "19".',
};

/** Lists `parseCatalog` reports duplicates in, beyond the id fields (JSON Schema's `uniqueItems`). */
const UNIQUE_ITEMS = [
  'services[].versions', 'services[].sizes[].regions', 'regions[].offers[].sizes', 'documents[].services', 'options[].regions',
  'options[].sizes', 'options[].services', 'services[].options[].regions', 'services[].options[].sizes',
];

function at(schema, path) {
  let node = schema;
  for (const step of path.split('.')) {
    const [, key, items] = /^([^[]+)((?:\[\])*)$/.exec(step) ?? [];
    node = node?.properties?.[key];
    for (let i = 0; i < items.length / 2; i++) node = node?.items;
  }
  if (!node) throw new Error(`catalog JSON Schema: no ${path} (the catalog schema changed; update scripts/catalog-json-schema.mjs)`);
  return node;
}

export function catalogJsonSchema() {
  const generated = toJSONSchema(catalogSchema, {
    target: 'draft-2020-12',
    // A catalog file is what goes in: defaulted fields may be left out.
    io: 'input',
    unrepresentable: 'throw',
    override({ zodSchema, jsonSchema }) {
      // The map form of a localized text (catalog.ts `localized`, an object of texts and nothing else): its keys are
      // locale tags, which parseCatalog checks with Intl; the pattern says their shape.
      const { def } = zodSchema._zod;
      if (def.type === 'object' && def.catchall && Object.keys(def.shape).length === 0) {
        delete jsonSchema.properties;
        jsonSchema.propertyNames = { type: 'string', pattern: LOCALE_TAG_PATTERN.source };
        jsonSchema.description = "Texts by BCP 47 locale tag (\"en\", \"de-AT\"), one for the catalog's defaultLocale among them.";
        return;
      }
      const checks = zodSchema._zod.def.checks ?? [];
      const trim = checks.findIndex((check) => check._zod.def.check === 'overwrite');
      if (trim === -1) return;
      // `text()` in catalog.ts trims, then checks the length: blanks around a text never count, a blank text is empty.
      // minLength and maxLength would count the blanks, so one pattern says it instead: blanks, 1 to max characters
      // that start and end with a non-blank, blanks (JavaScript's \s is what String.prototype.trim removes).
      const trims = checks[trim]._zod.def.tx?.(' \u00a0a\t\n') === 'a';
      const lengthsAfter = checks.every((check, i) => i > trim || !['min_length', 'max_length'].includes(check._zod.def.check));
      // The one custom check of a text is the free-text rule (free-text.ts): no control or bidi characters after the trim.
      const freeText = checks.some((check, i) => i > trim && check._zod.def.check === 'custom');
      const max = jsonSchema.maxLength;
      if (!trims || !lengthsAfter || !freeText || jsonSchema.minLength !== 1 || !(max >= 2) || jsonSchema.pattern) {
        throw new Error('catalog JSON Schema: a text field changes its input in a new way; update scripts/catalog-json-schema.mjs');
      }
      delete jsonSchema.minLength;
      delete jsonSchema.maxLength;
      // Inside, any character but the refused ones; first and last also not blank.
      const inner = `[^${FORBIDDEN_TEXT_CHARACTERS}]`;
      const edge = String.raw`[^\s${FORBIDDEN_TEXT_CHARACTERS}]`;
      jsonSchema.pattern = String.raw`^\s*${edge}(?:${inner}{0,${max - 2}}${edge})?\s*$`;
      jsonSchema.description = `1 to ${max} characters, without control characters (U+0000–U+001F, U+007F–U+009F) or bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069); blanks around them are trimmed.`;
    },
  });
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    $id: `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/catalog.schema.json`,
    title: `${pkg.name} catalog`,
    description: [
      `The catalog of ${pkg.name} ${pkg.version}: services, versions, node types and sizes, storage, regions, documents and prices.`,
      'Check a catalog with parseCatalog from order-widgets/schema; it also checks what JSON Schema cannot express:',
      ...RULES_BEYOND_SCHEMA.map(([name, rule]) => `- ${name}: ${rule}.`),
    ].join('\n'),
    ...rest,
  };
  for (const [path, description] of Object.entries(DESCRIPTIONS)) {
    const node = at(schema, path);
    node.description = node.description ? `${description} ${node.description}` : description;
  }
  for (const path of UNIQUE_ITEMS) at(schema, path).uniqueItems = true;
  return schema;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OUTPUT, `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`);
  console.log(`Wrote ${OUTPUT}`);
}
