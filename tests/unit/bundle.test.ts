/**
 * The bundling settings of astro.config.mjs (src/integrations/bundle.ts): the content group puts
 * every compiled MDX module and its `?astroPropagatedAssets` wrapper in one chunk when bundled by
 * the Vite (and rolldown) that Astro runs, and leaves other dynamic imports apart; the build skips
 * the dev toolbar's pre-bundle, and `astro dev` keeps it.
 */
import { describe, expect, it } from 'vitest';
import { build, type Plugin, type Rolldown } from 'vite';
import { contentChunk, noDevPrebundle } from '../../src/integrations/bundle.ts';

const root = '/project';
const mdx = [
  'content/papers/a.mdx',
  'content/concepts/b.mdx',
  'content/archive/concepts/b/2026-11-29.mdx',
].map((p) => `${root}/${p}`);
/** The modules the group must gather: each MDX module and Astro's wrapper of it. */
const contentIds = [...mdx, ...mdx.map((id) => `${id}?astroPropagatedAssets`)];
/** A module outside the group, which must keep its own chunk. */
const other = `${root}/src/lib/other.ts`;
const imported = [...contentIds, other];

/** Serves an entry that imports each module dynamically, as Astro's page modules do. */
const modules: Plugin = {
  name: 'test-modules',
  resolveId: (id) => (id === 'entry' || imported.includes(id) ? id : null),
  load(id) {
    if (id === 'entry')
      return `export const load = [${imported.map((m) => `() => import(${JSON.stringify(m)})`).join(', ')}];`;
    return imported.includes(id) ? `export default ${JSON.stringify(id)};` : null;
  },
};

async function chunksOf(grouped: boolean): Promise<Rolldown.OutputChunk[]> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [modules],
    build: {
      // A server bundle, like Astro's prerender environment.
      ssr: true,
      write: false,
      minify: false,
      rolldownOptions: {
        input: 'entry',
        output: grouped ? { codeSplitting: { groups: [contentChunk] } } : {},
      },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  if (!result || !('output' in result)) throw new Error('no bundle');
  return result.output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
}

describe('contentChunk', () => {
  it('matches compiled MDX modules and their wrappers, and nothing else', () => {
    for (const id of contentIds) expect(contentChunk.test.test(id), id).toBe(true);
    for (const id of [
      other,
      `${root}/src/pages/[...slug].astro`,
      `${root}/content/papers/a.mdx.ts`,
      `${root}/node_modules/@astrojs/mdx/dist/index.js`,
      `${root}/content/site.yaml`,
    ])
      expect(contentChunk.test.test(id), id).toBe(false);
  });

  it('bundles every MDX module and wrapper into one chunk, other dynamic imports apart', async () => {
    const apart = await chunksOf(false);
    const grouped = await chunksOf(true);
    // Without the group: the entry plus one chunk per dynamic import (7).
    expect(apart).toHaveLength(1 + imported.length);
    const content = grouped.filter((c) => c.moduleIds.some((id) => contentChunk.test.test(id)));
    expect(content).toHaveLength(1);
    // (Rolldown may add its runtime, a virtual module, to a chunk of its choice.)
    const projectIds = (content[0]?.moduleIds ?? []).filter((id) => id.startsWith(root));
    expect(projectIds.sort()).toEqual([...contentIds].sort());
    // The entry, the content chunk, and the other module in its own chunk.
    expect(grouped).toHaveLength(3);
    expect(grouped.some((c) => c.moduleIds.length === 1 && c.moduleIds[0] === other)).toBe(true);
  });
});

describe('noDevPrebundle', () => {
  type Handler = (
    name: string,
    options: { optimizeDeps?: { include?: string[]; noDiscovery?: boolean } },
  ) => void;
  const handlerOf = (building: boolean): Handler => {
    const hook = noDevPrebundle(building).configEnvironment;
    if (!hook || typeof hook !== 'object') throw new Error('configEnvironment is not an object hook');
    expect(hook.order).toBe('post');
    return hook.handler as unknown as Handler;
  };

  it("empties the client's pre-bundle list in a build", () => {
    const options = { optimizeDeps: { include: ['astro > aria-query'] } };
    handlerOf(true)('client', options);
    expect(options.optimizeDeps).toEqual({ include: [], noDiscovery: true });
  });

  it('leaves the server environments and `astro dev` alone', () => {
    for (const [building, name] of [
      [true, 'ssr'],
      [true, 'prerender'],
      [false, 'client'],
    ] as const) {
      const options = { optimizeDeps: { include: ['astro > aria-query'] } };
      handlerOf(building)(name, options);
      expect(options.optimizeDeps, `${String(building)} ${name}`).toEqual({
        include: ['astro > aria-query'],
      });
    }
  });
});
