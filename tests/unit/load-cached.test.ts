/**
 * The content through the build cache (src/lib/content/load-cached.ts): a second load of the same
 * tree reads back exactly what `loadContent` returns; any changed, added or removed file, another
 * day, or other options load again; a content error is thrown every time and never stored.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheStats, folderDigest, resetCacheStats } from '../../src/lib/cache/disk-cache.ts';
import { loadContentCached } from '../../src/lib/content/load-cached.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { ContentError } from '../../src/lib/content/problems.ts';
import { scratchDir } from './helpers.ts';

const minimal = join(process.cwd(), 'tests/fixtures/minimal/content');
let dir = '';
let content = '';
const stats = () => cacheStats().get('content') ?? { hits: [], misses: [] };
const edit = (file: string, change: (text: string) => string) => {
  const path = join(content, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};

beforeEach(() => {
  dir = scratchDir('glossa-load-cached-');
  content = join(dir, 'content');
  cpSync(minimal, content, { recursive: true });
  process.env['GLOSSA_CACHE_DIR'] = join(dir, 'cache');
  resetCacheStats();
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
  delete process.env['GLOSSA_CACHE_DIR'];
  resetCacheStats();
});

describe('loadContentCached', () => {
  it('reads back exactly what loadContent returns', async () => {
    const fresh = loadContent(dir, content);
    const first = await loadContentCached(dir, content);
    const second = await loadContentCached(dir, content);
    expect(stats().misses).toHaveLength(1);
    expect(stats().hits).toHaveLength(1);
    expect(first).toStrictEqual(fresh);
    expect(second).toStrictEqual(fresh);
    // Maps survive: the indexes the remark plugins use.
    expect(second.indexes[0]?.byId).toBeInstanceOf(Map);
  });

  it('loads again after an edit, a new file, a removed file, on another day, or with other options', async () => {
    await loadContentCached(dir, content);
    edit('concepts/beta-idea.mdx', (t) => t.replace('another test concept', 'another concept'));
    const edited = await loadContentCached(dir, content);
    expect(edited.entries.concept.find((e) => e.id === 'beta-idea')?.body).toContain('another concept');
    writeFileSync(join(content, 'concepts/notes.txt'), 'not content, but in the folder');
    await loadContentCached(dir, content);
    rmSync(join(content, 'concepts/notes.txt'));
    await loadContentCached(dir, content); // the same tree as after the edit
    await loadContentCached(dir, content, { marks: 'return' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.now() + 86_400_000));
    await loadContentCached(dir, content);
    expect(stats().misses).toHaveLength(5);
    expect(stats().hits).toHaveLength(1);
  });

  it('throws a content error every time and stores nothing', async () => {
    edit('concepts/beta-idea.mdx', (t) => t.replace('created: 2026-01-01', 'created: 2026-13-45'));
    await expect(loadContentCached(dir, content)).rejects.toBeInstanceOf(ContentError);
    await expect(loadContentCached(dir, content)).rejects.toBeInstanceOf(ContentError);
    expect(stats().hits).toEqual([]);
    expect(stats().misses).toHaveLength(2);
    // No content folder at all: the loader's own error, with an empty digest in the key.
    await expect(loadContentCached(dir, join(dir, 'missing'))).rejects.toBeInstanceOf(ContentError);
  });

  it('the digest names every file with the hash of its bytes', () => {
    const digest = folderDigest(content);
    expect(digest.map(([path]) => path)).toContain('concepts/beta-idea.mdx');
    expect(digest.every(([, hash]) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);
    expect(folderDigest(content, (name) => name.endsWith('.yaml')).map(([path]) => path)).toEqual([
      'bibliography.yaml',
      'site.yaml',
    ]);
  });
});
