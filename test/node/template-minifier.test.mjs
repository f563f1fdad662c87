// The build's minification of lit templates (scripts/template-minifier.mjs), through the very plugin the builds use:
// a row for each thing the options are there for, as written and as it must come out; then every template in src/:
// same expressions, same binding names, same elements and nesting, <pre> as written, and no whitespace-preserving
// style where the minifier cannot see it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';
import { templateMinifier } from '../../scripts/template-minifier.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const plugin = templateMinifier();
/** What the bundler gives a plugin's transform. A warning means a template ships as written. */
const warnings = [];
const context = {
  error(/** @type {string} */ message) {
    throw new Error(message);
  },
  warn(/** @type {string} */ message) {
    warnings.push(message);
  },
};

/** The module as the build passes it on (the same text when the plugin leaves it alone). */
async function transform(code, id) {
  const result = await plugin.transform.call(context, code, id);
  return result?.code ?? code;
}

const FIXTURE = join(ROOT, 'src', 'fixture.ts');
const head = (tag) => `import { html, svg, css } from 'lit';\nconst value: unknown = 1;\nexport const t = ${tag}\``;

/** Minifies `tag`…`` in a module under src/; returns the template's text as it comes out. */
async function run(tag, body) {
  warnings.length = 0;
  const code = await transform(`${head(tag)}${body}\`;\n`, FIXTURE);
  assert.deepEqual(warnings, []);
  assert.ok(code.startsWith(head(tag)) && code.endsWith('`;\n'), 'only the template changed');
  return code.slice(head(tag).length, -3);
}

const HTML_ROWS = [
  // [what, written, expected]
  ['a line break and its indentation become one space', '<p>\n    Hello\n    world\n  </p>', '<p> Hello world </p>'],
  ['the space next to a custom element stays', 'Status:\n  <order-status-badge></order-status-badge>\n  <b>x</b>', 'Status: <order-status-badge></order-status-badge> <b>x</b>'],
  ['<pre> as written', '<pre>\n  a\n    <b>b</b>\n</pre>\n  <p>c</p>', '<pre>\n  a\n    <b>b</b>\n</pre> <p>c</p>'],
  ['<textarea> text as written', '<textarea>\n  a\n    b\n</textarea>\n  c', '<textarea>\n  a\n    b\n</textarea> c'],
  [
    'bindings keep their names, case and prefixes',
    '<x-a\n  .fetchStatus=${value}\n  ?live=${value}\n  @order-submit=${value}\n  aria-label="${value}"\n></x-a>',
    '<x-a .fetchStatus="${value}" ?live="${value}" @order-submit="${value}" aria-label="${value}"></x-a>',
  ],
  ['an empty value stays (a checkbox without one submits "on")', '<input type="checkbox" name="a" value="">', '<input type="checkbox" name="a" value="">'],
];

const CSS_ROWS = [
  ['comments and needless whitespace go', '/* a */\n:host {\n  color: red; /* b */\n}\n', ':host{color:red}'],
  ['a space before : stays (.a :hover is not .a:hover)', '.a :focus-visible {\n  color: red;\n}', '.a :focus-visible{color:red}'],
  ['media queries stay in the syntax ES2022 browsers read', '@media (max-width: 30rem) {\n  a { color: red; }\n}', '@media (max-width:30rem){a{color:red}}'],
  ['an expression before the rules stays in place', '${value}\n:host {\n  color: red;\n}', '${value}:host{color:red}'],
  // Its fallback (variables set where a rule declares color-scheme) cannot see the host page's color-scheme.
  ['light-dark() stays as written: the theme follows the page\'s color-scheme', ':host {\n  --_t: var(--t, light-dark(#123, #eee));\n}',
    ':host{--_t:var(--t,light-dark(#123,#eee))}'],
  // Range syntax here is fine: every browser with container queries reads it.
  ['container queries stay container queries', '@container (min-width: 48em) {\n  a { color: red; }\n}', '@container (width>=48em){a{color:red}}'],
];

describe('template minification: html and svg', () => {
  for (const [what, written, expected] of HTML_ROWS) test(what, async () => assert.equal(await run('html', written), expected));
  test('svg shapes stay self-closing (else the next shape is nested inside and not drawn)', async () => {
    assert.equal(await run('svg', '<circle cx="12" r="9"/>\n  <path d="M1 1"/>'), '<circle cx="12" r="9"/> <path d="M1 1"/>');
  });
  test('a template the minifier cannot take apart fails the build instead of shipping as written', async () => {
    await assert.rejects(transform(`${head('html')}<!-- \${value} -->\n<p></p>\`;\n`, FIXTURE));
  });
});

