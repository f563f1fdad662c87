// Plain Node, no DOM: imports the built `order-widgets/schema` entry through the package's own exports, as an
// integrator's backend would, and checks that it behaves as in the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { validOrderFor } from '../support/orders.mjs';

const schema = await import('order-widgets/schema');
const {
  parseTrustedSource, parseTrustedSourceList, checkTrustedSources, validateOrder, priceOrder, parseCatalog,
  builtInCatalog, builtInCatalogInput, formatCatalogIssues,
} = schema;

/** The bare module names a built file imports, following its own chunks. */
function externalImports(file, seen = new Set()) {
  if (seen.has(file.href)) return new Set();
  seen.add(file.href);
  const code = readFileSync(file, 'utf8');
  const names = new Set();
  for (const [, name] of code.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
    if (name.startsWith('.')) for (const inner of externalImports(new URL(name, file), seen)) names.add(inner);
    else names.add(name);
  }
  return names;
}

test('runs without a DOM and imports no lit', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
  assert.deepEqual([...externalImports(new URL(import.meta.resolve('order-widgets/schema')))], ['zod/mini']);
});

test('exports the core functions and the built-in catalog', () => {
  for (const name of ['parseTrustedSource', 'parseTrustedSourceList', 'checkTrustedSources', 'validateOrder', 'priceOrder', 'parseCatalog']) {
    assert.equal(typeof schema[name], 'function', name);
  }
  assert.deepEqual(
    builtInCatalog.services.map((service) => service.id),
    ['keycloak', 'mariadb', 'postgresql', 'mysql', 'harbor'],
  );
});

test('parses trusted sources to canonical CIDRs and refuses the tricky notations', () => {
  assert.equal(parseTrustedSource('222.222.222.130/28').cidr, '222.222.222.128/28');
  assert.equal(parseTrustedSource('222.222.222.130/28').adjusted, 'host-bits');
  assert.equal(parseTrustedSource('2001:0DB8:0:0::/48').cidr, '2001:db8::/48');
  assert.equal(parseTrustedSource('2001:db8::/48').addressCount, 2n ** 80n);
  for (const bad of ['010.0.0.1', '127.1', '0x7f.0.0.1', '2130706433', 'fe80::1%eth0/64', '::ffff:10.0.0.0/104', 'x'.repeat(1_000_000)]) {
    assert.equal(parseTrustedSource(bad).ok, false, bad);
  }
  const items = parseTrustedSourceList('123.123.123.123/32\n# office\n999.1.1.1/8, 10.0.0.1');
  assert.deepEqual(items.map((item) => [item.line, item.result.ok]), [[1, true], [3, false], [3, true]]);
});

test('checks a list of trusted sources', () => {
  const check = checkTrustedSources(['10.0.0.1', '10.0.0.1/32']);
  assert.equal(check.ok, false);
  assert.ok(check.findings.some((finding) => finding.code === 'duplicate' && finding.severity === 'error'));
  assert.equal(checkTrustedSources(['0.0.0.0/0']).ok, false);
  assert.equal(checkTrustedSources([]).findings[0].code, 'none');
});

test('validates an order of each built-in service, and names the path of what is wrong', () => {
  for (const service of builtInCatalog.services) {
    const result = validateOrder(builtInCatalog, validOrderFor(service));
    assert.equal(result.ok, true, `${service.id}: ${JSON.stringify(result.issues)}`);
  }
  const broken = { ...validOrderFor(builtInCatalog.services[2]), storageGb: 49, trustedSources: [] };
  const result = validateOrder(builtInCatalog, broken);
  assert.equal(result.ok, false);
  assert.deepEqual(result.issues.map((issue) => issue.path).sort(), ['storageGb', 'trustedSources']);
});

test('issues and findings carry codes and parameters, no words; describeIssue says them in words', () => {
  const { describeIssue, describedCodes } = schema;
  const broken = { ...validOrderFor(builtInCatalog.services[2]), storageGb: 49, trustedSources: [{ cidr: '10.0.0.1/8' }], colour: 'red' };
  const result = validateOrder(builtInCatalog, broken);
  assert.equal(result.ok, false);
  for (const issue of result.issues) assert.deepEqual(Object.keys(issue).filter((key) => !['path', 'code', 'params'].includes(key)), [], issue.code);
  const check = checkTrustedSources(['10.0.0.1', '10.0.0.1', 'nope']);
  for (const finding of check.findings) assert.deepEqual(Object.keys(finding).sort(), ['code', 'entries', 'params', 'severity'], finding.code);
  assert.equal('message' in parseTrustedSource('nope'), false);
  assert.deepEqual(result.issues.map((issue) => describeIssue(issue)), [
    'The field "colour" is not known here.',
    'Choose at least 50 GB of storage.',
    'Enter "10.0.0.1/8" in its exact form 10.0.0.0/8.',
  ]);
  // Every code has its words, with every placeholder filled from its parameters (here: none given, so none may be left
  // unless the message needs one); an unknown code gets the general words, never the bare code.
  assert.ok(describedCodes().length > 90, String(describedCodes().length));
  for (const code of describedCodes()) assert.match(describeIssue({ code }), /^\S.*\S$/, code);
  assert.equal(describeIssue({ code: 'from-a-newer-engine', params: { x: 1 } }), 'This value is not valid.');
  assert.equal(describeIssue({ code: 'constructor' }), 'This value is not valid.');
});

