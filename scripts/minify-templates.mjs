// Build-time whitespace minification of lit's html`…`, svg`…` and css`…` templates in our own modules. The JS minifier
// leaves template text alone, so the indentation of every template would ship as it is written.
//
// html/svg: a run of whitespace that holds a line break becomes one space. Nothing is removed, so the DOM keeps every
// text node it had, and in normal white-space a line break and its indentation render as one space anyway. (Removing
// the runs between `>` and `<` too would save 52 more bytes of the gzipped whole bundle, and can join inline elements.)
// Untouched: attribute values, comments, the content of <pre>, <listing>, raw-text elements (<textarea>, <script>,
// <style>, …) and of any element with an inline `white-space` style or `xml:space="preserve"`. An element styled
// `white-space: pre*` by a stylesheet must be a <pre> or say so in its style attribute: the build cannot see which
// classes a stylesheet makes whitespace-preserving.
// css: comments go, whitespace collapses to one space and goes next to `{ } ; : , >` (not before `:`, which would turn
// `.a :hover` into `.a:hover`); strings and url(…) stay as they are, so do the spaces calc() needs around + and -.
//
// `${…}` expressions are never touched, nor the text next to them in ways that could join tokens. A template with a
// backslash escape in its text, or a css comment, string or url(…) that spans an expression, is left as it is.
import MagicString from 'magic-string';
import { join, normalize, sep } from 'node:path';
import { parseAst } from 'vite';

/** Modules whose `html`, `svg`, `mathml` and `css` exports are lit's template tags. */
const LIT_MODULES = new Set(['lit', 'lit-html', 'lit-element', '@lit/reactive-element']);
const TAGS = { html: 'html', svg: 'html', mathml: 'html', css: 'css' };

/**
 * Minifies the lit templates of one module (TypeScript or JavaScript). Returns `{ code, map }`, or `undefined` when
 * nothing changed.
 * @param {string} code
 * @param {{ id?: string, lang?: 'js' | 'ts' }} [options]
 */
export function minifyTemplates(code, { id = 'module.ts', lang = /\.[cm]?tsx?$/.test(id) ? 'ts' : 'js' } = {}) {
  if (!/['"](?:lit|lit-html|lit-element|@lit\/reactive-element)['"]/.test(code)) return undefined;
  const ast = parseAst(code, { lang });
  const tags = tagBindings(ast);
  if (tags.names.size === 0 && tags.namespaces.size === 0) return undefined;
  const s = new MagicString(code);
  let changed = false;
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression') return;
    const kind = tagKind(node.tag, tags);
    if (!kind) return;
    const raws = templateRaws(code, node.quasi);
    if (!raws) return;
    const minified = kind === 'css' ? minifyCss(raws.map((raw) => raw.text)) : minifyHtml(raws.map((raw) => raw.text));
    if (!minified) return;
    minified.forEach((text, i) => {
      const { start, end } = raws[i];
      if (text !== code.slice(start, end)) {
        if (start === end) s.appendLeft(start, text);
        else s.overwrite(start, end, text);
        changed = true;
      }
    });
  });
  if (!changed) return undefined;
  return { code: s.toString(), map: s.generateMap({ source: id, hires: 'boundary', includeContent: true }) };
}

/**
 * The local names of the template tags this module imports from lit: `{ html }`, `{ html as h }`, `* as lit`.
 * @param {any} ast
 */
function tagBindings(ast) {
  /** @type {Map<string, 'html' | 'css'>} */
  const names = new Map();
  /** @type {Set<string>} */
  const namespaces = new Set();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || node.importKind === 'type' || !LIT_MODULES.has(node.source.value)) continue;
    for (const spec of node.specifiers) {
      if (spec.type === 'ImportNamespaceSpecifier') namespaces.add(spec.local.name);
      if (spec.type !== 'ImportSpecifier' || spec.importKind === 'type') continue;
      const imported = spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value;
      if (Object.hasOwn(TAGS, imported)) names.set(spec.local.name, TAGS[/** @type {keyof TAGS} */ (imported)]);
    }
  }
  return { names, namespaces };
}

/**
 * @param {any} tag
 * @param {ReturnType<typeof tagBindings>} tags
 * @returns {'html' | 'css' | undefined}
 */
function tagKind(tag, tags) {
  if (tag.type === 'Identifier') return tags.names.get(tag.name);
  if (tag.type === 'MemberExpression' && !tag.computed && tag.object.type === 'Identifier' && tags.namespaces.has(tag.object.name)) {
    const name = tag.property.name;
    return Object.hasOwn(TAGS, name) ? TAGS[/** @type {keyof TAGS} */ (name)] : undefined;
  }
  return undefined;
}

