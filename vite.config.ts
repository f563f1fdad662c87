import { defineConfig } from 'vite';
import { templateMinifier } from './scripts/template-minifier.mjs';

// Library build for npm: each public entry is its own module and the runtime dependencies stay external,
// so a host that already ships lit or zod does not load them twice. The self-registering CDN file, with everything
// bundled in, is built by vite.cdn.config.ts.
export default defineConfig({
  plugins: [templateMinifier()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        schema: 'src/schema-entry.ts',
        react: 'src/react/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // @lit/ covers @lit/context and @lit/react; react is the host's own (an optional peer dependency).
      external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/, /^react(\/|$)/],
      output: {
        // build.minify alone leaves ES library output partly unminified.
        minify: true,
      },
    },
  },
});
