// The package as `npm pack` makes it (needs `npm run build`): what the tarball holds, that every `exports` entry and its
// types resolve from a project that installed it, and that `npm pack` in a fresh clone builds dist/ by itself.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { build } from 'esbuild';
import { consumerProject, packTarball, root } from '../../scripts/pack.mjs';

const KB = 1024;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const TAGS = ['order-wizard', 'trusted-sources-editor', 'node-size-picker', 'order-status-badge'];

/** Every export's `default` file and `types` file, by subpath. */
const EXPORTS = Object.entries(pkg.exports).map(([subpath, target]) => ({
  subpath,
  specifier: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`,
  file: typeof target === 'string' ? target : target.default,
  types: typeof target === 'string' ? undefined : target.types,
}));

describe('the packed tarball', () => {
  test('is at most 400 KB and holds dist/, the licence, the readme, the manifest and the editor data', () => {
    const { size, files } = packTarball();
    assert.ok(size <= 400 * KB, `the tarball is ${(size / KB).toFixed(1)} KB, over 400 KB`);
    for (const file of [
      'LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/define.js', 'dist/custom-elements.json', 'dist/catalog.schema.json',
      'dist/cdn/order-widgets.js', 'dist/web-types.json', 'dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json',
      'dist/custom-elements-jsx.d.ts', 'dist/custom-elements-vue.d.ts',
    ]) {
      assert.ok(files.includes(file), `${file} is not in the tarball`);
    }
    assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License/);
  });

  test('ships readable ES modules without source maps or src/: no map, no minified file, no comment blocks', () => {
    const { files } = packTarball();
    assert.deepEqual(files.filter((file) => file.endsWith('.map') || file.startsWith('src/')), []);
    const modules = files.filter((file) => file.startsWith('dist/') && !file.startsWith('dist/cdn/') && file.endsWith('.js'));
    assert.ok(modules.length > 50, `only ${modules.length} modules`);
    for (const file of modules) {
      const code = readFileSync(join(root, file), 'utf8');
      assert.doesNotMatch(code, /sourceMappingURL/, file);
      assert.doesNotMatch(code, /\/\*\*/, `${file} keeps a JSDoc block`);
      // Readable: its imports, statements and exports on lines of their own; a minifier puts a module on one line.
      if (code.length > 200) assert.ok(code.split('\n').filter((line) => line.trim()).length >= 3, `${file} looks minified`);
    }
  });

  test('says where the project lives, and which Node runs its ES modules through require()', () => {
    assert.equal(pkg.license, 'MIT');
    assert.match(pkg.repository.url, /^git\+https:\/\//);
    assert.match(pkg.homepage, /^https:\/\//);
    assert.match(pkg.bugs.url, /^https:\/\//);
    assert.ok(pkg.keywords.includes('web-components'));
    // require(esm) is unflagged from Node 20.19 on; the package is ES modules only.
    assert.equal(pkg.engines.node, '>=20.19');
    assert.equal(pkg.scripts.prepack, 'npm run build');
  });

  test('has an entry and a registering entry per element, and each registering module is declared a side effect', () => {
    for (const tag of TAGS) {
      assert.ok(pkg.exports[`./${tag}`], `./${tag}`);
      assert.ok(pkg.exports[`./${tag}/define`], `./${tag}/define`);
    }
    const { files } = packTarball();
    const registering = files.filter((file) => /^dist\/(define|elements\/[^/]+\/define)\.js$/.test(file));
    assert.equal(registering.length, TAGS.length + 1);
    for (const file of registering) {
      const declared = pkg.sideEffects.some((pattern) => new RegExp(`^${pattern.slice(2).replaceAll('.', '\\.').replaceAll('*', '[^/]+')}$`).test(file));
      assert.ok(declared, `${file} registers tags but is not in sideEffects`);
    }
  });
});

describe('every exports entry, from a project that installed the tarball', () => {
  const dir = consumerProject('exports');
  const installed = join(dir, 'node_modules', pkg.name);

  test('resolves to a file the tarball holds, with its types', () => {
    const require = createRequire(join(dir, 'index.js'));
    for (const { specifier, file, types } of EXPORTS) {
      // A types-only entry (`order-widgets/jsx`) is for `import type` and tsconfig `types`, which the TypeScript check
      // below resolves; it has no module to load.
      if (file !== undefined) {
        assert.equal(require.resolve(specifier), join(installed, file), specifier);
        assert.ok(existsSync(join(installed, file)), `${specifier}: ${file} is missing`);
      }
      if (types) assert.ok(existsSync(join(installed, types)), `${specifier}: ${types} is missing`);
    }
  });

  test('bundles with esbuild', async () => {
    for (const { specifier, file } of EXPORTS.filter((entry) => entry.file?.endsWith('.js'))) {
      const result = await build({
        absWorkingDir: dir,
        stdin: { contents: `export * from '${specifier}';`, resolveDir: dir },
        bundle: true,
        // The server entry is for the host's backend: its stores load pg and PGlite, which need Node's modules.
        ...(specifier.endsWith('/server') ? { platform: 'node' } : {}),
        format: 'esm',
        write: false,
        logLevel: 'silent',
        metafile: true,
      });
      const inputs = Object.keys(result.metafile.inputs);
      assert.ok(inputs.some((input) => input.endsWith(file.slice(2))), `${specifier} did not bundle ${file}`);
    }
  });

  test('type-checks in strict TypeScript, with bundler and with Node module resolution', () => {
    const imports = EXPORTS.filter((entry) => entry.types)
      .map(({ specifier, file }, i) =>
        file === undefined ? `import type {} from '${specifier}';` : `import * as entry${i} from '${specifier}';\nvoid entry${i};`,
      )
      .join('\n');
    const project = join(dir, 'types-check');
    mkdirSync(project, { recursive: true });
    const write = (name, text) => execFileSync('node', ['-e', `require('fs').writeFileSync(process.argv[1], process.argv[2])`, join(project, name), text]);
    write('entries.ts', `${imports}\n`);
    for (const [module, moduleResolution] of [['esnext', 'bundler'], ['nodenext', 'nodenext']]) {
      const tsconfig = {
        compilerOptions: { strict: true, target: 'es2022', module, moduleResolution, lib: ['es2022', 'dom', 'dom.iterable'], types: [], noEmit: true },
        files: ['entries.ts'],
      };
      write('tsconfig.json', JSON.stringify(tsconfig));
      try {
        execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', project], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        assert.fail(`tsc (${moduleResolution}) failed:\n${error.stdout}${error.stderr}`);
      }
    }
  });
});

describe('npm pack in a fresh clone', () => {
  test('builds dist/ by itself (prepack) and packs the elements, the licence and the manifest', () => {
    const clone = mkdtempSync(join(tmpdir(), 'order-widgets-clone-'));
    try {
      const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
      for (const file of tracked) {
        if (!existsSync(join(root, file))) continue; // deleted in the working tree, not yet committed
        mkdirSync(dirname(join(clone, file)), { recursive: true });
        cpSync(join(root, file), join(clone, file));
      }
      assert.equal(existsSync(join(clone, 'dist')), false);
      // The installed packages, as `npm ci` would lay them out; nothing else of the working tree.
      symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
      const output = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: clone, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      // The build's own log comes first on stdout; npm's JSON is the array that starts on a line of its own.
      const files = JSON.parse(output.slice(output.search(/^\[$/m)))[0].files.map((file) => file.path);
      for (const file of ['LICENSE', 'dist/index.js', 'dist/define.js', 'dist/custom-elements.json', 'dist/cdn/order-widgets.js', 'dist/types/index.d.ts']) {
        assert.ok(files.includes(file), `${file} is not packed from a fresh clone`);
      }
      for (const tag of TAGS) assert.ok(files.includes(`dist/elements/${tag}/define.js`), tag);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
