// Custom-elements manifest (dist/custom-elements.json, package.json `customElements`), generated from the class JSDoc.
// Runs offline: the analyzer only parses local files. `npm run build` empties dist/, so it runs after the library build.

import { fileURLToPath } from 'node:url';

// The element modules, the base class two of them inherit the form members from, and the module that defines the tags.
const ELEMENTS = 'src/elements/*/*.ts';
const FORM_BASE = 'src/controllers/form-associated.ts';
const DEFINE = 'src/define.ts';
/** The library's own TypeScript settings, wherever the analyzer is started from (Storybook runs it too). */
const TSCONFIG = fileURLToPath(new URL('./tsconfig.build.json', import.meta.url));
const ROOT = fileURLToPath(new URL('./', import.meta.url));

/**
 * The tags are registered by a loop over `TAGS` in src/define.ts, not by `customElements.define('tag', Class)` calls the
 * analyzer recognises. This reads that object literal and links each class to its tag, so the manifest follows define.ts.
 */
function tagsFromDefineModule() {
  /** tag → { name, module } of the class */
  const tags = new Map();
  return {
    name: 'order-widgets:tags-from-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (moduleDoc.path !== DEFINE || !ts.isSourceFile(node)) return;
      const importedFrom = new Map();
      for (const statement of node.statements) {
        if (ts.isImportDeclaration(statement) && statement.importClause?.namedBindings && ts.isNamedImports(statement.importClause.namedBindings)) {
          const module = statement.moduleSpecifier.text.replace(/^\.\//, 'src/').replace(/\.js$/, '.ts');
          for (const element of statement.importClause.namedBindings.elements) importedFrom.set(element.name.text, module);
        }
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          if (declaration.name.getText() !== 'TAGS') continue;
          let object = declaration.initializer;
          while (object && (ts.isAsExpression(object) || ts.isSatisfiesExpression?.(object) || ts.isParenthesizedExpression(object))) object = object.expression;
          if (!object || !ts.isObjectLiteralExpression(object)) throw new Error(`${DEFINE}: TAGS is no object literal`);
          for (const property of object.properties) {
            if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.initializer)) continue;
            const tag = ts.isStringLiteral(property.name) ? property.name.text : property.name.getText();
            const name = property.initializer.text;
            const module = importedFrom.get(name);
            if (!module) throw new Error(`${DEFINE}: ${name} (for <${tag}>) is not imported`);
            tags.set(tag, { name, module });
            moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name, module } });
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      if (tags.size === 0) throw new Error(`${DEFINE}: no tags found in TAGS`);
      for (const [tag, { name, module }] of tags) {
        const declaration = customElementsManifest.modules
          .find((doc) => doc.path === module)
          ?.declarations.find((decl) => decl.kind === 'class' && decl.name === name);
        if (!declaration) throw new Error(`<${tag}>: class ${name} not found in ${module}`);
        declaration.tagName = tag;
        declaration.customElement = true;
      }
    },
  };
}

/**
 * Keeps the manifest to the public API: the element modules, the modules of the classes they extend, and define.ts.
 * Helper modules under src/elements (templates, contexts, message lookups) are not part of the API. Within a module, only
 * exported declarations stay (the analyzer also lists some local constants of methods). Events come from `@fires`: the
 * analyzer also reports `dispatchEvent(new CustomEvent(type))` as an event named after the variable, without a description.
 */
function publicApiOnly() {
  return {
    name: 'order-widgets:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      const classes = customElementsManifest.modules.flatMap((doc) => doc.declarations.filter((decl) => decl.kind === 'class'));
      const paths = new Set(customElementsManifest.modules.map((doc) => doc.path));
      for (const decl of classes) {
        // The analyzer writes a local superclass as `/src/….js` (the import specifier); point it at the module's path.
        const module = decl.superclass?.module?.replace(/^\//, '').replace(/\.js$/, '.ts');
        if (module && paths.has(module)) decl.superclass.module = module;
      }
      const bases = new Set(classes.filter((decl) => decl.tagName).map((decl) => decl.superclass?.module).filter(Boolean));
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (doc) => doc.path === DEFINE || bases.has(doc.path) || doc.declarations.some((decl) => decl.tagName),
      );
      // Sorted: globby lists files in no fixed order, and a stable manifest diffs cleanly.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const doc of customElementsManifest.modules) {
        const exported = new Set(doc.exports.filter((exp) => exp.kind === 'js').map((exp) => exp.declaration.name));
        doc.declarations = doc.declarations.filter((decl) => exported.has(decl.name));
        for (const decl of doc.declarations) {
          // The house JSDoc starts with `@summary <line>` and goes on with the long text, which JSDoc reads as part of
          // the summary tag. The summary is the first paragraph; the description (Storybook's docs text) is all of it.
          if (decl.summary && !decl.description) {
            const [first, ...rest] = decl.summary.split(/\n\s*\n/);
            if (rest.length > 0) Object.assign(decl, { summary: first.replace(/\s+/g, ' ').trim(), description: decl.summary });
          }
          if (decl.events) decl.events = decl.events.filter((event) => event.description);
          // Private members (`private`, `#x`, `@state()`) are no API; protected ones stay for subclasses.
          if (decl.members) decl.members = decl.members.filter((member) => member.privacy !== 'private');
        }
      }
    },
  };
}

