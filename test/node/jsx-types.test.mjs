// The raw tags in TSX and Vue, as an integrator's strict TypeScript project sees them (needs `npm run build`): the JSX
// generator on the built manifest, then `tsc` (strict, no skipLibCheck) on the fixtures in fixtures/jsx-types/, which
// opt in with `import type {} from 'order-widgets/jsx'` (React 19, Preact) or `'order-widgets/vue'`. Each fixture has
// lines that must not compile (`@ts-expect-error`): a wrong property type, a wrong use of an event's detail. Were the
// declarations `any`, tsc would report those directives as unused and this test would fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILES, jsxTypes, vueTypes } from '../../scripts/manifest-integrations.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const fixtures = join(root, 'test/node/fixtures/jsx-types');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const builtManifest = () => {
  assert.ok(existsSync(join(dist, 'custom-elements.json')), 'dist/custom-elements.json is missing: run npm run build first');
  return JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
};

test('the JSX-types generator runs on the built manifest and gives the declarations the package ships', () => {
  const out = mkdtempSync(join(tmpdir(), 'order-widgets-jsx-'));
  try {
    const text = jsxTypes(builtManifest(), out);
    assert.equal(text, readFileSync(join(dist, FILES.jsx), 'utf8'), `dist/${FILES.jsx} is not what the generator makes of the manifest`);
    for (const tag of ['order-wizard', 'trusted-sources-editor', 'node-size-picker', 'order-status-badge']) {
      assert.match(text, new RegExp(`"${tag}": Partial<`), tag);
    }
    // The event's detail comes from the manifest, imported from the package's main types.
    assert.match(text, /OrderWizardOrderSubmitElementEvent =\s*OrderWizardElementEvent<\s*CustomEvent<OrderSubmitDetail>\s*>/);
    assert.match(text, /"onorder-submit"\?:\s*\|?\s*\(\(e: OrderWizardOrderSubmitElementEvent\) => void\)/);
    assert.match(text, /^\s*OrderSubmitDetail,$/m);
    assert.match(text, /from "\.\/types\/index\.js";/);
    assert.match(text, /declare module "react" \{/);
    assert.match(text, /declare module "preact" \{/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the Vue declarations are what the build writes from the manifest', () => {
  assert.equal(vueTypes(builtManifest()), readFileSync(join(dist, FILES.vue), 'utf8'));
});

test('order-widgets/jsx and order-widgets/vue are type entries of the package', () => {
  assert.deepEqual(pkg.exports['./jsx'], { types: `./dist/${FILES.jsx}` });
  assert.deepEqual(pkg.exports['./vue'], { types: `./dist/${FILES.vue}` });
});

test('tsc (strict, no skipLibCheck) accepts React 19 and Preact TSX with the raw tags and Vue’s global components, and refuses wrong types', () => {
  const config = JSON.parse(readFileSync(join(fixtures, 'tsconfig.json'), 'utf8')).compilerOptions;
  assert.equal(config.strict, true);
  assert.equal(config.skipLibCheck, false);
  for (const file of ['react.tsx', 'preact.tsx', 'vue.ts']) {
    const source = readFileSync(join(fixtures, file), 'utf8');
    assert.match(source, /^import type \{\} from 'order-widgets\/(jsx|vue)';$/m, `${file} opts in as the README says`);
    assert.ok((source.match(/@ts-expect-error/g) ?? []).length >= 2, `${file} has lines that must not compile`);
  }
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(fixtures, 'tsconfig.json'), '--pretty', 'false'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(tsc.error, undefined);
  assert.equal(`${tsc.stdout}${tsc.stderr}`, '');
  assert.equal(tsc.status, 0);
});