/**
 * Where each piece of template text sits in the source, without its delimiters; `undefined` for a template whose raw
 * text is not the source text (CRLF line ends), which is then left alone.
 * @param {string} code
 * @param {any} quasi
 * @returns {{ start: number, end: number, text: string }[] | undefined}
 */
function templateRaws(code, quasi) {
  const raws = [];
  // ESTree parsers disagree on whether a TemplateElement's range starts at the backtick or `}` before its text.
  const delimited = code[quasi.quasis[0].start] === '`';
  for (const element of quasi.quasis) {
    const raw = element.value.raw;
    const start = delimited ? element.start + 1 : element.start;
    if (code.slice(start, start + raw.length) !== raw) return undefined;
    raws.push({ start, end: start + raw.length, text: raw });
  }
  return raws;
}

/**
 * Calls `visit` for every node of an ESTree AST.
 * @param {any} node
 * @param {(node: any) => void} visit
 */
function walk(node, visit) {
  visit(node);
  for (const key in node) {
    if (key === 'parent') continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, visit);
    } else if (value && typeof value.type === 'string') {
      walk(value, visit);
    }
  }
}

const WS = /[ \t\n\r\f]/;
/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** Elements whose whitespace renders as written. */
const PRESERVE = new Set(['pre', 'listing']);
/** An inline style that sets white-space (any value: `normal` is rare inline), or SVG's xml:space="preserve". */
const PRESERVING_ATTRIBUTE = /\bstyle\s*=\s*["']?[^"'>]*white-space|\bxml:space\s*=\s*["']?preserve/i;

/**
 * The html (or svg) template's text pieces with their whitespace minified; the state (in a tag, in a quoted attribute
 * value, in a comment, …) carries across the expressions between them. The raw text must hold no escapes but `\\`.
 * @param {string[]} strings
 * @returns {string[] | undefined}
 */
export function minifyHtml(strings) {
  if (strings.some((text) => text.includes('\\'))) return undefined;
  /** @type {'text' | 'tag' | 'value' | 'comment' | 'raw'} */
  let state = 'text';
  let quote = '';
  let tagName = '';
  let tagText = '';
  let endTag = false;
  /** While set, nothing is changed: the name of the whitespace-preserving element and how deep we are inside it. */
  let preserve = /** @type {{ name: string, depth: number } | undefined} */ (undefined);
  /** The raw-text element whose end tag we look for. */
  let rawName = '';

  return strings.map((text) => {
    let out = '';
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      if (state === 'comment') {
        const close = text.indexOf('-->', i);
        const stop = close === -1 ? text.length : close + 3;
        out += text.slice(i, stop);
        i = stop;
        if (close !== -1) state = 'text';
        continue;
      }
      if (state === 'raw') {
        const close = new RegExp(`</${rawName}[\\s/>]`, 'i').exec(text.slice(i));
        const stop = close ? i + close.index : text.length;
        out += text.slice(i, stop);
        i = stop;
        if (close) state = 'text';
        continue;
      }
      if (state === 'value') {
        const close = text.indexOf(quote, i);
        const stop = close === -1 ? text.length : close + 1;
        out += text.slice(i, stop);
        tagText += text.slice(i, stop);
        i = stop;
        if (close !== -1) state = 'tag';
        continue;
      }
      if (WS.test(c)) {
        let j = i;
        while (j < text.length && WS.test(text[j])) j += 1;
        const run = text.slice(i, j);
        out += !preserve && /[\n\r]/.test(run) ? ' ' : run;
        if (state === 'tag') tagText += ' ';
        i = j;
        continue;
      }
      if (state === 'text') {
        if (text.startsWith('<!--', i)) {
          state = 'comment';
          out += '<!--';
          i += 4;
          continue;
        }
        const tag = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(text.slice(i));
        if (tag) {
          state = 'tag';
          endTag = tag[1] === '/';
          tagName = tag[2].toLowerCase();
          tagText = '';
          out += tag[0];
          i += tag[0].length;
          continue;
        }
        out += c;
        i += 1;
        continue;
      }
      // state === 'tag'
      if (c === '"' || c === "'") {
        state = 'value';
        quote = c;
        out += c;
        tagText += c;
        i += 1;
        continue;
      }
      out += c;
      i += 1;
      if (c !== '>') {
        tagText += c;
        continue;
      }
      state = 'text';
      if (preserve) {
        if (tagName === preserve.name) preserve.depth += endTag ? -1 : 1;
        if (preserve.depth === 0) preserve = undefined;
      } else if (!endTag && (PRESERVE.has(tagName) || PRESERVING_ATTRIBUTE.test(tagText))) {
        preserve = { name: tagName, depth: 1 };
      }
      if (!endTag && RAW_TEXT.has(tagName)) {
        state = 'raw';
        rawName = tagName;
      }
    }
    return out;
  });
}