describe('template minification: css', () => {
  for (const [what, written, expected] of CSS_ROWS) test(what, async () => assert.equal(await run('css', written), expected));
});

describe('template minification: which modules', () => {
  const code = "import { html } from 'lit';\nexport const t = html`<p>\n  a\n</p>`;\n";
  for (const path of ['node_modules/some-package/index.js', 'stories/some.stories.ts', 'test/elements/some.test.ts']) {
    test(`${path} is left as written`, async () => assert.equal(await transform(code, join(ROOT, path)), code));
  }
});

/** Every .ts file under src/ that imports from lit. */
function litModules(dir = join(ROOT, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return litModules(path);
    if (!entry.name.endsWith('.ts')) return [];
    const code = readFileSync(path, 'utf8');
    return /from 'lit'/.test(code) ? [{ path, code }] : [];
  });
}

/** An expression's AST without positions and without the text of the tagged templates inside it. */
function shape(node) {
  if (Array.isArray(node)) return node.map(shape);
  if (!node || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'start' || key === 'end') continue;
    copy[key] = node.type === 'TaggedTemplateExpression' && key === 'quasi' ? shape(value.expressions) : shape(value);
  }
  return copy;
}

/**
 * For each html and svg template: its expressions, the attribute each binds (lit's rule: whitespace, then the name),
 * its tags in order (`<name`, `</name`, `/>`: the elements and their nesting) and the text of its <pre> elements.
 */
function templates(code) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name !== 'css') {
      const strings = node.quasi.quasis.map((q) => q.value.cooked);
      const markup = strings.join('${}').replace(/<!--[\s\S]*?-->/g, '');
      found.push({
        expressions: node.quasi.expressions.map(shape),
        bindings: strings.slice(0, -1).map((s) => /\s([.?@]?[^\s"'>/=]+)\s*=\s*["']?$/.exec(s)?.[1] ?? null),
        tags: [...markup.matchAll(/<\/?[a-zA-Z][\w-]*|\/>/g)].map(([tag]) => tag),
        pre: [...markup.matchAll(/<pre[\s>][\s\S]*?<\/pre>/g)].map(([pre]) => pre.replace(/^<pre[^>]*>/, '')),
      });
    }
    for (const value of Object.values(node)) (Array.isArray(value) ? value : [value]).forEach(visit);
  };
  visit(parseAst(code, { lang: 'ts' }));
  return found;
}

describe('template minification: the templates in src/', () => {
  const modules = litModules();
  const sources = modules.map(({ code }) => code).join('\n');
  test('there are templates to check', () => {
    assert.ok(modules.length >= 10);
    assert.match(sources, /svg`/, 'an svg template');
    assert.match(sources, /<pre[\s>]/, 'a <pre>');
  });
  test('a class a stylesheet makes whitespace-preserving is only on <pre> or <textarea> (the minifier cannot see it)', () => {
    const rules = [...sources.matchAll(/([^{}]*)\{[^{}]*white-space\s*:\s*(?:pre|break-spaces)[^{}]*\}/g)];
    assert.ok(rules.length > 0, 'no whitespace-preserving rule found: is this check still needed?');
    for (const [, selector] of rules) {
      const classes = [...selector.matchAll(/\.([\w-]+)/g)].map((match) => match[1]);
      assert.ok(classes.length > 0, `${selector.trim()}: name a class`);
      for (const name of classes) {
        for (const [tag] of sources.matchAll(new RegExp(`<[a-z][\\w-]*(?=[^>]*\\sclass="[^"]*\\b${name}\\b)`, 'g'))) {
          assert.match(tag, /^<(pre|textarea)$/, `${tag} class="${name}": ${selector.trim()} preserves its whitespace`);
        }
      }
    }
  });
  test('no template preserves whitespace by a style or xml:space attribute (the minifier collapses it)', () => {
    assert.doesNotMatch(sources, /\sstyle\s*=\s*["'][^"']*white-space|\sxml:space\s*=/);
  });
  for (const { path, code } of modules) {
    test(`${relative(ROOT, path)}: same expressions, bindings, elements and <pre> text`, async () => {
      warnings.length = 0;
      assert.deepEqual(templates(await transform(code, path)), templates(code));
      assert.deepEqual(warnings, []);
    });
  }
});
