import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { templateMinifier } from './scripts/template-minifier.mjs';

// The self-registering file for partner sites without a bundler: `<script type="module" src="…/order-widgets.js">`.
// One ES module with lit, @lit/context and zod inside, minified, in production mode; runs after the library build,
// which empties dist/, and writes only dist/cdn/.

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; license: string };

/** The package.json of the npm package a bundled module comes from. */
function packageDirOf(id: string): string | undefined {
  const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
  return match?.[1];
}

/**
 * The bundled packages' licences (lit's BSD-3-Clause asks for its notice with every copy) in one file next to the
 * bundle, instead of lit's `@license` comment repeated in every module.
 */
function thirdPartyLicenses(fileName: string): Plugin {
  return {
    name: 'order-widgets:third-party-licenses',
    apply: 'build',
    generateBundle(_options, bundle) {
      const dirs = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const dir = packageDirOf(id);
          if (dir) dirs.add(dir);
        }
      }
      const sections = [...dirs]
        .map((dir) => {
          const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
          const licenseFile = readdirSync(dir).find((file) => /^(licen[cs]e|copying)(\.|$)/i.test(file));
          const text = licenseFile ? readFileSync(join(dir, licenseFile), 'utf8').trim() : `License: ${meta.license ?? 'unknown'}`;
          return { name: meta.name, text: `${meta.name}@${meta.version} (${meta.license ?? 'unknown'})\n\n${text}` };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      const header = `${pkg.name}@${pkg.version} (${pkg.license}) bundles these packages:`;
      const source = [header, ...sections.map((section) => section.text)].join(`\n\n${'-'.repeat(80)}\n\n`) + '\n';
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

const LICENSES = 'order-widgets.js.LICENSE.txt';
const BANNER = `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | bundles lit, @lit/context and zod: see ${LICENSES} */`;

export default defineConfig({
  // Library mode keeps `process.env.NODE_ENV` as it is; a browser without a bundler has no `process`.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [templateMinifier(), thirdPartyLicenses(LICENSES)],
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    // No map: the file is what a partner page runs in production. Debugging happens on the npm build, whose modules
    // are readable.
    sourcemap: false,
    minify: true,
    // dist/cdn holds the bundle, a file per language other than English, and the licences; nothing else.
    copyPublicDir: false,
    lib: {
      entry: 'src/cdn/order-widgets.ts',
      formats: ['es'],
      fileName: () => 'order-widgets.js',
    },
    rolldownOptions: {
      // Nothing external.
      external: [],
      // The code order-widgets.elements.js shares with the entry stays in the entry, which it imports (with exports
      // of its own for it), instead of a third file the entry would wait for before its wizard runs.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        // Each language other than English is a file beside the bundle (order-widgets.de.js, …), which an element
        // imports when its page is in that language: English pages load none, a German page German alone.
        chunkFileNames: 'order-widgets.[name].js',
        // lit's `@license` comment would repeat once per module; the notices are in the LICENSE file instead.
        comments: false,
        // After minification, so the minifier keeps it. The file a page names starts with V8's explicit compile hint
        // (Chrome 136 and later; a comment elsewhere): its functions are compiled while it downloads, on a background
        // thread, instead of one by one on the main thread as the first step first calls them (~60 ms of the main
        // thread before the first step at 4× CPU throttling). The price: bytecode for the functions the first step does
        // not call too (the later steps, the order's schemas). The files loaded later compile lazily as usual.
        postBanner: (chunk) => `${chunk.isEntry ? '//# allFunctionsCalledOnLoad\n' : ''}${BANNER}`,
      },
    },
  },
});

