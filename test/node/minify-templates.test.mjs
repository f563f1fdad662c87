// The build's minification of lit templates (scripts/minify-templates.mjs): each row is a template as written and as it
// must come out; a row fails if the transform drops whitespace that renders, touches an expression or a binding's
// name, or breaks a CSS token. Then every template in src/: same expressions and same binding names after the transform.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Minifies `tag`…`` in a module that imports it by `importLine`; returns the template's text as it comes out. */
function run(tag, body, importLine = `import { html, svg, css } from 'lit';`) {
  const head = `${importLine}\nconst value: unknown = 1;\nexport const t = ${tag}\``;
  const code = `${head}${body}\`;\n`;
  const result = minifyTemplates(code, { id: 'fixture.ts' });
  if (!result) return body;
  assert.ok(result.code.startsWith(head) && result.code.endsWith('`;\n'), 'only the template changed');
  return result.code.slice(head.length, -3);
}

const HTML_ROWS = [
  // [what, written, expected]
  ['a line break and indentation become one space', '<p>\n    Hello\n    world\n  </p>', '<p> Hello world </p>'],
  ['the space between inline elements stays', '<b>a</b>\n  <i>b</i>', '<b>a</b> <i>b</i>'],
  ['between a binding and an inline element too', '${value}\n  <a href="#">x</a>', '${value} <a href="#">x</a>'],
  ['spaces without a line break are left as they are', '<b>a</b>  <i>b</i>', '<b>a</b>  <i>b</i>'],
  ['<pre> untouched, whatever it holds', '<pre>\n  a\n    <b>b</b>\n</pre>\n  <p>c</p>', '<pre>\n  a\n    <b>b</b>\n</pre> <p>c</p>'],
  ['nested <pre> counted', '<pre><pre>x</pre>\n  y\n</pre>\n z', '<pre><pre>x</pre>\n  y\n</pre> z'],
  ['<textarea> untouched, a tag inside is text', '<textarea>\n  <b>\n  a\n</textarea>\n  b', '<textarea>\n  <b>\n  a\n</textarea> b'],
  ['<script> and <style> untouched', '<style>\n  a { }\n</style>\n<script>\n  x\n</script>', '<style>\n  a { }\n</style> <script>\n  x\n</script>'],
  [
    'an element with an inline white-space style untouched',
    '<div style="white-space: pre-wrap">a\n  <div>b\n  </div>\n  c</div>\n  d',
    '<div style="white-space: pre-wrap">a\n  <div>b\n  </div>\n  c</div> d',
  ],
  ['svg text with xml:space="preserve" untouched', '<text xml:space="preserve">a\n  b</text>\n  c', '<text xml:space="preserve">a\n  b</text> c'],
  ['attribute values untouched', '<p title="a\n  b" class="x\n  y">z</p>', '<p title="a\n  b" class="x\n  y">z</p>'],
  [
    'bindings keep their names, prefixes and quotes',
    '<input\n  type="text"\n  .value=${value}\n  ?disabled=${value}\n  @input=${value}\n  aria-label="${value}"\n  data-x=\'${value}\'\n/>',
    '<input type="text" .value=${value} ?disabled=${value} @input=${value} aria-label="${value}" data-x=\'${value}\' />',
  ],
  ['a quoted value holding a binding untouched', '<p class="a\n  ${value}\n  b">c</p>', '<p class="a\n  ${value}\n  b">c</p>'],
  ['expression code untouched', '<p>${\n  value +\n  `\n    x\n  `\n}</p>', '<p>${\n  value +\n  `\n    x\n  `\n}</p>'],
  ['comments untouched, bindings inside too', '<!-- a\n  ${value}\n  b -->\n  c', '<!-- a\n  ${value}\n  b --> c'],
  ['a template with an escape left alone', '<p>\n  a\\u0020\n  b</p>', '<p>\n  a\\u0020\n  b</p>'],
];

const SVG_ROWS = [['svg: same rules', '<g>\n  <text>a</text>\n  <text>b</text>\n</g>', '<g> <text>a</text> <text>b</text> </g>']];

