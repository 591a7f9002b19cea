/**
 * The citeproc engines prepared ahead of a build's first citation (src/lib/citations/citeproc.ts,
 * `prepareEngines`, which each citation thread runs as it starts), and when the build cache's
 * integration starts those threads: only on a build without cached citations; preparing changes
 * nothing of what is formatted after.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCache } from '../../src/integrations/build-cache.ts';
import {
  citationStyles,
  citeprocWasLoaded,
  formatCitation,
  prepareEngines,
} from '../../src/lib/citations/citeproc.ts';
import { citationThreadsUsed } from '../../src/lib/citations/pool.ts';
import type { CslItem } from '../../src/lib/citations/types.ts';
import { scratchDir } from './helpers.ts';

const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};
const buildStart = () => {
  const hook = buildCache().hooks['astro:build:start'];
  if (!hook) throw new Error('The build cache has no astro:build:start hook.');
  return hook({} as Parameters<typeof hook>[0]);
};
const saved = process.env['GLOSSA_CACHE_DIR'];
afterEach(() => {
  if (saved === undefined) delete process.env['GLOSSA_CACHE_DIR'];
  else process.env['GLOSSA_CACHE_DIR'] = saved;
});

// A record unlike the warm-up sample: a report in a numbered series, with a URL and an editor.
const report: CslItem = {
  id: 'prepare-test-report',
  type: 'report',
  title: 'Deterrence and the alliance: a test record',
  author: [{ family: 'Author', given: 'Test' }],
  editor: [{ family: 'Editor', given: 'Test' }],
  publisher: 'Test Institute',
  'collection-title': 'Test Papers',
  number: '7',
  issued: { 'date-parts': [[2025, 3, 25]] },
};

describe('prepareEngines', () => {
  it('is not started by the build cache when citations are cached, and is when none are (on its threads)', async () => {
    const cached = scratchDir('glossa-prepare-cached-');
    mkdirSync(join(cached, 'glossa', 'citations'), { recursive: true });
    process.env['GLOSSA_CACHE_DIR'] = cached;
    await buildStart();
    await turns(20);
    expect(citationThreadsUsed()).toBe(false);

    process.env['GLOSSA_CACHE_DIR'] = scratchDir('glossa-prepare-empty-');
    await buildStart();
    expect(citationThreadsUsed()).toBe(true);
    // The engines are built on the threads: this thread has not loaded citeproc-js.
    expect(citeprocWasLoaded()).toBe(false);
  });

  it('leaves nothing of its sample in what is formatted next', async () => {
    const before = [...citationStyles, 'chicago-fullnote-bibliography' as const].map((style) =>
      formatCitation(report, style),
    );
    await prepareEngines();
    const after = [...citationStyles, 'chicago-fullnote-bibliography' as const].map((style) =>
      formatCitation(report, style),
    );
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain('Warm-up');
  });

  it("leaves no item registered: a work by the sample's author and year is not told apart from it", async () => {
    await prepareEngines();
    // The sample is by "An Editor", 2026: were it still registered, APA would add a year suffix
    // or the initial ("(Editor, 2026a)", "(A. Editor, 2026)").
    const sameAuthor: CslItem = {
      id: 'prepare-test-same-author',
      type: 'report',
      title: 'Another work',
      author: [{ family: 'Editor', given: 'An' }],
      issued: { 'date-parts': [[2026, 5, 1]] },
    };
    expect(formatCitation(sameAuthor, 'apa').cite.text).toBe('(Editor, 2026)');
  });
});