test('prices exactly', () => {
  const price = priceOrder(builtInCatalog, { serviceId: 'postgresql', sizeId: 'gp-s', storageGb: 50 });
  assert.equal(price.currency, 'EUR');
  assert.equal(price.total, '80.90');
});

test('parses a catalog in several languages, keeps its maps, and gives its texts per locale', () => {
  const input = JSON.parse(JSON.stringify(builtInCatalogInput));
  input.regions[0].label = { en: 'Germany West (Cologne)', de: 'Deutschland West (Köln)', 'de-AT': 'Westdeutschland (Köln)' };
  const result = parseCatalog(input);
  assert.equal(result.ok, true, JSON.stringify(result.issues));
  const { catalog } = result;
  assert.equal(catalog.defaultLocale, 'en');
  assert.deepEqual(catalog.services[4].name, { en: 'Harbor Private Registry', de: 'Private Harbor-Registry' });
  const texts = (locale) => {
    const shown = schema.catalogInLocale(catalog, locale);
    return [shown.regions[0].label, shown.services[4].name, shown.documents[0].url];
  };
  assert.deepEqual(texts('de-AT'), ['Westdeutschland (Köln)', 'Private Harbor-Registry', 'https://example.com/legal/de/agb-v3.pdf']);
  assert.deepEqual(texts('de'), ['Deutschland West (Köln)', 'Private Harbor-Registry', 'https://example.com/legal/de/agb-v3.pdf']);
  assert.deepEqual(texts('fr'), ['Germany West (Cologne)', 'Harbor Private Registry', 'https://example.com/legal/terms-v3.pdf']);

  // Issues name catalog texts in the default locale, or in the customer's through catalogInLocale.
  const order = validOrderFor(builtInCatalog.services[4], { acceptedDocuments: [] });
  const titles = (validated) => validated.issues.filter((issue) => issue.code === 'document-not-accepted').map((issue) => issue.params.title);
  assert.deepEqual(titles(validateOrder(catalog, order)).slice(0, 2), ['General Terms and Conditions', 'Data Processing Agreement']);
  assert.deepEqual(titles(validateOrder(schema.catalogInLocale(catalog, 'de'), order)).slice(0, 2), [
    'Allgemeine Geschäftsbedingungen', 'Auftragsverarbeitungsvertrag',
  ]);
});

test('refuses malformed maps of texts with the path of the locale', () => {
  const input = JSON.parse(JSON.stringify(builtInCatalogInput));
  input.services[0].name = { en: 'Keycloak', de: ' ' };
  input.regions[0].label = { en: 'Cologne', de_DE: 'Köln' };
  input.documents[0].url = { en: 'https://example.com/terms.pdf', de: 'http://example.com/agb.pdf' };
  input.documents[1].title = { de: 'AVV' };
  const result = parseCatalog(input);
  assert.equal(result.ok, false);
  assert.deepEqual(result.issues.map((issue) => [issue.path, issue.code]), [
    ['services[0].name.de', 'empty-text'],
    ['documents[0].url.de', 'url-not-https'],
    ['regions[0].label.de_DE', 'invalid-locale'],
    ['documents[1].title', 'missing-default-locale'],
  ]);
  assert.deepEqual(result.issues[3].params, { locale: 'en' });
});

test('refuses a broken catalog with paths, and JSON with __proto__ pollutes nothing', () => {
  const input = JSON.parse(JSON.stringify(builtInCatalogInput));
  input.documents[0].url = 'javascript:alert(1)';
  const result = parseCatalog(input);
  assert.equal(result.ok, false);
  assert.match(formatCatalogIssues(result.issues), /documents\[0\]\.url/);
  const polluted = parseCatalog(JSON.parse('{"__proto__": {"polluted": true}, "currency": "EUR"}'));
  assert.equal(polluted.ok, false);
  assert.ok(polluted.issues.some((issue) => issue.path === '__proto__' && issue.code === 'unknown-key'));
  assert.equal({}.polluted, undefined);
});

