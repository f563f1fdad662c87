import { defineConfig } from 'vite';

// Library build for npm: each public entry is its own module and the runtime dependencies stay external,
// so a host that already ships lit or zod does not load them twice.
export default defineConfig({
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
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/],
      output: {
        // build.minify alone leaves ES library output partly unminified.
        minify: true,
      },
    },
  },
});
