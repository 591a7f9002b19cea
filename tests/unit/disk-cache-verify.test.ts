/**
 * The build cache verifies what it reads: a truncated, edited or swapped entry, or one that does
 * not decode, is deleted, made again and reported, never returned; GLOSSA_NO_CACHE=1 deletes what
 * it bypasses; a symbolic link is part of a folder's key.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  bytesCodec,
  cacheRoot,
  cacheStats,
  diskCache,
  flushCacheWrites,
  folderDigest,
  jsonCodec,
  resetCacheStats,
} from '../../src/lib/cache/disk-cache.ts';
import { scratchDir } from './helpers.ts';

let dir = '';
let stderr: string[] = [];
const entries = (name: string) =>
  readdirSync(join(cacheRoot(), name), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();

beforeEach(() => {
  dir = scratchDir('glossa-verify-');
  process.env['GLOSSA_CACHE_DIR'] = dir;
  stderr = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
  delete process.env['GLOSSA_CACHE_DIR'];
  delete process.env['GLOSSA_NO_CACHE'];
  resetCacheStats();
});

describe('a verified cache', () => {
  it('remakes a truncated entry instead of returning it, and says so', async () => {
    const cache = diskCache('cards', 'src/lib/cache/disk-cache.ts', bytesCodec);
    const card = Buffer.alloc(4096, 7);
    cache.get('alpha', { id: 'alpha' }, () => card);
    // Entries are written off the main thread; on disk once flushed.
    await flushCacheWrites();
    const [path = ''] = entries('cards');
    writeFileSync(path, readFileSync(path).subarray(0, 1000));
    let made = 0;
    const again = cache.get('alpha', { id: 'alpha' }, () => (made++, card));
    expect(made).toBe(1);
    expect(again.equals(card)).toBe(true);
    expect(cacheStats().get('cards')?.damaged).toEqual(['alpha']);
    expect(stderr.join('')).toMatch(/the cache entry for alpha \(cards\) was damaged/);
    // Made again and written whole: the next read is a clean hit.
    await flushCacheWrites();
    expect(cache.get('alpha', { id: 'alpha' }, () => Buffer.from('x')).equals(card)).toBe(true);
  });

  it('never gives one input the entry of another (a swapped file)', async () => {
    const cache = diskCache('mdx', 'src/lib/cache/disk-cache.ts', jsonCodec<string>());
    cache.get('alpha', 'alpha', () => 'Alpha text');
    cache.get('beta', 'beta', () => 'Beta text');
    await flushCacheWrites();
    const [a = '', b = ''] = entries('mdx');
    const bytesA = readFileSync(a);
    writeFileSync(a, readFileSync(b));
    writeFileSync(b, bytesA);
    expect(cache.get('alpha', 'alpha', () => 'Alpha text again')).toBe('Alpha text again');
    expect(cache.get('beta', 'beta', () => 'Beta text again')).toBe('Beta text again');
    expect(cacheStats().get('mdx')?.damaged).toEqual(['alpha', 'beta']);
  });

  it('remakes an entry whose bytes were edited, or that does not decode, without throwing', async () => {
    const cache = diskCache('citations', 'src/lib/cache/disk-cache.ts', jsonCodec<{ apa: string }>());
    cache.get('one', 1, () => ({ apa: 'Chang (2025)' }));
    await flushCacheWrites();
    const [path = ''] = entries('citations');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Chang', 'Chung'));
    expect(cache.get('one', 1, () => ({ apa: 'made' }))).toEqual({ apa: 'made' });
    await flushCacheWrites();
    writeFileSync(path, 'garbage with no header');
    expect(cache.get('one', 1, () => ({ apa: 'made again' }))).toEqual({ apa: 'made again' });
    expect(cacheStats().get('citations')?.damaged).toEqual(['one', 'one']);
  });

  it('GLOSSA_NO_CACHE=1 deletes the entries it bypasses', async () => {
    diskCache('maps', 'src/lib/cache/disk-cache.ts', jsonCodec<number>()).get('m', 1, () => 1);
    await flushCacheWrites();
    expect(existsSync(join(cacheRoot(), 'maps'))).toBe(true);
    process.env['GLOSSA_NO_CACHE'] = '1';
    expect(diskCache('maps', 'src/lib/cache/disk-cache.ts', jsonCodec<number>()).get('m', 1, () => 2)).toBe(
      2,
    );
    expect(existsSync(join(cacheRoot(), 'maps'))).toBe(false);
  });

  it('puts symbolic links in a folder’s key by their target, without following them', () => {
    const tree = join(dir, 'tree');
    mkdirSync(tree);
    writeFileSync(join(tree, 'a.mdx'), 'A');
    const before = folderDigest(tree);
    symlinkSync('/etc/hostname', join(tree, 'b.mdx'));
    const linked = folderDigest(tree);
    expect(linked).toEqual([...before, ['b.mdx', 'symlink:/etc/hostname']]);
    rmSync(join(tree, 'b.mdx'));
    symlinkSync('/etc/passwd', join(tree, 'b.mdx'));
    expect(folderDigest(tree)).not.toEqual(linked);
  });
});
