// Which types an integrator meets but cannot import: reads the package's declaration files (dist/types) through its
// `exports`, walks everything an entry exports (each public class member, interface member, function signature, type
// alias and variable type) and the global declarations its modules add (`HTMLElementTagNameMap`, the event maps), and
// reports every type of the package named there that the entry does not export. `order-widgets` and
// `order-widgets/schema` must export all they use; the other entries may leave a type to `order-widgets`.
//
// `node scripts/public-types.mjs [package dir]` prints the list (empty: every type is importable). It needs the
// compiler API of TypeScript 5.9, which test/angular/ brings (TypeScript 7 has none).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const ts = createRequire(join(root, 'test/angular/package.json'))('typescript');

/** The entries of a package's `exports` that have declarations: `[{ specifier, file }]`. */
export function typedEntries(packageDir) {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  return Object.entries(pkg.exports)
    .filter(([, target]) => typeof target === 'object' && target?.types)
    .map(([key, target]) => ({ specifier: key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`, file: join(packageDir, target.types) }));
}

/**
 * Types of the package used in what an entry makes public but exported neither by that entry nor, for entries other
 * than the main one and `/schema`, by the main entry. Each: `{ entry, name, file, usedBy }`.
 * @param {string} packageDir the package root (its package.json and dist/types)
 */
export function missingPublicTypes(packageDir = root) {
  const entries = typedEntries(packageDir);
  const typesDir = join(packageDir, 'dist', 'types');
  const program = ts.createProgram(
    entries.map((entry) => entry.file),
    {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  const own = (symbol) => !!symbol.declarations?.length && symbol.declarations.every((d) => d.getSourceFile().fileName.startsWith(typesDir));
  const resolveAlias = (symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  const exportsOf = (file) => {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not in the program`);
    return new Set(checker.getExportsOfModule(checker.getSymbolAtLocation(source)).map(resolveAlias));
  };
  const main = entries[0];
  const mainExports = exportsOf(main.file);
  // Entries that must export every type they use themselves; the others may leave a type to the main entry.
  const selfContained = new Set([main.specifier, `${main.specifier}/schema`]);

  /** The package's declaration files an entry loads, itself included (imports, re-exports, `import("…")` types). */
  function reachable(file, found = new Set()) {
    const source = program.getSourceFile(file);
    if (!source || found.has(source)) return found;
    found.add(source);
    const visit = (node) => {
      let specifier;
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) specifier = node.moduleSpecifier;
      else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) specifier = node.argument.literal;
      if (specifier && ts.isStringLiteral(specifier)) {
        const resolved = ts.resolveModuleName(specifier.text, source.fileName, program.getCompilerOptions(), ts.sys).resolvedModule;
        if (resolved?.resolvedFileName.startsWith(typesDir)) reachable(resolved.resolvedFileName, found);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  /** The package's symbols a declaration names as types: type references, `import("…").X`, heritage clauses. */
  function namedTypes(node, found = []) {
    // Members no integrator can reach: private, protected (`#x` members are emitted as a bare `#private`).
    if (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) return found;
    if (node.name && ts.isPrivateIdentifier(node.name)) return found;
    // `typeof value` names a value, not a type one would import (`z.input<typeof catalogSchema>`).
    if (ts.isTypeQueryNode(node)) return found;
    let name;
    if (ts.isTypeReferenceNode(node)) name = ts.isQualifiedName(node.typeName) ? node.typeName.right : node.typeName;
    else if (ts.isExpressionWithTypeArguments(node)) name = ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression;
    else if (ts.isImportTypeNode(node) && node.qualifier) name = ts.isQualifiedName(node.qualifier) ? node.qualifier.right : node.qualifier;
    const symbol = name && checker.getSymbolAtLocation(name);
    if (symbol) {
      const target = resolveAlias(symbol);
      if (!(target.flags & ts.SymbolFlags.TypeParameter) && own(target)) found.push(target);
    }
    ts.forEachChild(node, (child) => void namedTypes(child, found));
    return found;
  }

  const missing = [];
  for (const entry of entries) {
    const exported = exportsOf(entry.file);
    const allowed = (symbol) => exported.has(symbol) || (!selfContained.has(entry.specifier) && mainExports.has(symbol));
    const seen = new Set();
    /** @type {{ symbol: any, usedBy: string }[]} */
    const queue = [...exported].filter(own).map((symbol) => ({ symbol, usedBy: `export ${symbol.name}` }));
    // What the entry's modules declare globally (tag and event maps) is public as soon as the entry is imported.
    for (const source of reachable(entry.file)) {
      for (const statement of source.statements) {
        if (ts.isModuleDeclaration(statement) && statement.name.text === 'global') {
          for (const symbol of namedTypes(statement)) queue.push({ symbol, usedBy: `declare global in ${relative(typesDir, source.fileName)}` });
        }
      }
    }
    while (queue.length) {
      const { symbol, usedBy } = queue.shift();
      if (seen.has(symbol)) continue;
      seen.add(symbol);
      if (!allowed(symbol)) {
        missing.push({ entry: entry.specifier, name: symbol.name, file: relative(typesDir, symbol.declarations[0].getSourceFile().fileName), usedBy });
      }
      for (const declaration of symbol.declarations) {
        for (const used of namedTypes(declaration)) queue.push({ symbol: used, usedBy: symbol.name });
      }
    }
  }
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = missingPublicTypes(resolve(process.argv[2] ?? root));
  for (const { entry, name, file, usedBy } of missing) console.log(`${entry}: ${name} (${file}), used by ${usedBy}`);
  console.log(`${missing.length} type(s) used but not exported`);
  process.exitCode = missing.length ? 1 : 0;
}
