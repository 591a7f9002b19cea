/**
 * Citations and social cards made on worker threads (src/lib/citations/pool.ts,
 * src/lib/images/card-cache.ts) are what the main thread would make, reach the build cache before
 * the pages read them, are made once however many pages ask, and carry a thread's error back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { cacheStats, flushCacheWrites, resetCacheStats } from '../../src/lib/cache/disk-cache.ts';
import {
  formatBibliography as cachedBibliography,
  formatCitation as cachedCitation,
  prefetchCitations,
} from '../../src/lib/citations/cached.ts';
import { styleCitations, styleRequests } from '../../src/lib/citations/box.ts';
import { formatBibliography, formatCitation } from '../../src/lib/citations/citeproc.ts';
import { formatOnThread, startCitationThreads } from '../../src/lib/citations/pool.ts';
import type { CslItem, SiteItem } from '../../src/lib/citations/types.ts';
import { cachedCard, prepareCards } from '../../src/lib/images/card-cache.ts';
import { renderCard, type CardText } from '../../src/lib/images/og-image.ts';
import { scratchDir } from './helpers.ts';

let dir = '';
beforeEach(() => {
  dir = scratchDir('glossa-threads-');
  process.env['GLOSSA_CACHE_DIR'] = dir;
  resetCacheStats();
});
afterEach(async () => {
  await flushCacheWrites();
  rmSync(dir, { recursive: true, force: true });
  delete process.env['GLOSSA_CACHE_DIR'];
  resetCacheStats();
});

const book: CslItem = {
  id: 'threads-book',
  type: 'book',
  title: 'Arms and Influence',
  author: [{ family: 'Schelling', given: 'Thomas C.' }],
  publisher: 'Yale University Press',
  'publisher-place': 'New Haven',
  issued: { 'date-parts': [[1966]] },
};
const entry: SiteItem = {
  id: 'threads-entry',
  type: 'entry-encyclopedia',
  title: 'Deterrence by denial',
  'container-title': 'Glossa',
  author: [{ literal: 'Glossa' }],
  publisher: 'Glossa',
  URL: 'https://readings.example.org/concepts/deterrence-by-denial/',
  issued: { 'date-parts': [[2026, 11, 26]] },
} as SiteItem;

const stats = (name: string) => cacheStats().get(name) ?? { hits: [], misses: [] };

describe('citations on the citation threads', () => {
  // Runs first: nothing in this file has started a thread yet.
  it('are made on this thread, as they come, while no thread was started (a build after an edit)', async () => {
    await prefetchCitations(styleRequests(entry));
    expect(stats('citations').misses).toEqual([]);
    styleCitations(entry);
    expect(stats('citations').misses).toHaveLength(styleRequests(entry).length);
    startCitationThreads();
  });

  it('are what citeproc makes on this thread, in every style, with a pinpoint and as a reference list', async () => {
    for (const style of ['apa', 'modern-language-association', 'chicago-fullnote-bibliography'] as const) {
      expect(await formatOnThread({ op: 'citation', item: book, style, locator: undefined })).toEqual(
        formatCitation(book, style),
      );
    }
    const locator = { label: 'page', value: '7' } as const;
    expect(await formatOnThread({ op: 'citation', item: book, style: 'apa', locator })).toEqual(
      formatCitation(book, 'apa', locator),
    );
    expect(
      await formatOnThread({
        op: 'bibliography',
        items: [book],
        style: 'chicago-author-date',
        options: { links: true },
      }),
    ).toEqual(formatBibliography([book], 'chicago-author-date', { links: true }));
  });

  it('are made once, ahead, and then read by the page from the cache', async () => {
    startCitationThreads();
    const calls = styleRequests(entry);
    // Two pages asking at once make each citation once.
    await Promise.all([prefetchCitations(calls), prefetchCitations(calls)]);
    expect(stats('citations').misses).toHaveLength(calls.length);
    const misses = stats('citations').misses.length;
    const box = styleCitations(entry);
    expect(stats('citations').misses).toHaveLength(misses);
    expect(box.map((s) => s.reference)).toEqual(
      calls.slice(0, box.length).map((c) => formatCitation(c.item, c.style).reference),
    );
    // Asking again once they are cached sends nothing to a thread.
    await prefetchCitations(calls);
    expect(stats('citations').misses).toHaveLength(misses);
    expect(cachedCitation(book, 'apa')).toEqual(formatCitation(book, 'apa'));
  });

  it('makes a reference list once for pages that ask at once, each with its own copy', async () => {
    startCitationThreads();
    const [a, b] = await Promise.all([
      cachedBibliography([book], 'apa', { links: true }),
      cachedBibliography([book], 'apa', { links: true }),
    ]);
    expect(a).toEqual(formatBibliography([book], 'apa', { links: true }));
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    expect(stats('citations').misses).toHaveLength(1);
  });

  it("brings a thread's error back to the page that asked", async () => {
    await expect(
      formatOnThread({ op: 'citation', item: book, style: 'no-such-style' as 'apa', locator: undefined }),
    ).rejects.toThrow(/no-such-style/);
  });
});

describe('social cards on the card thread', () => {
  const text: CardText = {
    kicker: 'Glossary · Deterrence',
    title: 'Deterrence by denial',
    subtitle: 'Discouraging an attack by making it unlikely to succeed.',
    footer: 'Glossa',
  };

  it('are the PNG renderCard draws on this thread, drawn once when queued ahead', async () => {
    prepareCards([{ label: 'og/test', text }]);
    prepareCards([{ label: 'og/test', text }]);
    const png = await cachedCard('og/test', text);
    expect(png.equals(await renderCard(text))).toBe(true);
    expect(stats('social-cards').misses).toEqual(['og/test']);
    // Once taken, the card is read from the cache.
    expect((await cachedCard('og/test', text)).equals(png)).toBe(true);
    expect(stats('social-cards').misses).toEqual(['og/test']);
  });
});
