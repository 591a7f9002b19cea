/**
 * Builds the Pagefind search index over the finished site (`astro:build:done`), so every build —
 * the site, a fixture, a sub-path deploy — is searchable without a server. Only elements marked
 * `data-pagefind-body` (papers and concept pages) are indexed.
 *
 * The index goes through the build cache (src/lib/cache/disk-cache.ts): it is keyed by the path
 * and bytes of every HTML file Pagefind reads, Pagefind's options and `PAGEFIND_*` settings, and
 * the code version (this file and Pagefind's version), and the cached files are the ones Pagefind
 * wrote, so a reused index is byte for byte a fresh one (tests/build/cache.test.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { diskCache, filesUnder, folderDigest, type Codec } from '../lib/cache/disk-cache.ts';
import { inBackground } from './background.ts';

const options = { forceLanguage: 'en' } as const;

/** A written index: how many pages it holds, and its files (paths relative to its folder). */
interface WrittenIndex {
  pageCount: number;
  files: [string, Buffer][];
}

/** A header line of JSON (page count, paths and sizes), then every file's bytes in order. */
const indexCodec: Codec<WrittenIndex> = {
  encode: ({ pageCount, files }) => {
    const header = JSON.stringify({ pageCount, files: files.map(([path, bytes]) => [path, bytes.length]) });
    return Buffer.concat([Buffer.from(`${header}\n`), ...files.map(([, bytes]) => bytes)]);
  },
  decode: (data) => {
    const end = data.indexOf(10);
    const header = JSON.parse(data.subarray(0, end).toString('utf8')) as {
      pageCount: number;
      files: [string, number][];
    };
    let at = end + 1;
    const files = header.files.map(([path, size]): [string, Buffer] => {
      const bytes = data.subarray(at, (at += size));
      if (bytes.length !== size) throw new Error('A cached search index is cut short.');
      return [path, bytes];
    });
    if (at !== data.length) throw new Error('A cached search index has trailing bytes.');
    return { pageCount: header.pageCount, files };
  },
};

const cache = diskCache('search-index', 'src/integrations/search-index.ts', indexCodec, [
  'pagefind',
  `@pagefind/${process.platform}-${process.arch}`,
]);

/** What Pagefind reads: every HTML page (path and SHA-256), its options and environment settings. */
function inputsOf(site: string): unknown {
  const pages = folderDigest(site, (name) => name.endsWith('.html'));
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith('PAGEFIND_'))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return { options, settings, pages };
}

/** Runs Pagefind over `site` and returns what it wrote to `output`. */
async function runPagefind(site: string, output: string): Promise<WrittenIndex> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex(options);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const files = filesUnder(output, () => true).map((path): [string, Buffer] => [
      path,
      readFileSync(join(output, path)),
    ]);
    return { pageCount: added.page_count, files };
  } finally {
    await pagefind.close();
  }
}

async function indexSite(site: string, logger: AstroIntegrationLogger): Promise<void> {
  const output = join(site, 'pagefind');
  const started = performance.now();
  let fresh = false;
  const written = await cache.getAsync('pagefind', inputsOf(site), () => {
    fresh = true;
    return runPagefind(site, output);
  });
  // A reused index: the files Pagefind wrote for these very pages, written back as they were.
  if (!fresh)
    for (const [path, bytes] of written.files) {
      mkdirSync(dirname(join(output, path)), { recursive: true });
      writeFileSync(join(output, path), bytes);
    }
  logger.info(
    `${fresh ? 'indexed' : 'reused the index of'} ${String(written.pageCount)} pages in ${String(Math.round(performance.now() - started))} ms`,
  );
}

/** The Astro integration. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'glossa-search-index',
    hooks: {
      // Pagefind runs in its own process: the font is cut meanwhile (font-subset.ts, next), and
      // the build cache's hook waits for the index (background.ts).
      'astro:build:done': ({ dir, logger }) => {
        inBackground(indexSite(fileURLToPath(dir), logger));
      },
    },
  };
}
