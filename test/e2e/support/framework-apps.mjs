// The README's Vue and Angular snippets as an integrator's app: a project folder of its own outside the repository
// (the snippet files as the README shows them, and the entry files every such app has), its node_modules holding the
// packages the app installs, `order-widgets` being this repository with its built dist/ (as `npm link` would have it).
// Built for the browser as the framework's own tooling does: Vite with the README's vite.config.js for Vue; for
// Angular the ahead-of-time compiler (ngtsc, strict templates, as `ng build` does), then Vite with the Angular linker.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The Angular compiler lives in a package of its own (test/angular): it needs TypeScript 5.9, the root has 7. */
const requireAngularCompiler = createRequire(join(ROOT, 'test/angular/package.json'));

/**
 * A fresh project folder with `files` (path → text) and node_modules links to `packages` (the repository's installed
 * copies; `order-widgets` is the repository itself). `remove()` deletes it.
 * @param {string} name
 * @param {Record<string, string>} files
 * @param {string[]} packages
 */
async function projectDir(name, files, packages) {
  const dir = await mkdtemp(join(tmpdir(), `order-widgets-${name}-`));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  for (const pkg of ['order-widgets', ...packages]) {
    const target = pkg === 'order-widgets' ? ROOT : join(ROOT, 'node_modules', pkg);
    if (!existsSync(target)) throw new Error(`${pkg} is not installed: run npm ci.`);
    await mkdir(dirname(join(dir, 'node_modules', pkg)), { recursive: true });
    await symlink(target, join(dir, 'node_modules', pkg), 'dir');
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** An app's index.html: `body` and its entry module. */
const indexHtml = (title, body, entry) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <script type="module" src="${entry}"></script>
  </head>
  <body>
    ${body}
  </body>
</html>
`;

/**
 * The README's vite.config.js and single-file component in a Vite + Vue project (`src/App.vue`, mounted by the usual
 * `src/main.js`), built by Vite with that config into `outDir`, to be served under `base`. Built with Vue's
 * development checks on (`process.env.NODE_ENV` is "development", as under `vite` while developing), so the warnings
 * Vue gives an integrator while developing (an unknown component, a failed resolve) reach the browser's console.
 * @param {{ config: string, component: string, outDir: string, base: string }} options
 */
export async function buildVueApp({ config, component, outDir, base }) {
  const project = await projectDir(
    'vue',
    {
      'vite.config.js': config,
      'src/App.vue': component,
      'src/main.js': "import { createApp } from 'vue';\nimport App from './App.vue';\n\ncreateApp(App).mount('#app');\n",
      'index.html': indexHtml('Vue 3', '<div id="app"></div>', '/src/main.js'),
    },
    ['vue', '@vitejs/plugin-vue', 'vite'],
  );
  try {
    await build({
      root: project.dir,
      configFile: join(project.dir, 'vite.config.js'),
      base,
      logLevel: 'error',
      define: { 'process.env.NODE_ENV': JSON.stringify('development') },
      build: { outDir, emptyOutDir: true, minify: false, sourcemap: true },
    });
  } finally {
    await project.remove();
  }
}

/**
 * The README's Angular component in a standalone Angular app: `src/app/<file>.ts` as the README shows it, the usual
 * `src/main.ts` (`bootstrapApplication(<the component>)`) and an index.html with the component's selector. Compiled
 * ahead of time by ngtsc with the tsconfig `ng new` writes (strict, strictTemplates), so what `ng build` refuses (an
 * unknown element or property, a type error in the template or the class) fails here with Angular's own message;
 * then bundled by Vite into `outDir` (served under `base`), the Angular packages linked by the Angular linker's
 * Babel plugin (how Angular asks builds other than its CLI to do it). Angular runs in development mode, with its
 * runtime checks.
 * @param {{ component: string, outDir: string, base: string }} options
 */
export async function buildAngularApp({ component, outDir, base }) {
  const className = /export class (\w+)/.exec(component)?.[1];
  const selector = /selector: '([\w-]+)'/.exec(component)?.[1];
  if (!className || !selector) throw new Error('The Angular snippet exports no component class with a selector.');
  const project = await projectDir(
    'angular',
    {
      'src/app/order.component.ts': component,
      'src/main.ts': `import { bootstrapApplication } from '@angular/platform-browser';
import { ${className} } from './app/order.component';

bootstrapApplication(${className}).catch((error) => console.error(error));
`,
      'tsconfig.json': JSON.stringify(
        {
          compilerOptions: {
            outDir: './out-tsc',
            rootDir: './src',
            strict: true,
            noImplicitOverride: true,
            noPropertyAccessFromIndexSignature: true,
            noImplicitReturns: true,
            noFallthroughCasesInSwitch: true,
            skipLibCheck: true,
            isolatedModules: true,
            experimentalDecorators: true,
            target: 'ES2022',
            module: 'preserve',
            moduleResolution: 'bundler',
            sourceMap: true,
          },
          files: ['src/main.ts'],
          angularCompilerOptions: {
            enableI18nLegacyMessageIdFormat: false,
            strictInjectionParameters: true,
            strictInputAccessModifiers: true,
            strictTemplates: true,
          },
        },
        null,
        2,
      ),
      'index.html': indexHtml('Angular', `<${selector}></${selector}>`, '/out-tsc/main.js'),
    },
    ['@angular/core', '@angular/common', '@angular/platform-browser', 'rxjs', 'tslib'],
  );
  try {
    const ngc = await import(pathToFileURL(requireAngularCompiler.resolve('@angular/compiler-cli')).href);
    const parsed = ngc.readConfiguration(join(project.dir, 'tsconfig.json'));
    if (parsed.errors.length) throw new Error(stripVTControlCharacters(ngc.formatDiagnostics(parsed.errors)));
    const { diagnostics } = ngc.performCompilation({ rootNames: parsed.rootNames, options: parsed.options, emitFlags: parsed.emitFlags });
    // Errors and warnings alike: `ng build` prints both, and a README snippet should compile without either.
    const ts = requireAngularCompiler('typescript');
    const problems = diagnostics.filter((each) => each.category === ts.DiagnosticCategory.Error || each.category === ts.DiagnosticCategory.Warning);
    if (problems.length) throw new Error(`ngtsc refused the README's Angular component:\n${stripVTControlCharacters(ngc.formatDiagnostics(problems))}`);

    await build({
      configFile: false,
      root: project.dir,
      base,
      logLevel: 'error',
      plugins: [await angularLinker()],
      build: { outDir, emptyOutDir: true, minify: false, sourcemap: true },
    });
  } finally {
    await project.remove();
  }
}

/** A Vite plugin that runs the Angular linker (a Babel plugin) over the partially compiled Angular packages. */
async function angularLinker() {
  const load = async (specifier) => import(pathToFileURL(requireAngularCompiler.resolve(specifier)).href);
  const [{ default: babel }, { default: linkerPlugin }, { needsLinking }] = await Promise.all([
    load('@babel/core'),
    load('@angular/compiler-cli/linker/babel'),
    load('@angular/compiler-cli/linker'),
  ]);
  return {
    name: 'angular-linker',
    async transform(code, id) {
      const file = id.split('?')[0];
      if (!/\.m?js$/.test(file) || !needsLinking(file, code)) return null;
      const result = await babel.transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        compact: false,
        sourceMaps: true,
        plugins: [linkerPlugin],
      });
      return result ? { code: result.code ?? code, map: result.map } : null;
    },
  };
}
