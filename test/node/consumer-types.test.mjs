// The package's types as a new integrator meets them (needs `npm run build`): a strict TypeScript project
// (test/consumer/tsconfig.json: strict, no skipLibCheck, bundler resolution, react-jsx) with the packed package
// installed type-checks the fixtures of test/consumer/ and the README's snippets, read from README.md at test time,
// with TypeScript 7 (the project's compiler) and 5.9 (what most integrators run). A line after
// `// @ts-expect-error TSxxxx` must fail, with that error: a wrong answer to `respondWith`, a wrong catalog, a wrong
// value type. And every type the public declarations name is exported (scripts/public-types.mjs).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { consumerProject, root } from '../../scripts/pack.mjs';
import { missingPublicTypes } from '../../scripts/public-types.mjs';
import { frameworkBlocks, readmeBlock } from '../e2e/support/readme-snippets.mjs';

const COMPILERS = {
  'TypeScript 7': join(root, 'node_modules/.bin/tsc'),
  'TypeScript 5.9': join(root, 'test/angular/node_modules/.bin/tsc'),
};
/** `// @ts-expect-error TSxxxx why`, or in JSX `{/* @ts-expect-error TSxxxx why *\/}`, on a line of its own. */
const DIRECTIVE = /^(\s*)(\/\/|\{\/\*) @ts-expect-error\b/;
const EXPECT = /^\s*(?:\/\/|\{\/\*) @ts-expect-error ((?:TS\d+ )+)/;

/** The module script of an HTML snippet as TypeScript: the tag it queries is on the page, so its result is not null. */
function scriptOf(html) {
  const script = /<script type="module">\n([\s\S]*?)<\/script>/.exec(html)?.[1];
  assert.ok(script, `no module script in:\n${html}`);
  return script.replace(/document\.querySelector\('([\w-]+)'\)/g, "document.querySelector('$1')!");
}

/**
 * The README's snippets that TypeScript can check, as files of the consumer project: the TypeScript, React (wrappers
 * and raw tags) and Angular blocks and the one-element import as they are; the minimal integration's, the picker's and the badge's module scripts as TypeScript; the
 * server-side validation inside a request handler whose `reply` takes what `respondWith` rejects with
 * (`OrderSubmitRejection`). (The Vue component needs vue-tsc; the other blocks are HTML, CSS, JSON and shell.)
 */
function readmeFiles() {
  const minimal = readmeBlock('html', '<order-wizard service="postgresql"></order-wizard>', "import 'order-widgets/define';", "fetch('/api/orders'");
  const picker = readmeBlock('html', '<node-size-picker', 'picker.sizes');
  const badge = readmeBlock('html', '<order-status-badge', 'fetchStatus');
  const server = readmeBlock('js', "from 'order-widgets/schema'", 'validateOrder(builtInCatalog, body');
  const oneElement = readmeBlock('js', "import 'order-widgets/order-status-badge/define';", "from 'order-widgets/order-status-badge'");
  const typescript = readmeBlock('ts', 'satisfies OrderSubmitRejection', "document.addEventListener('order-submit'");
  const react = readmeBlock('tsx', "from 'order-widgets/react'", 'export function OrderPage');
  const reactTags = readmeBlock('tsx', "import type {} from 'order-widgets/jsx';", 'onorder-submit');
  const { angular } = frameworkBlocks();
  const [imports, ...rest] = server.code.split(/\n\n/);
  return {
    'readme/minimal.ts': `${scriptOf(minimal.code)}\nexport {};\n`,
    'readme/node-size-picker.ts': `${scriptOf(picker.code)}\nexport {};\n`,
    'readme/order-status-badge.ts': `${scriptOf(badge.code)}\nexport {};\n`,
    'readme/server.ts': `${imports}
import type { OrderSubmitRejection } from 'order-widgets/schema';

export function handle(body: unknown, customer: { billingProfiles: { id: string }[]; locale?: string }, reply: (status: number, body: OrderSubmitRejection) => void) {
${rest.join('\n\n')}
}
`,
    'readme/typescript.ts': `${typescript.code}\nexport {};\n`,
    'readme/one-element.ts': `${oneElement.code}\nexport {};\n`,
    'readme/react-example.tsx': react.code,
    'readme/react-tags.tsx': reactTags.code,
    'readme/angular.ts': angular.code,
  };
}

/** Runs a compiler on the project: `{ code, errors: [{ file, line, code, text }] }` (continuation lines joined). */
async function typeCheck(compiler, dir) {
  const result = await promisify(execFile)(compiler, ['-p', 'tsconfig.json', '--pretty', 'false'], { cwd: dir, maxBuffer: 1 << 24 })
    .then((done) => ({ code: 0, output: done.stdout + done.stderr }), (failed) => ({ code: failed.code, output: `${failed.stdout}${failed.stderr}` }));
  const errors = [];
  for (const line of result.output.split('\n')) {
    const error = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line);
    if (error) errors.push({ file: error[1], line: Number(error[2]), code: error[3], text: error[4] });
    else if (line.trim() && errors.length) errors.at(-1).text += ` ${line.trim()}`;
    else if (line.trim()) errors.push({ file: '', line: 0, code: '', text: line });
  }
  return { code: result.code, errors };
}

/** The project's own files that the compiler checks (as its tsconfig.json includes them), relative to it. */
async function projectFiles(compiler, dir) {
  const { stdout } = await promisify(execFile)(compiler, ['-p', 'tsconfig.json', '--listFilesOnly'], { cwd: dir, maxBuffer: 1 << 24 });
  return stdout.split('\n').filter((path) => path.startsWith(dir) && !path.includes('/node_modules/')).map((path) => relative(dir, path)).sort();
}

/**
 * The errors each fixture promises: `file:line TSxxxx` for the line after each `// @ts-expect-error TSxxxx why` (a line
 * that fails twice names both codes: `TSxxxx TSyyyy why`).
 */
function promisedErrors(dir, files) {
  const promised = [];
  for (const file of files) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((text, index) => {
      if (DIRECTIVE.test(text)) {
        const code = EXPECT.exec(text)?.[1];
        assert.ok(code, `${file}:${index + 1}: name the error the next line must give (// @ts-expect-error TSxxxx why)`);
        for (const each of code.trim().split(' ')) promised.push(`${file}:${index + 2} ${each}`);
      }
    });
  }
  return promised.sort();
}

