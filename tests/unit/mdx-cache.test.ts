/**
 * The MDX compile cache (src/integrations/mdx-cache.ts): the wrapped transform runs the original
 * only on a miss, returns what the original returned, keys on the file's text, its path and the
 * plugins' inputs, never stores an error, and wraps a plugin once. The whole-build behaviour (hits,
 * misses, byte-identical output) is in tests/build/cache.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { Plugin } from 'vite';
import { cacheStats, resetCacheStats } from '../../src/lib/cache/disk-cache.ts';
import { cacheTransform, compileFingerprint, MDX_PLUGIN } from '../../src/integrations/mdx-cache.ts';
import { scratchDir } from './helpers.ts';
import type { GlossaryIndex } from '../../src/lib/content/glossary-index.ts';
import type { EntryId } from '../../src/lib/model/ids.ts';

let dir = '';
beforeEach(() => {
  dir = scratchDir('glossa-mdx-cache-');
  process.env['GLOSSA_CACHE_DIR'] = dir;
  resetCacheStats();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env['GLOSSA_CACHE_DIR'];
  resetCacheStats();
});

/** A stand-in for @astrojs/mdx's plugin that counts its compiles. */
function fakeMdx(fail = false) {
  const calls: string[] = [];
  const plugin = {
    name: MDX_PLUGIN,
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code: string, id: string) {
        calls.push(id);
        if (fail) throw new Error(`cannot compile ${id}`);
        return Promise.resolve({
          code: `export default ${JSON.stringify(code)};`,
          map: null,
          meta: { astro: { id } },
        });
      },
    },
  } as unknown as Plugin;
  const transform = (code: string, id: string) =>
    (plugin.transform as { handler: (c: string, i: string) => Promise<unknown> }).handler(code, id);
  return { plugin, calls, transform };
}

const index = (title: string, short: string): GlossaryIndex[] => [
  {
    kind: 'concept',
    byId: new Map([['a', { id: 'a' as EntryId<'concept'>, title, aliases: [], short }]]),
    byTerm: new Map([[title.toLowerCase(), 'a' as EntryId<'concept'>]]),
  },
];
const labels = () => ({
  hits: cacheStats().get('mdx-compile')?.hits ?? [],
  misses: cacheStats().get('mdx-compile')?.misses ?? [],
});

describe('MDX compile cache', () => {
  it('compiles on a miss, reuses on a hit, and returns what the compile returned', async () => {
    const { plugin, calls, transform } = fakeMdx();
    expect(cacheTransform(plugin, () => 'fp', '/site')).toBe(true);
    const first = await transform('# One', '/site/content/papers/p.mdx');
    const again = await transform('# One', '/site/content/papers/p.mdx');
    expect(calls).toEqual(['/site/content/papers/p.mdx']);
    expect(again).toEqual(first);
    expect(first).toEqual({
      code: 'export default "# One";',
      map: null,
      meta: { astro: { id: '/site/content/papers/p.mdx' } },
    });
    expect(labels()).toEqual({ misses: ['content/papers/p.mdx'], hits: ['content/papers/p.mdx'] });
  });

  it('compiles again when the text, the path or the plugin inputs change', async () => {
    let fingerprint = 'one';
    const { plugin, calls, transform } = fakeMdx();
    cacheTransform(plugin, () => fingerprint, '/site');
    await transform('# One', '/site/a.mdx');
    await transform('# Two', '/site/a.mdx');
    await transform('# One', '/site/b.mdx');
    fingerprint = 'two';
    await transform('# One', '/site/a.mdx');
    expect(calls).toEqual(['/site/a.mdx', '/site/a.mdx', '/site/b.mdx', '/site/a.mdx']);
    expect(labels().hits).toEqual([]);
  });

  it('never stores a failed compile', async () => {
    const broken = fakeMdx(true);
    cacheTransform(broken.plugin, () => 'fp', '/site');
    await expect(broken.transform('<Oops', '/site/a.mdx')).rejects.toThrow('cannot compile');
    const fixed = fakeMdx();
    cacheTransform(fixed.plugin, () => 'fp', '/site');
    await fixed.transform('<Oops', '/site/a.mdx');
    expect(fixed.calls).toEqual(['/site/a.mdx']);
  });

  it('wraps a plugin once, and leaves a plugin without a transform alone', async () => {
    const { plugin, calls, transform } = fakeMdx();
    cacheTransform(plugin, () => 'fp', '/site');
    cacheTransform(plugin, () => 'fp', '/site');
    await transform('# One', '/site/a.mdx');
    expect(calls).toHaveLength(1);
    expect(labels().misses).toEqual(['a.mdx']);
    expect(cacheTransform({ name: MDX_PLUGIN }, () => 'fp', '/site')).toBe(false);
  });

  it('the fingerprint covers every title, alias and short definition, the plugin options and the config', () => {
    const base = compileFingerprint(
      { indexes: index('Alpha', 'First.'), pluginOptions: { p: 1 } },
      { s: 1 },
      'config',
    );
    expect(
      compileFingerprint({ indexes: index('Alpha', 'First.'), pluginOptions: { p: 1 } }, { s: 1 }, 'config'),
    ).toBe(base);
    for (const other of [
      compileFingerprint(
        { indexes: index('Alpha', 'Changed.'), pluginOptions: { p: 1 } },
        { s: 1 },
        'config',
      ),
      compileFingerprint({ indexes: index('Beta', 'First.'), pluginOptions: { p: 1 } }, { s: 1 }, 'config'),
      compileFingerprint({ indexes: index('Alpha', 'First.'), pluginOptions: { p: 2 } }, { s: 1 }, 'config'),
      compileFingerprint({ indexes: index('Alpha', 'First.'), pluginOptions: { p: 1 } }, { s: 2 }, 'config'),
      compileFingerprint(
        { indexes: index('Alpha', 'First.'), pluginOptions: { p: 1 } },
        { s: 1 },
        'config 2',
      ),
    ])
      expect(other).not.toBe(base);
  });
});