const CSS_ROWS = [
  ['comments stripped', '/* a */\n:host {\n  color: red; /* b */\n}\n', ':host{color:red;}'],
  ['whitespace around { } ; : , goes', '.a ,\n.b {\n  margin : 0 ;\n  font-family: a, b;\n}', '.a,.b{margin :0;font-family:a,b;}'],
  ['descendant combinator stays', '.a .b {\n  x: y;\n}', '.a .b{x:y;}'],
  ['a space before : stays (.a :hover is not .a:hover)', '.a :focus-visible {\n  x: y;\n}\n:host ::slotted(*) { }', '.a :focus-visible{x:y;}:host ::slotted(*){}'],
  ['child combinator tightened', '.a > .b { }', '.a>.b{}'],
  ['calc keeps the spaces around + and -', 'a {\n  width: calc(1px +\n    2px);\n  height: calc(var(--a) - 1px);\n}', 'a{width:calc(1px + 2px);height:calc(var(--a) - 1px);}'],
  ['strings untouched', "a::before {\n  content: ' ,  { }  /* c */ ';\n}\n[title=\"a  >  b\"] { }", "a::before{content:' ,  { }  /* c */ ';}[title=\"a  >  b\"]{}"],
  ['unquoted url() untouched', 'a {\n  background: url( a , b );\n}', 'a{background:url( a , b );}'],
  ['media query: the space after and stays', '@media (max-width: 30rem) and (hover: hover) {\n  a { }\n}', '@media (max-width:30rem) and (hover:hover){a{}}'],
  ['a comment between two words still separates them', 'a/* x */b { }', 'a/**/b{}'],
  ['an empty custom property keeps its space', ':host {\n  --x: ;\n}', ':host{--x: ;}'],
  ['the space ending a CSS escape stays', '.\\\\31 0 {\n  x: y;\n}', '.\\\\31 0{x:y;}'],
  ['next to an expression the descendant space stays', '.a ${value} {\n  color: ${value};\n}', '.a ${value}{color:${value};}'],
  ['a comment spanning an expression: left alone', '/* ${value} */\na { }', '/* ${value} */\na { }'],
];

describe('minifyTemplates: html', () => {
  for (const [what, written, expected] of HTML_ROWS) test(what, () => assert.equal(run('html', written), expected));
  for (const [what, written, expected] of SVG_ROWS) test(what, () => assert.equal(run('svg', written), expected));
});

describe('minifyTemplates: css', () => {
  for (const [what, written, expected] of CSS_ROWS) test(what, () => assert.equal(run('css', written), expected));
});

describe('minifyTemplates: which templates', () => {
  const written = '<p>\n  a\n</p>';
  const ROWS = [
    ['an alias of lit\'s html', 'h', `import { html as h } from 'lit';`, '<p> a </p>'],
    ['lit\'s html through a namespace import', 'lit.html', `import * as lit from 'lit';`, '<p> a </p>'],
    ['lit-html\'s html', 'html', `import { html } from 'lit-html';`, '<p> a </p>'],
    ['@lit/reactive-element\'s css', 'css', `import { css } from '@lit/reactive-element';`, '<p>a </p>'],
    ['an html that is not lit\'s', 'html', `const html = String.raw;`, written],
    ['a type-only import is no tag', 'html', `import type { html } from 'lit';\nimport { css } from 'lit';`, written],
  ];
  for (const [what, tag, importLine, expected] of ROWS) test(what, () => assert.equal(run(tag, written, importLine), expected));
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

/** For each tagged template: its expressions and the attribute each binds, by lit's rule (whitespace, then the name). */
function templates(code) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression') {
      const strings = node.quasi.quasis.map((q) => q.value.cooked);
      found.push({
        expressions: node.quasi.expressions.map(shape),
        bindings: strings.slice(0, -1).map((s) => /\s([.?@]?[^\s"'>/=]+)\s*=\s*["']?$/.exec(s)?.[1] ?? null),
      });
    }
    for (const value of Object.values(node)) (Array.isArray(value) ? value : [value]).forEach(visit);
  };
  visit(parseAst(code, { lang: 'ts' }));
  return found;
}

describe('minifyTemplates: the templates in src/', () => {
  const modules = litModules();
  test('there are templates to check', () => assert.ok(modules.length >= 10));
  test('a class a stylesheet makes whitespace-preserving is only on <pre> or <textarea> (the build cannot see it)', () => {
    const sources = modules.map(({ code }) => code).join('\n');
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
  for (const { path, code } of modules) {
    test(`${relative(ROOT, path)}: same expressions, same binding names`, () => {
      const result = minifyTemplates(code, { id: path });
      const before = templates(code);
      const after = templates(result?.code ?? code);
      assert.deepEqual(after, before);
    });
  }
});
