/** Site settings from content/site.yaml. */
import { getEntry, type CollectionEntry } from 'astro:content';

/** The validated site settings. */
export async function getSettings(): Promise<CollectionEntry<'settings'>['data']> {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('content/site.yaml is missing.');
  return entry.data;
}
