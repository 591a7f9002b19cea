/**
 * Collections read once per build and shared by every page, so that per-page helpers (relations,
 * concept maps) can index them once instead of scanning the whole glossary on every page.
 * In `astro dev` content changes under the server, so each call reads afresh.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

let concepts: Promise<CollectionEntry<'concepts'>[]> | undefined;

/** Every concept, sorted by id (the same array for the whole build). */
export function allConcepts(): Promise<CollectionEntry<'concepts'>[]> {
  const read = async () => (await getCollection('concepts')).sort((a, b) => a.id.localeCompare(b.id));
  if (import.meta.env.DEV) return read();
  concepts ??= read();
  return concepts;
}
