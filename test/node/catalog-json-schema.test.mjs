// The catalog's JSON Schema and `parseCatalog`, both from the built package as integrators get them (needs
// `npm run build`), give the same verdict on the shared catalog rows (test/catalogs/catalog-rows.mjs). The schema runs
// in ajv's draft 2020-12 validator in strict mode, with and without ajv-formats. A row the schema cannot judge names
// its rule, and those rules are the ones the schema's description and the README's table list.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { builtInCatalogInput, formatPath, parseCatalog } from 'order-widgets/schema';
import { CATALOG_ROWS, catalogFor } from '../catalogs/catalog-rows.mjs';

const schema = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('order-widgets/catalog.schema.json')), 'utf8'));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

let validators;
/** The schema compiled by both ajv setups, once (compiling throws where strict mode refuses the schema). */
const schemaValidators = () =>
  (validators ??= {
    'ajv strict': new Ajv2020({ strict: true, allErrors: true }).compile(schema),
    'ajv strict with ajv-formats': addFormats(new Ajv2020({ strict: true, allErrors: true })).compile(schema),
  });

/**
 * Where ajv's errors point, written as parseCatalog writes paths; a missing or unknown key, a refused map key and a
 * repeated item by their own path. Of a localized text (`anyOf`: a text or a map) that fails deeper down, only the
 * deeper errors count: the type error of the form it does not take says nothing parseCatalog would.
 */
function schemaPaths(errors) {
  const located = errors.map((error) => {
    const segments = error.instancePath
      .split('/')
      .slice(1)
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
      .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    if (error.keyword === 'required') segments.push(error.params.missingProperty);
    if (error.keyword === 'additionalProperties') segments.push(error.params.additionalProperty);
    if (error.keyword === 'uniqueItems') segments.push(Math.max(error.params.i, error.params.j));
    if (error.propertyName !== undefined) segments.push(error.propertyName);
    else if (error.keyword === 'propertyNames') segments.push(error.params.propertyName);
    return { error, path: formatPath(segments) };
  });
  const unions = new Set(located.filter(({ error }) => error.keyword === 'anyOf').map(({ path }) => path));
  const deeper = (path) => located.some((other) => other.path.startsWith(`${path}.`) || other.path.startsWith(`${path}[`));
  const paths = located
    .filter(({ error, path }) => !(['anyOf', 'type'].includes(error.keyword) && unions.has(path) && deeper(path)))
    .map(({ path }) => path);
  return [...new Set(paths)];
}

/** The rules only parseCatalog checks, by name, from the `- Name: …` lines of the schema's description. */
const describedRules = () => [...schema.description.matchAll(/^- ([^:\n]+): /gm)].map(([, name]) => name);

/** The same, from the first column of the table that starts with `| Rule |` in the README's "Catalogs" section. */
function readmeRules() {
  const start = readme.indexOf('\n## Catalogs\n');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const tableStart = section.indexOf('\n| Rule |');
  assert.notEqual(tableStart, -1, 'the README\'s "Catalogs" section has a table of rules');
  const table = section.slice(tableStart + 1, section.indexOf('\n\n', tableStart));
  return table.split('\n').slice(2).map((line) => line.split('|')[1].trim());
}

describe('dist/catalog.schema.json', () => {
  test('is a draft 2020-12 schema with an $id and a title', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(schema.$id, /^https:\/\/.+\/catalog\.schema\.json$/);
    assert.equal(schema.title, 'order-widgets catalog');
    assert.deepEqual(schema.required, ['currency', 'storage', 'services', 'regions']);
  });

  test("compiles in ajv's strict mode, with and without ajv-formats", () => {
    assert.equal(typeof new Ajv2020({ strict: true }).compile(schema), 'function');
    assert.equal(typeof addFormats(new Ajv2020({ strict: true })).compile(schema), 'function');
  });

  test('closes every object: an unknown key anywhere is an error, as in parseCatalog', () => {
    const objects = [];
    const visit = (node, pointer) => {
      if (node.type === 'object') objects.push([pointer, node]);
      for (const [key, sub] of Object.entries(node.properties ?? {})) visit(sub, `${pointer}/properties/${key}`);
      if (node.items) visit(node.items, `${pointer}/items`);
    };
    visit(schema, '');
    assert.ok(objects.length >= 10);
    for (const [pointer, node] of objects) assert.equal(node.additionalProperties, false, pointer || '/');
  });
});

describe('the shared catalog rows: parseCatalog and the JSON Schema agree', () => {
  for (const row of CATALOG_ROWS) {
    const verdict = row.issues.length ? `refused at ${row.issues.map(([path]) => path || '(the catalog)').join(', ')}` : 'accepted';
    test(`${row.name}: ${verdict}${row.only ? ` by parseCatalog only (${row.only})` : ''}`, () => {
      const result = parseCatalog(catalogFor(row, builtInCatalogInput));
      assert.deepEqual(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code]), row.issues, 'parseCatalog');
      const issuePaths = new Set(row.issues.map(([path]) => path));
      for (const [name, validate] of Object.entries(schemaValidators())) {
        const valid = validate(catalogFor(row, builtInCatalogInput));
        if (!row.issues.length || row.only) {
          assert.equal(valid, true, `${name} refuses it: ${JSON.stringify(validate.errors)}`);
        } else {
          assert.equal(valid, false, `${name} accepts it`);
          const paths = schemaPaths(validate.errors);
          assert.deepEqual(paths.filter((path) => !issuePaths.has(path)), [], `${name} points where parseCatalog does not`);
        }
      }
    });
  }
});

describe('rules only parseCatalog checks', () => {
  test("the schema's description and the README's table name the same rules", () => {
    assert.deepEqual(describedRules(), [
      'Unique ids', 'References', 'Coverage', 'Storage range', 'Price decimals', 'Link host and port', 'Locale tags', 'Default locale',
      'Option fields', 'Option references',
    ]);
    assert.deepEqual(readmeRules(), describedRules());
  });

  test('every such rule has rows, and every row the schema accepts for parseCatalog alone names one of them', () => {
    const marked = new Set(CATALOG_ROWS.map((row) => row.only).filter(Boolean));
    assert.deepEqual([...marked].sort(), [...describedRules()].sort());
    for (const row of CATALOG_ROWS) if (row.only) assert.notDeepEqual(row.issues, [], `${row.name} is refused by parseCatalog`);
  });
});
