/**
 * `loadContent` through the build cache (src/lib/cache/disk-cache.ts), for `astro build`. Reading,
 * parsing and checking every content file (YAML, the MDX syntax check, the schemas) and loading
 * the code that does it is a noticeable part of a build, more so at thousands of entries
 * (bench/README.md, "Why the build is set up as it is"); with nothing changed the result is the same, so it is read back instead.
 *
 * The key is every file under the content folder (its path and the SHA-256 of its bytes, editors'
 * lock and backup files included: over-including only costs a miss), the options, the two folders
 * (paths in messages are relative to the root), today's date (a revision dated in the future is
 * an error today and fine tomorrow) and the code version of load.ts and everything it imports.
 * Only a successful load is stored (a content error throws, as before, and nothing is written),
 * and only a result that `v8.serialize` gives back unchanged (Maps, Dates, plain objects).
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { diskCache, folderDigest, type Codec } from '../cache/disk-cache.ts';
import type { LoadedContent, LoadOptions } from './load.ts';

/** Stored with v8's serializer; a value that would not come back unchanged is refused (not stored). */
const v8Codec: Codec<LoadedContent> = {
  encode: (value) => {
    const bytes = serialize(value);
    if (!isDeepStrictEqual(deserialize(bytes), value)) throw new Error('The content does not round-trip.');
    return bytes;
  },
  decode: (data) => deserialize(data) as LoadedContent,
};

const cache = diskCache<LoadedContent>('content', 'src/lib/content/load-cached.ts', v8Codec);

/** `loadContent(root, contentDir, options)`, read from the cache when nothing it reads has changed. */
export function loadContentCached(
  root: string,
  contentDir: string,
  options: LoadOptions = {},
): Promise<LoadedContent> {
  const inputs = {
    root,
    contentDir,
    options,
    today: new Date().toISOString().slice(0, 10),
    // No content folder: loadContent reports it, and the key still differs from any real tree.
    files: existsSync(contentDir) ? folderDigest(contentDir) : [],
  };
  return cache.getAsync(relative(root, contentDir) || '.', inputs, async () => {
    // Loaded only on a miss: loading the loader and its parsers is half of the time saved.
    const { loadContent } = await import('./load.ts');
    return loadContent(root, contentDir, options);
  });
}
