// Plain Node, no DOM. Hostile input at the source and on the server: src/ never turns text into markup or code (no
// unsafeHTML, innerHTML, srcdoc, eval, …; read from the files, which the browser tests cannot do), the CDN bundle
// never evaluates code, and the built `order-widgets/schema` refuses catalogs and orders parsed from JSON with
// `__proto__`, `constructor` or `prototype` keys without touching any prototype, as a host's backend relies on.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

/** Every source file under src/, with its text. */
function sourceFiles(dir = SRC) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:[cm]?[jt]sx?)$/.test(entry.name) ? [{ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }] : [];
  });
}

/**
 * What never belongs in src/: each turns a string into markup or code (an XSS or CSP hole), or opts out of Lit's
 * escaping. Matched on the raw text, comments included: a rule that a string or a comment could hide is no rule.
 */
const FORBIDDEN = [
  ['unsafeHTML', /unsafeHTML|unsafe-html/],
  ['unsafeSVG', /unsafeSVG|unsafe-svg/],
  ['unsafeMathML', /unsafeMathML|unsafe-mathml/],
  ['unsafeStatic / lit/static-html', /unsafeStatic|static-html/],
  ['unsafeCSS', /unsafeCSS/],
  ['innerHTML', /innerHTML/],
  ['outerHTML', /outerHTML/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['setHTMLUnsafe / parseHTMLUnsafe', /setHTMLUnsafe|parseHTMLUnsafe/],
  ['createContextualFragment', /createContextualFragment/],
  ['DOMParser', /DOMParser/],
  ['srcdoc', /srcdoc/i],
  ['eval(', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['Function(…) called', /(?<![\w.$])Function\s*\(/],
  ['document.write', /document\s*\.\s*write/],
  ['setTimeout / setInterval with a string', /set(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['javascript: URL', /javascript:/i],
];

test('src/ has no unsafeHTML, unsafeSVG, innerHTML, outerHTML, insertAdjacentHTML, srcdoc, eval, new Function or document.write', () => {
  const files = sourceFiles();
  assert.ok(files.length > 40, `src/ was read (${files.length} files)`);
  const found = [];
  for (const { path, text } of files) {
    text.split('\n').forEach((line, index) => {
      for (const [name, pattern] of FORBIDDEN) if (pattern.test(line)) found.push(`${path}:${index + 1}: ${name}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, [], `forbidden in src/:\n${found.join('\n')}`);
});

test('the rules catch what they are meant to (each pattern matches a line that uses it)', () => {
  const samples = {
    unsafeHTML: "import { unsafeHTML } from 'lit/directives/unsafe-html.js';",
    unsafeSVG: 'html`${unsafeSVG(icon)}`',
    unsafeMathML: 'unsafeMathML(x)',
    'unsafeStatic / lit/static-html': "import { html, unsafeStatic } from 'lit/static-html.js';",
    unsafeCSS: 'css`${unsafeCSS(color)}`',
    innerHTML: "element['innerHTML'] = text;",
    outerHTML: 'node.outerHTML = text;',
    insertAdjacentHTML: "el.insertAdjacentHTML('beforeend', text)",
    'setHTMLUnsafe / parseHTMLUnsafe': 'root.setHTMLUnsafe(text)',
    createContextualFragment: 'range.createContextualFragment(text)',
    DOMParser: 'new DOMParser().parseFromString(text, "text/html")',
    srcdoc: 'html`<iframe srcDoc=${text}></iframe>`',
    'eval(': 'eval (code)',
    'new Function': 'new  Function("return 1")',
    'Function(…) called': 'const run = Function(code);',
    'document.write': 'document .write(text)',
    'setTimeout / setInterval with a string': "setTimeout('run()', 10)",
    'javascript: URL': "href='JavaScript:void 0'",
  };
  for (const [name, pattern] of FORBIDDEN) assert.match(samples[name], pattern, name);
  // …and not what is harmless.
  for (const harmless of ['isFunction(value)', 'typeof x === "function"', 'evaluate(x)', 'retrieval(x)']) {
    assert.ok(!FORBIDDEN.some(([, pattern]) => pattern.test(harmless)), harmless);
  }
});

test('the CDN bundle never evaluates code (strict script-src needs no unsafe-eval)', () => {
  // Every file of it: the one a page names and those it loads from beside it.
  const files = readdirSync(join(ROOT, 'dist/cdn')).filter((file) => file.endsWith('.js'));
  assert.ok(files.includes('order-widgets.elements.js'), files.join(', '));
  for (const file of files) {
    const code = readFileSync(join(ROOT, 'dist/cdn', file), 'utf8');
    assert.doesNotMatch(code, /\bnew\s+Function\b/, `new Function in dist/cdn/${file}`);
    assert.doesNotMatch(code, /(?<![\w.$])eval\s*\(/, `eval( in dist/cdn/${file}`);
  }
  const bundle = readFileSync(join(ROOT, 'dist/cdn/order-widgets.js'), 'utf8');
  // Lit's one template sink goes through its Trusted Types policy, named as the CSP allows it.
  assert.match(bundle, /createPolicy\(\s*[`'"]lit-html[`'"]/);
});

// ---- The server side: the built order-widgets/schema, as a backend imports it ----

const { parseCatalog, validateOrder, builtInCatalog, builtInCatalogInput } = await import('order-widgets/schema');

const POISON = new Map([
  ['__proto__', '{"polluted":"via __proto__","isAdmin":true}'],
  ['constructor', '{"prototype":{"polluted":"via constructor.prototype","isAdmin":true}}'],
  ['prototype', '{"polluted":"via prototype"}'],
]);

/** JSON text of `value` with a poisoned key added at each `[path, key]`, so that JSON.parse makes them own keys. */
function poisonedJson(value, at) {
  const copy = JSON.parse(JSON.stringify(value));
  at.forEach(([path, key], index) => {
    let target = copy;
    for (const segment of path) target = target[segment];
    target[`@@poison${index}@@`] = `@@value${index}@@`;
  });
  let text = JSON.stringify(copy);
  at.forEach(([, key], index) => {
    text = text.replace(`"@@poison${index}@@"`, JSON.stringify(key)).replace(`"@@value${index}@@"`, POISON.get(key));
  });
  return text;
}

const pathOf = (path, key) =>
  [...path, key].reduce((out, segment) => (typeof segment === 'number' ? `${out}[${segment}]` : out ? `${out}.${segment}` : segment), '');

function assertNoPollution() {
  assert.equal({}.polluted, undefined, '({}).polluted');
  assert.equal({}.isAdmin, undefined, '({}).isAdmin');
  assert.equal([].polluted, undefined, '[].polluted');
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), PROTOTYPE_NAMES);
}
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

test('parseCatalog refuses catalog JSON with __proto__, constructor and prototype keys at every depth', () => {
  const CASES = [
    [[[], '__proto__']],
    [[[], 'constructor'], [[], 'prototype']],
    [[['storage'], '__proto__'], [['trustedSources'], 'constructor']],
    [[['services', 0], '__proto__'], [['services', 2, 'sizes', 1], 'constructor'], [['services', 1, 'nodeTypes', 0], '__proto__']],
    [[['regions', 0, 'availabilityZones', 1], '__proto__'], [['regions', 1, 'offers', 0], 'constructor'], [['documents', 2], 'prototype']],
  ];
  for (const at of CASES) {
    const result = parseCatalog(JSON.parse(poisonedJson(builtInCatalogInput, at)));
    assert.equal(result.ok, false, JSON.stringify(at));
    assert.deepEqual(
      result.issues.map((issue) => `${issue.path} ${issue.code}`).sort(),
      at.map(([path, key]) => `${pathOf(path, key)} unknown-key`).sort(),
    );
    assertNoPollution();
  }
});

test('validateOrder refuses order JSON with __proto__, constructor and prototype keys at every depth', () => {
  const acceptedAt = new Date().toISOString();
  const order = {
    idempotencyKey: '6f1c1f3e-8a51-4c8e-9a43-0c1d2e3f4a5b', serviceId: 'postgresql', version: '17', nodeTypeId: 'general-purpose',
    sizeId: 'gp-m', storageGb: 100, trustedSources: [{ cidr: '123.123.123.123/32', label: 'Office' }], regionId: 'de-west-1',
    billingProfile: {
      new: { company: 'ACME GmbH', contactName: 'Erika Mustermann', email: 'erika@example.com', street: 'Hauptstraße 1', postalCode: '50667', city: 'Köln', country: 'DE' },
    },
    acceptedDocuments: [
      { id: 'terms', version: '3', acceptedAt }, { id: 'dpa', version: '2.1', acceptedAt }, { id: 'service-description-database', version: '2.0', acceptedAt },
    ],
    meta: { partner: 'partner-1' },
  };
  assert.equal(validateOrder(builtInCatalog, order).ok, true, 'the order without poison is valid');
  const CASES = [
    [[[], '__proto__']],
    [[[], 'constructor'], [[], 'prototype']],
    [[['billingProfile'], '__proto__'], [['billingProfile', 'new'], 'constructor']],
    [[['trustedSources', 0], '__proto__'], [['acceptedDocuments', 1], 'constructor'], [['meta'], '__proto__']],
  ];
  for (const at of CASES) {
    const result = validateOrder(builtInCatalog, JSON.parse(poisonedJson(order, at)));
    assert.equal(result.ok, false, JSON.stringify(at));
    const found = result.issues.map((issue) => `${issue.path} ${issue.code}`);
    for (const [path, key] of at) assert.ok(found.includes(`${pathOf(path, key)} unknown-key`), `${pathOf(path, key)} in ${JSON.stringify(found)}`);
    assertNoPollution();
  }
});
