/**
 * Collections and derived indexes read once per build and shared by every page, so that per-page
 * helpers stay linear in the size of the glossary. In `astro dev` content changes under the
 * server, so every call works afresh. This is the one cache of the Astro side.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

const cache = new Map<string, Promise<unknown>>();

/** `make()` once per build (every time in `astro dev`), kept under `key`. */
export function perBuild<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return make();
  let value = cache.get(key) as Promise<T> | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A concept as its collection holds it. */
export type Concept = CollectionEntry<'concepts'>;

/** Every concept, sorted by id (the same array for the whole build). */
export const allConcepts = (): Promise<CollectionEntry<'concepts'>[]> =>
  perBuild('concepts', async () =>
    (await getCollection('concepts')).sort((a, b) => a.id.localeCompare(b.id)),
  );

/** The validated site settings (content/site.yaml). */
export async function getSettings(): Promise<CollectionEntry<'settings'>['data']> {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('content/site.yaml is missing.');
  return entry.data;
}

/** An entry of any kind with its kind. */
export type AnyEntry =
  | { kind: 'concept'; entry: CollectionEntry<'concepts'> }
  | { kind: 'entity'; entry: CollectionEntry<'entities'> };

/** Every entry of every kind (src/lib/model/kinds.ts), in the table's order, then by id. */
export async function allEntries(): Promise<AnyEntry[]> {
  const concepts = await allConcepts();
  const entities = (await getCollection('entities')).sort((a, b) => a.id.localeCompare(b.id));
  return [
    ...concepts.map((entry): AnyEntry => ({ kind: 'concept', entry })),
    ...entities.map((entry): AnyEntry => ({ kind: 'entity', entry })),
  ];
}

/** The display name of an entry of any kind. */
export const entryTitle = (e: AnyEntry): string =>
  e.kind === 'concept' ? e.entry.data.title : e.entry.data.name;
