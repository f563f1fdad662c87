// The package as integrators get it: `npm pack` of the built package, and consumer projects with that tarball
// installed. Used by the size check (scripts/size.mjs), the packaging tests and the consumer type check.
//
// A consumer project is `.pack-test/<name>/` inside the repository, with the tarball unpacked into its
// `node_modules/order-widgets` the way `npm install ./order-widgets-x.y.z.tgz` lays it out. Being inside the repository,
// the project resolves everything else (lit, zod, react, the bundlers) from the repository's node_modules, so no
// registry is asked and the versions are the locked ones. `order-widgets` itself resolves only to the tarball's copy:
// what `files` and `exports` leave out is missing there, as it would be for a user.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
export const PACK_TEST_DIR = join(root, '.pack-test');

let packed;

/**
 * Packs the package as it is built now (`npm pack --ignore-scripts`: dist/ must be built; `prepack` builds it for a
 * real publish). Once per process. Returns the tarball's path, its size in bytes and the packed file list.
 * @returns {{ tarball: string, size: number, unpackedSize: number, files: string[] }}
 */
export function packTarball() {
  if (packed) return packed;
  const destination = mkdtempSync(join(tmpdir(), 'order-widgets-pack-'));
  const output = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(output);
  const tarball = join(destination, info.filename);
  packed = { tarball, size: statSync(tarball).size, unpackedSize: info.unpackedSize, files: info.files.map((file) => file.path).sort() };
  process.once('exit', () => rmSync(destination, { recursive: true, force: true }));
  return packed;
}

/**
 * A fresh consumer project `.pack-test/<name>/` with the packed package installed as `node_modules/order-widgets`.
 * `files` are written into it (path → text). Returns its absolute path.
 * @param {string} name
 * @param {Record<string, string>} [files]
 */
export function consumerProject(name, files = {}) {
  if (!/^[\w-]+$/.test(name)) throw new Error(`consumerProject: ${name} is no plain name`);
  const { tarball } = packTarball();
  const dir = join(PACK_TEST_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  const installed = join(dir, 'node_modules', 'order-widgets');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  const manifest = { name: `consumer-${name}`, private: true, type: 'module', dependencies: { 'order-widgets': `file:${tarball}` } };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
