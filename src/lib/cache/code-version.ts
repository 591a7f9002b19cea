/**
 * The version of the code that makes a cached artifact: a hash of the generating source file and
 * every project file it imports (followed transitively), the versions of the packages they
 * import, the lockfile, and Node. Any edit to that code, or any install, gives a new version, so a
 * cache entry made by other code is never read back.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, type-only ones included
// (cheap to over-include: a type edit only costs a miss).
const importPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"\n]+)\1/g;

/** The project root: the nearest folder above this module (source or bundled chunk) with src/ and a config. */
export function projectRoot(start = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const config = existsSync(join(dir, 'package.json')) || existsSync(join(dir, 'astro.config.mjs'));
    if (config && existsSync(join(dir, 'src'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

/** The project files `entry` (relative to `root`) depends on, itself first, and the bare package names they import. */
export function importClosure(root: string, entry: string): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages = new Set<string>();
  const pending = [resolve(root, entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.includes(file)) continue;
    files.push(file);
    // A file that cannot be read throws: the caller then works without the cache.
    const text = readFileSync(file, 'utf8');
    for (const [, , spec = ''] of text.matchAll(importPattern)) {
      if (spec.startsWith('.')) pending.push(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:') && !spec.startsWith('astro:')) packages.add(packageName(spec));
    }
  }
  return { files, packages: [...packages].sort() };
}

/** "@scope/pkg/sub/path" → "@scope/pkg"; "pkg/sub" → "pkg". */
export function packageName(spec: string): string {
  const parts = spec.split('/');
  return (spec.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

function packageVersion(root: string, name: string): string {
  try {
    const require = createRequire(join(root, 'package.json'));
    const json = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {
      version?: string;
    };
    return json.version ?? '?';
  } catch {
    // A package without an exported package.json: the lockfile hash below still pins it.
    return '?';
  }
}

/**
 * A hex hash of the code behind a cached artifact: `entry`'s import closure, the versions of the
 * packages it imports and of `extraPackages` (data read by path, like fonts), the lockfile, Node
 * and the platform. Throws when a source file cannot be read.
 */
export function codeVersion(
  entry: string,
  extraPackages: readonly string[] = [],
  root = projectRoot(),
): string {
  const { files, packages } = importClosure(root, entry);
  const hash = createHash('sha256');
  for (const file of files.sort()) hash.update(`${file.slice(root.length)}\0`).update(readFileSync(file));
  for (const name of [...new Set([...packages, ...extraPackages])].sort())
    hash.update(`\0${name}@${packageVersion(root, name)}`);
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  hash.update(`\0${process.version} ${process.platform} ${process.arch}`);
  return hash.digest('hex');
}