/** Characters next to which whitespace in CSS never matters (`:` only after: `.a :hover` is not `.a:hover`). */
const CSS_BEFORE = new Set(['{', '}', ';', ',', '>']);
const CSS_AFTER = new Set(['{', '}', ';', ',', '>', ':']);

/**
 * The css template's text pieces with comments removed and whitespace minified. `undefined` when a comment, string or
 * url(…) spans an expression, or the raw text holds an escape other than `\\`.
 * @param {string[]} strings
 * @returns {string[] | undefined}
 */
export function minifyCss(strings) {
  const out = [];
  for (const [index, text] of strings.entries()) {
    if (/\\(?!\\)/.test(text.replaceAll('\\\\', ''))) return undefined;
    const first = index === 0;
    const last = index === strings.length - 1;
    let result = '';
    /** What separates the next token from the previous one: nothing, whitespace, or a comment only. */
    let gap = /** @type {'' | ' ' | 'comment'} */ ('');
    let escaped = false;
    const flush = (/** @type {string | undefined} */ next) => {
      if (!gap) return;
      const prev = result.at(-1);
      // Template start: nothing before. Before an expression (next undefined): keep a space unless after `{ } ; : , >`.
      const atStart = prev === undefined && first;
      const dropAfter = prev !== undefined && CSS_AFTER.has(prev) && !(prev === ':' && (next === ';' || next === '}'));
      const dropBefore = next !== undefined && CSS_BEFORE.has(next) && !(prev === ':' && (next === ';' || next === '}'));
      let sep = '';
      if (atStart || dropAfter || dropBefore || (next === undefined && last)) sep = '';
      // The space after a CSS escape (`\\31 23`) can be part of it.
      else if (gap === ' ' || escaped) sep = ' ';
      else sep = '/**/';
      result += sep;
      gap = '';
    };
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      if (WS.test(c)) {
        gap = ' ';
        i += 1;
        continue;
      }
      if (text.startsWith('/*', i)) {
        const close = text.indexOf('*/', i + 2);
        if (close === -1) return undefined;
        if (!gap) gap = 'comment';
        i = close + 2;
        continue;
      }
      flush(c);
      if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < text.length && text[j] !== c && text[j] !== '\n') j += text.startsWith('\\\\', j) ? (text.startsWith('\\\\\\\\', j) ? 4 : 3) : 1;
        if (j >= text.length || text[j] !== c) return undefined;
        result += text.slice(i, j + 1);
        i = j + 1;
        escaped = false;
        continue;
      }
      if (c === '(' && /(?:^|[^\w-])url$/i.test(result)) {
        const rest = text.slice(i + 1);
        const unquoted = /^[ \t\n\r\f]*[^"' \t\n\r\f]/.test(rest);
        if (unquoted) {
          const close = text.indexOf(')', i);
          if (close === -1) return undefined;
          result += text.slice(i, close + 1);
          i = close + 1;
          escaped = false;
          continue;
        }
      }
      if (text.startsWith('\\\\', i)) {
        // A CSS escape: the backslash and the character it escapes (itself possibly an escaped backslash).
        const length = text.startsWith('\\\\\\\\', i) ? 4 : 3;
        result += text.slice(i, i + length);
        i += length;
        escaped = true;
        continue;
      }
      result += c;
      if (CSS_AFTER.has(c)) escaped = false;
      i += 1;
    }
    if (gap) flush(undefined);
    out.push(result);
  }
  return out;
}

/**
 * The Vite plugin: minifies the lit templates of the modules under the project's `src/` (not dependencies, whose
 * templates are their own business, nor stories and tests). Builds only; the dev server serves templates as written.
 * @returns {import('vite').Plugin}
 */
export function minifyTemplatesPlugin({ root } = /** @type {{ root?: string }} */ ({})) {
  let srcDir = '';
  return {
    name: 'order-widgets:minify-templates',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      // `root`: the project's root when the build's own root is elsewhere (the bench pages build from bench/).
      srcDir = join(root ?? config.root, 'src') + sep;
    },
    transform: {
      filter: { id: { include: /\.[cm]?[jt]s(?:[?#]|$)/, exclude: /[\\/]node_modules[\\/]/ } },
      handler(code, id) {
        const file = id.replace(/[?#].*$/, '');
        if (!normalize(file).startsWith(srcDir)) return undefined;
        return minifyTemplates(code, { id: file });
      },
    },
  };
}
