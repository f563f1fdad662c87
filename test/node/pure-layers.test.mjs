// `src/schema` and `src/core` return codes and parameters, never sentences: they import no message module (nothing
// from `src/i18n`, not even a type) and no lit, and no string in them reads as a sentence. Words live in `src/i18n`,
// one registry per language. Reads the TypeScript sources with the compiler of TypeScript 5.9 (test/angular/ brings it).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const ts = createRequire(join(root, 'test/angular/package.json'))('typescript');
const LAYERS = ['src/schema', 'src/core'];

const files = LAYERS.flatMap((layer) =>
  readdirSync(join(root, layer), { recursive: true })
    .filter((name) => String(name).endsWith('.ts'))
    .map((name) => join(root, layer, String(name))),
);

/** Every module specifier a source file names: static imports and exports (type-only too) and dynamic imports. */
function specifiers(source) {
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0])) {
      found.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The texts of the string literals and template parts of a source file, with their line numbers. */
function strings(source) {
  const found = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      // Module names are not text.
      const parent = node.parent;
      const isSpecifier = parent && (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent));
      if (!isSpecifier) found.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const parse = (file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);

/**
 * Words a person reads: at least three words, or two starting with a capital or ending with a stop. A word has two
 * letters, one of them lower case: lists of codes in capitals (`EUR USD`) are data.
 */
function looksLikeSentence(text) {
  const words = text.trim().split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word) && /\p{Ll}/u.test(word));
  if (words.length >= 3) return true;
  return words.length >= 2 && (/^\p{Lu}\p{Ll}/u.test(text.trim()) || /[.!?:]$/.test(text.trim()));
}

test('the sentence check finds sentences and lets codes, paths and patterns pass', () => {
  for (const text of ['This value is missing.', 'Enter the company name.', 'There is no service "x" in the catalog.', 'a list of things', 'Not chosen']) {
    assert.equal(looksLikeSentence(text), true, text);
  }
  for (const text of ['storage-off-step', 'trustedSources', 'billingProfile.new.email', 'order-wizard:', '0.0.0.0/0', '', ' ', 'BIF CLP DJF', '[', 'utf-8']) {
    assert.equal(looksLikeSentence(text), false, text);
  }
});

test('src/schema and src/core exist and hold the checks', () => {
  const names = files.map((file) => relative(root, file));
  for (const expected of ['src/schema/catalog.ts', 'src/schema/issues.ts', 'src/core/trusted-sources.ts', 'src/core/order-validation.ts', 'src/core/wizard-draft.ts']) {
    assert.ok(names.includes(expected), expected);
  }
});

test('src/schema and src/core import no message module and no lit, not even a type', () => {
  const offending = [];
  for (const file of files) {
    for (const specifier of specifiers(parse(file))) {
      const target = specifier.startsWith('.') ? relative(root, resolve(dirname(file), specifier)) : specifier;
      const inside = LAYERS.some((layer) => target.startsWith(`${layer}/`)) || target === 'zod/mini' || target === 'zod';
      if (!inside) offending.push(`${relative(root, file)} imports ${specifier}`);
    }
  }
  assert.deepEqual(offending, []);
});

test('no string in src/schema or src/core reads as a sentence', () => {
  const sentences = [];
  for (const file of files) {
    for (const { text, line } of strings(parse(file))) {
      if (looksLikeSentence(text)) sentences.push(`${relative(root, file)}:${line}: ${JSON.stringify(text)}`);
    }
  }
  assert.deepEqual(sentences, []);
});
