/**
 * Hands the content read by astro.config.mjs to the collections in src/content.config.ts. Both
 * run in the same Node process but are loaded by different module graphs, so the result is kept
 * on a global symbol: the content is read and validated once per start of Astro.
 */
import type { LoadedContent } from './load.ts';

/** Where the shared content is kept, and how to read it again after a change (`astro dev`). */
export interface SharedContent {
  /** The content as last read. */
  content: LoadedContent;
  /** Reads the content tree again (same reader, same checks); throws ContentError on problems. */
  reload: () => LoadedContent;
}

const key = Symbol.for('glossa.content');
type Holder = { [key]?: SharedContent };

/** Keeps the content for the collections. */
export function shareContent(shared: SharedContent): void {
  (globalThis as Holder)[key] = shared;
}

/** The content kept by `shareContent`; throws when Astro was started without Glossa's config. */
export function sharedContent(): SharedContent {
  const shared = (globalThis as Holder)[key];
  if (!shared) throw new Error('Glossa content was not loaded: run Astro with the project\'s astro.config.mjs.');
  return shared;
}