test('speaks German once order-widgets/translations/de is imported, and says so (once) while it is not', async () => {
  const { describeIssue, formatTrustedSourceMessage, interpolate, orderMessagesEn } = schema;
  const issue = validateOrder(builtInCatalog, { ...validOrderFor(builtInCatalog.services[2]), storageGb: 49 }).issues[0];
  const finding = checkTrustedSources(['10.0.0.1']).findings[0];
  const warnings = [];
  const warn = console.warn;
  console.warn = (message) => warnings.push(message);
  try {
    // Not registered: English, and one warning that names the module, however many messages are asked for.
    assert.equal(describeIssue(finding, 'de'), describeIssue(finding));
    assert.equal(describeIssue(issue, 'de'), 'Choose at least 50 GB of storage.');
    assert.equal(formatTrustedSourceMessage('none', {}, 'de'), schema.trustedSourceMessagesEn.none);
    assert.deepEqual(warnings, [
      'order-widgets: no "de" translation is registered (order-widgets/translations/de registers it on import); messages show in English.',
    ]);

    const { de, orderMessagesDe, trustedSourceMessagesDe } = await import('order-widgets/translations/de');
    assert.equal(describeIssue(finding, 'de'), '10.0.0.1/32 ist nicht öffentlich (privater Adressbereich): Eine solche Quelle kann einen öffentlichen Endpunkt nie erreichen.');
    assert.equal(describeIssue(issue, 'de'), 'Wählen Sie mindestens 50 GB Speicher.');
    assert.equal(describeIssue(issue), 'Choose at least 50 GB of storage.', 'English stays the default, for logs');
    assert.equal(interpolate(orderMessagesDe[issue.code], issue.params, 'de'), 'Wählen Sie mindestens 50 GB Speicher.');
    assert.equal(de.order, orderMessagesDe);
    assert.equal(de.trustedSources, trustedSourceMessagesDe);
    assert.deepEqual(Object.keys(orderMessagesDe).sort(), Object.keys(orderMessagesEn).sort());
    assert.equal(warnings.length, 1);
  } finally {
    console.warn = warn;
  }
});

test('speaks French, Dutch and Polish once their modules are imported: findings, order issues, plural forms', async () => {
  const { formatTrustedSourceMessage, interpolate } = schema;
  const order = { ...validOrderFor(builtInCatalog.services[2]), storageGb: 49 };
  const [issue] = validateOrder(builtInCatalog, order).issues;
  const findings = checkTrustedSources(['0.0.0.0/1', '128.0.0.0/1', '10.0.0.1']).findings;
  const expected = {
    fr: [
      'Ensemble, ces 2 entrées autorisent toutes les adresses IPv4\u00a0: le service serait ouvert à tout Internet.',
      '10.0.0.1/32 n’est pas publique (plage privée)\u00a0: une telle source ne peut jamais atteindre un point d’accès public.',
      'Choisissez au moins 50 Go de stockage.',
    ],
    nl: [
      'Samen staan deze 2 vermeldingen elk IPv4-adres toe: de dienst zou vanaf het hele internet bereikbaar zijn.',
      '10.0.0.1/32 is niet openbaar (privébereik): zo’n bron kan nooit een openbaar eindpunt bereiken.',
      'Kies minimaal 50 GB opslag.',
    ],
    pl: [
      'Te 2 wpisy razem dopuszczają każdy adres IPv4: usługa byłaby dostępna z całego internetu.',
      'Wpis 10.0.0.1/32 nie jest publiczny (zakres prywatny): takie źródło nigdy nie dotrze do publicznego punktu końcowego.',
      'Wybierz co najmniej 50 GB przestrzeni dyskowej.',
    ],
  };
  for (const [code, [wholeInternet, notPublic, storage]] of Object.entries(expected)) {
    const module = await import(`order-widgets/translations/${code}`);
    const orderMessages = module[`orderMessages${code[0].toUpperCase()}${code[1]}`];
    assert.equal(module.default.$code, code);
    assert.deepEqual(
      [findings[0], findings[1]].map((finding) => formatTrustedSourceMessage(finding.code, finding.params, code)),
      [wholeInternet, notPublic],
      code,
    );
    assert.equal(interpolate(orderMessages[issue.code], issue.params, code), storage);
    // Every finding and issue code has its own text in the language.
    for (const finding of findings) assert.notEqual(formatTrustedSourceMessage(finding.code, finding.params, code), finding.message, `${code} ${finding.code}`);
  }
  // Polish plural forms in Node too (its ICU): 1, 2, 5, 22, 25 entries.
  const { pl } = await import('order-widgets/translations/pl');
  assert.deepEqual(
    [1, 2, 5, 22, 25].map((count) => interpolate(pl.order['too-few-items'], { count }, 'pl')),
    ['Podaj co najmniej 1 wpis.', 'Podaj co najmniej 2 wpisy.', 'Podaj co najmniej 5 wpisów.', 'Podaj co najmniej 22 wpisy.', 'Podaj co najmniej 25 wpisów.'],
  );
});
