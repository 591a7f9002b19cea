/**
 * Cuts the self-hosted text face down to the characters the built site uses (`astro:build:done`):
 * the text of every HTML page plus printable ASCII (so a search excerpt or a new word in a
 * browser's find bar still renders in the face). Runs offline on the files Vite emitted; a
 * character outside the face's Latin subset falls back to the next font, as before.
 *
 * The cut goes through the build cache (src/lib/cache/disk-cache.ts), keyed by the face's bytes,
 * the characters and the code version (this file, subset-font's version, the lockfile): a build
 * whose pages use the same characters writes the very bytes the last cut wrote.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytesCodec, diskCache, filesUnder } from '../lib/cache/disk-cache.ts';

const cache = diskCache('font-subset', 'src/integrations/font-subset.ts', bytesCodec);
const options = { targetFormat: 'woff2' } as const;

/** The face cut to `text`: from the cache, else by subset-font (loaded only then: harfbuzz in WebAssembly). */
function cut(file: string, font: Buffer, text: string): Promise<Buffer> {
  const inputs = { font: createHash('sha256').update(font).digest('hex'), text, options };
  return cache.getAsync(`subset ${basename(file)}`, inputs, async () => {
    const { default: subsetFont } = await import('subset-font');
    return subsetFont(font, text, options);
  });
}

const FACE = /^source-serif-4-.*\.woff2$/;
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/** Every file under `dir` whose name ends with `ext`, as full paths. */
const filesIn = (dir: string, ext: string): string[] =>
  filesUnder(dir, (name) => name.endsWith(ext)).map((path) => join(dir, path));

/** The files' text, read one by one as the caller asks for the next. */
function* eachText(files: readonly string[]): Generator<string> {
  for (const file of files) yield readFileSync(file, 'utf8');
}

/** The characters of the pages' text (tags and scripts dropped, entities decoded). */
export function charactersOf(htmlPages: Iterable<string>): string {
  const chars = new Set(ASCII);
  for (const html of htmlPages) {
    const text = html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)));
    for (const c of text) chars.add(c);
  }
  return [...chars].sort().join('');
}

/** The Astro integration. */
export function fontSubset(): AstroIntegration {
  return {
    name: 'glossa-font-subset',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // One page in memory at a time: at 4,000 concepts the pages together are hundreds of MB.
        const text = charactersOf(eachText(filesIn(site, '.html')));
        let before = 0;
        let after = 0;
        for (const file of filesIn(join(site, '_astro'), '.woff2')) {
          if (!FACE.test(file.split('/').at(-1) ?? '')) continue;
          const font = readFileSync(file);
          const subset = await cut(file, font, text);
          writeFileSync(file, subset);
          before += font.length;
          after += subset.length;
        }
        logger.info(
          `text face cut to ${String([...text].length)} characters: ${String(before)} → ${String(after)} bytes`,
        );
      },
    },
  };
}