let project;
let files;
let promised;
let asWritten;
/** Per compiler: the errors with every `@ts-expect-error` taken out. */
const unsuppressed = {};
before(async () => {
  project = consumerProject('consumer-types', readmeFiles());
  cpSync(join(root, 'test/consumer'), project, { recursive: true });
  files = await projectFiles(COMPILERS['TypeScript 7'], project);
  promised = promisedErrors(project, files);
  asWritten = await typeCheck(COMPILERS['TypeScript 7'], project);
  // Then the same files with the directives taken out (same line numbers): each promised error must show.
  for (const file of files) {
    const path = join(project, file);
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, lines.map((line) => line.replace(DIRECTIVE, '$1$2 (an error expected here)')).join('\n'));
  }
  const runs = await Promise.all(Object.values(COMPILERS).map((compiler) => typeCheck(compiler, project)));
  Object.keys(COMPILERS).forEach((name, index) => (unsuppressed[name] = runs[index]));
});

const show = (errors) => errors.map((e) => `${e.file}:${e.line} ${e.code} ${e.text}`).join('\n');

describe('a strict TypeScript project with the packed package', () => {
  test('checks the fixtures and the README snippets', () => {
    const expected = [
      'elements.ts', 'react-wrappers.tsx', 'readme/typescript.ts', 'readme/one-element.ts', 'readme/minimal.ts', 'readme/node-size-picker.ts',
      'readme/order-status-badge.ts', 'readme/server.ts', 'readme/react-example.tsx', 'readme/react-tags.tsx',
      'readme/angular.ts', 'raw-tags/react.tsx', 'raw-tags/preact.tsx',
    ];
    for (const file of expected) {
      assert.ok(files.includes(file), `${file} is checked (files: ${files.join(', ')})`);
    }
  });

  test('type-checks as written: no error, and every @ts-expect-error is needed (TypeScript 7)', () => {
    assert.deepEqual(show(asWritten.errors), '');
    assert.equal(asWritten.code, 0);
  });

  for (const name of Object.keys(COMPILERS)) {
    test(`${name}: each line after a @ts-expect-error fails with the error it names, and no other line fails`, () => {
      assert.ok(promised.length >= 20, `${promised.length} promised errors`);
      const { errors } = unsuppressed[name];
      const found = [...new Set(errors.map((error) => `${error.file}:${error.line} ${error.code}`))].sort();
      const unexpected = errors.filter((error) => !promised.includes(`${error.file}:${error.line} ${error.code}`));
      assert.deepEqual(show(unexpected), '', 'errors no @ts-expect-error promised');
      assert.deepEqual(found, promised);
    });
  }
});

describe('the public declarations (dist/types through package.json `exports`)', () => {
  test('every type an entry names in a public signature, property, event detail or global declaration is exported', () => {
    const missing = missingPublicTypes(join(project, 'node_modules/order-widgets'));
    assert.deepEqual(missing.map(({ entry, name, file, usedBy }) => `${entry}: ${name} (${file}) used by ${usedBy}`), []);
  });
});
