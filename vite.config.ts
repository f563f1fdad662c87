import { defineConfig } from 'vite';
import { templateMinifier } from './scripts/template-minifier.mjs';

// Library build for npm: every source module stays a module of its own (dist/ mirrors src/), and the runtime
// dependencies stay external, so a host that already ships lit or zod does not load them twice. With package.json's
// `sideEffects` naming only the registering modules, a bundler drops every module a page does not use: importing one
// element from `order-widgets` or from `order-widgets/<tag>` ships that element alone. The self-registering CDN file,
// with everything bundled in, is built by vite.cdn.config.ts.
const TAGS = ['order-wizard', 'trusted-sources-editor', 'node-size-picker', 'order-status-badge'];
/** Per element: the class module (`order-widgets/<tag>`) and its registering module (`order-widgets/<tag>/define`). */
const ELEMENT_ENTRIES = TAGS.flatMap((tag) => [`src/elements/${tag}/${tag}.ts`, `src/elements/${tag}/define.ts`]);
/** Per shipped language but English (built in): the module that registers it (`order-widgets/translations/<code>`). */
const TRANSLATION_ENTRIES = ['de', 'fr', 'nl', 'pl'].map((code) => `src/translations/${code}.ts`);

export default defineConfig({
  plugins: [templateMinifier()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Readable modules instead of minified ones with source maps: the integrator's bundler minifies anyway (the sizes
    // it gets are the same), stack traces and stepping through node_modules read as written, and the package needs
    // neither maps nor src/ beside them. Templates and styles are still trimmed; comments go (the types keep the docs).
    sourcemap: false,
    minify: false,
    lib: {
      entry: ['src/index.ts', 'src/define.ts', 'src/schema-entry.ts', 'src/server/index.ts', 'src/react/index.ts', ...ELEMENT_ENTRIES, ...TRANSLATION_ENTRIES],
      formats: ['es'],
    },
    rolldownOptions: {
      // @lit/ covers @lit/context and @lit/react; react is the host's own (an optional peer dependency), and so are pg
      // and PGlite (order-widgets/server's stores load them on demand).
      external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/, /^react(\/|$)/, /^pg(\/|$)/, /^@electric-sql\//],
      output: {
        minify: false,
        comments: false,
        preserveModules: true,
        preserveModulesRoot: 'src',
        // The decorator helper of the TypeScript transform would sit under a versioned _virtual/@oxc-project path.
        entryFileNames: (chunk) => (chunk.name.includes('_virtual/') ? `_virtual/${chunk.name.split('/').at(-1)}.js` : '[name].js'),
      },
    },
  },
});
