/** The build cache's key parts: the code version follows every imported source file, and entries round-trip. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeVersion, importClosure, packageName } from '../../src/lib/cache/code-version.ts';
import {
  bytesCodec,
  cacheStats,
  capFolder,
  diskCache,
  flushCacheWrites,
  jsonCodec,
  pruneCache,
  resetCacheStats,
  stableJson,
} from '../../src/lib/cache/disk-cache.ts';

let dir = '';
const write = (file: string, text: string) => {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'glossa-cache-'));
  write('package.json', '{}');
  write('src/a.ts', "import { b } from './lib/b.ts';\nimport satori from 'satori';\nexport const a = b;\n");
  write('src/lib/b.ts', "export { c } from '../c.ts';\nimport type { X } from '@scope/pkg/deep';\n");
  write('src/c.ts', "import('node:fs');\nexport const c = 1;\n");
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env['GLOSSA_CACHE_DIR'];
  delete process.env['GLOSSA_NO_CACHE'];
  resetCacheStats();
});

describe('code version', () => {
  it('follows relative imports transitively and lists bare packages', () => {
    const { files, packages } = importClosure(dir, 'src/a.ts');
    expect(files.map((f) => f.slice(dir.length)).sort()).toEqual(['/src/a.ts', '/src/c.ts', '/src/lib/b.ts']);
    expect(packages).toEqual(['@scope/pkg', 'satori']);
    expect(packageName('@resvg/resvg-js/index.js')).toBe('@resvg/resvg-js');
  });

  it('changes when any file in the closure changes, and only then', () => {
    const before = codeVersion('src/a.ts', [], dir);
    expect(codeVersion('src/a.ts', [], dir)).toBe(before);
    write('src/unrelated.ts', 'export const z = 2;\n');
    expect(codeVersion('src/a.ts', [], dir)).toBe(before);
    write('src/c.ts', 'export const c = 2;\n');
    expect(codeVersion('src/a.ts', [], dir)).not.toBe(before);
  });

  it('changes with the lockfile and with the extra packages named', () => {
    const before = codeVersion('src/a.ts', [], dir);
    expect(codeVersion('src/a.ts', ['yaml'], dir)).not.toBe(before);
    write('package-lock.json', '{"lockfileVersion":3}');
    expect(codeVersion('src/a.ts', [], dir)).not.toBe(before);
  });

  it('throws when an imported file is missing (the cache is then bypassed)', () => {
    write('src/c.ts', "import './gone.ts';\n");
    expect(() => codeVersion('src/a.ts', [], dir)).toThrow();
  });
});

describe('disk cache', () => {
  it('hashes inputs independently of key order', () => {
    expect(stableJson({ b: 1, a: { d: [1, { f: 1, e: 2 }], c: null } })).toBe(
      stableJson({ a: { c: null, d: [1, { e: 2, f: 1 }] }, b: 1 }),
    );
  });

  it('makes a value once, then reads it back; other inputs make their own', () => {
    process.env['GLOSSA_CACHE_DIR'] = dir;
    const cache = diskCache('things', 'src/lib/cache/disk-cache.ts', jsonCodec<{ n: number }>());
    let made = 0;
    const make = (n: number) => () => ({ n: (made++, n) });
    expect(cache.get('one', { x: 1 }, make(1))).toEqual({ n: 1 });
    expect(cache.get('one', { x: 1 }, make(99))).toEqual({ n: 1 });
    expect(cache.get('two', { x: 2 }, make(2))).toEqual({ n: 2 });
    expect(made).toBe(2);
    expect(cacheStats().get('things')).toMatchObject({ hits: ['one'], misses: ['one', 'two'] });
  });

  it('counts as reused only entries an earlier build made, each once however often it is read', async () => {
    process.env['GLOSSA_CACHE_DIR'] = dir;
    const cache = diskCache('counted', 'src/lib/cache/disk-cache.ts', jsonCodec<number>());
    cache.get('one', { x: 1 }, () => 1);
    cache.get('one', { x: 1 }, () => 1);
    await cache.fill('two', { x: 2 }, () => Promise.resolve(2));
    cache.get('two', { x: 2 }, () => 2);
    // Made in this build and read again: nothing reused yet.
    expect(cacheStats().get('counted')?.reused.size).toBe(0);
    expect(cacheStats().get('counted')?.made.size).toBe(2);
    await flushCacheWrites();
    // The next build: both entries come from the one before, read three times between them.
    resetCacheStats();
    cache.get('one', { x: 1 }, () => 1);
    cache.get('one', { x: 1 }, () => 1);
    cache.get('two', { x: 2 }, () => 2);
    cache.get('three', { x: 3 }, () => 3);
    expect(cacheStats().get('counted')).toMatchObject({ hits: ['one', 'one', 'two'], misses: ['three'] });
    expect(cacheStats().get('counted')?.reused.size).toBe(2);
  });

  it('stores bytes, and prunes what the last run did not use', async () => {
    process.env['GLOSSA_CACHE_DIR'] = dir;
    const cache = diskCache('blobs', 'src/lib/cache/disk-cache.ts', bytesCodec);
    await cache.getAsync('old', 'old', () => Promise.resolve(Buffer.from('old')));
    await flushCacheWrites();
    resetCacheStats();
    const bytes = await cache.getAsync('new', 'new', () => Promise.resolve(Buffer.from([0, 255, 7])));
    expect(await cache.getAsync('new', 'new', () => Promise.resolve(Buffer.from('wrong')))).toEqual(bytes);
    await flushCacheWrites();
    expect(pruneCache()).toBe(1);
    const [version = ''] = readdirSync(join(dir, 'glossa/blobs'));
    const files = readdirSync(join(dir, 'glossa/blobs', version), { recursive: true, withFileTypes: true });
    expect(files.filter((f) => f.isFile())).toHaveLength(1);
  });

  it('GLOSSA_NO_CACHE=1 makes every value afresh', () => {
    process.env['GLOSSA_CACHE_DIR'] = dir;
    process.env['GLOSSA_NO_CACHE'] = '1';
    const cache = diskCache('off', 'src/lib/cache/disk-cache.ts', jsonCodec<number>());
    let made = 0;
    cache.get('x', 1, () => ++made);
    cache.get('x', 1, () => ++made);
    expect(made).toBe(2);
  });
});

describe('capFolder', () => {
  it('keeps only the copy written last, and deletes the folder when that copy holds more than the cap', () => {
    write('cc/v1/s1/a', 'x');
    write('cc/v2/s1/b', 'x');
    write('cc/v2/s2/c', 'x');
    write('cc/v3/s1/d', 'x');
    // v2 was written last; v1 and v3 earlier (Node's copies for other versions or flags).
    utimesSync(join(dir, 'cc/v1'), new Date(1_000_000), new Date(1_000_000));
    utimesSync(join(dir, 'cc/v3'), new Date(2_000_000), new Date(2_000_000));
    expect(capFolder(join(dir, 'cc'), 2)).toBe(2);
    expect(readdirSync(join(dir, 'cc'))).toEqual(['v2']);
    expect(readdirSync(join(dir, 'cc/v2')).sort()).toEqual(['s1', 's2']);
    write('cc/v2/s3/e', 'x');
    expect(capFolder(join(dir, 'cc'), 2)).toBe(1);
    expect(readdirSync(dir)).not.toContain('cc');
    expect(capFolder(join(dir, 'missing'), 1)).toBe(0);
  });
});