/**
 * Defaults as values: a field initialised from a constant (`pollInterval = DEFAULT_POLL_INTERVAL_MS`) or written with
 * numeric separators (`30_000`) gets the value the type checker knows for it (`5000`, `30000`), in the member and in
 * its attribute, so Storybook, editors and docs show a value, not a name. Other initialisers stay as written. The
 * analyzer itself resolves a constant only from a module among its globs and keeps `30_000` as written. The checker comes
 * from a TypeScript program of the library's sources (tsconfig.build.json). @wc-toolkit/type-parser, which builds such a
 * program for resolved types, resolves no defaults, and its types for this API were wrong (`FetchStatus` became `{ }`).
 */
function defaultsAsValues() {
  let program;
  return {
    name: 'order-widgets:defaults-as-values',
    collectPhase({ ts, node }) {
      if (program || !ts.isSourceFile(node)) return;
      const fail = (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      };
      const config = ts.getParsedCommandLineOfConfigFile(TSCONFIG, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: fail });
      program = ts.createProgram(config.fileNames, config.options);
    },
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const decl = moduleDoc.declarations.find((each) => each.kind === 'class' && each.name === node.name.text);
      const typed = program.getSourceFile(`${ROOT}${moduleDoc.path}`)?.statements.find((each) => ts.isClassDeclaration(each) && each.name?.text === node.name.text);
      if (!decl || !typed) return;
      const checker = program.getTypeChecker();
      for (const member of typed.members) {
        if (!ts.isPropertyDeclaration(member) || !member.initializer || !ts.isIdentifier(member.name)) continue;
        const value = literalValue(ts, checker, member.initializer);
        if (value === undefined) continue;
        const name = member.name.text;
        for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
          if ((item.kind === 'field' && item.name === name) || item.fieldName === name) item.default = value;
        }
      }
    },
  };
}

/** The default's text for an initialiser that names a constant or is a number, else undefined (left as written). */
function literalValue(ts, checker, initializer) {
  if (!ts.isIdentifier(initializer) && !ts.isNumericLiteral(initializer) && !ts.isPropertyAccessExpression(initializer)) return undefined;
  const type = checker.getTypeAtLocation(initializer);
  if (type.isNumberLiteral()) return String(type.value);
  if (type.isStringLiteral()) return `'${type.value}'`;
  if (type.flags & ts.TypeFlags.BooleanLiteral) return checker.typeToString(type);
  return undefined;
}

/**
 * `lang` is observed by each element (its texts follow it at once) and documented with `@attr` in the class JSDoc; it
 * is the element's inherited `lang` property, which the analyzer does not link. Tools (JSX types, editors) need the
 * link to treat attribute and property as one.
 */
function langIsTheLangProperty() {
  return {
    name: 'order-widgets:lang-is-the-lang-property',
    packageLinkPhase({ customElementsManifest }) {
      for (const doc of customElementsManifest.modules) {
        for (const decl of doc.declarations) {
          const lang = decl.attributes?.find((attribute) => attribute.name === 'lang');
          if (lang && !lang.fieldName) lang.fieldName = 'lang';
        }
      }
    },
  };
}

export default {
  globs: [ELEMENTS, FORM_BASE, DEFINE],
  exclude: ['src/**/*.styles.ts', '**/*.test.ts', '**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  // The analyzer would otherwise write a `customElements` field into package.json on every run.
  packagejson: false,
  plugins: [tagsFromDefineModule(), defaultsAsValues(), langIsTheLangProperty(), publicApiOnly()],
};
