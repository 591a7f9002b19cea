// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { join, resolve, sep } from 'node:path';
import { loadContentCached } from './src/lib/content/load-cached.ts';
import { ContentError, formatProblem } from './src/lib/content/problems.ts';
import { glossaRehypePlugins, glossaRemarkPlugins } from './src/plugins/index.ts';
import { pageIds } from './src/layouts/page-ids.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { fontSubset } from './src/integrations/font-subset.ts';
import { cspFirst } from './src/integrations/csp-first.ts';
import { buildCache } from './src/integrations/build-cache.ts';
import { downloadAliases } from './src/integrations/download-aliases.ts';
import { devFileRoutes } from './src/integrations/dev-files.ts';
import { mdxCache } from './src/integrations/mdx-cache.ts';
import { liveContent } from './src/integrations/live-content.ts';
import { contentChunk, noDevPrebundle } from './src/integrations/bundle.ts';
import { pageDirectives } from './src/lib/site/csp.ts';
import { lazyUnified } from './src/lib/markdown/lazy-unified.ts';
import { baseProblem, missingAddressMessage, previewWarning, siteAddress } from './src/lib/site/address.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// GLOSSA_CONTENT points the build at another content tree (the test fixtures use it).
const contentDir = resolve(root, process.env['GLOSSA_CONTENT'] ?? 'content');
// Reads and checks every content file once, and builds the indexes; the collections
// (src/content.config.ts) are filled from the same result. `astro build` stops here on any
// problem, all of them listed with file:line:column, before anything is written; `astro dev`
// leaves problems with marks to the compile of the file, so the browser shows them.
const building = process.argv.slice(2).includes('build');
// `astro build` reads the result from the build cache when no content file (and no code) changed;
// `astro dev` loads afresh, and again on each save (src/integrations/live-content.ts).
const { loadContent } = building ? { loadContent: undefined } : await import('./src/lib/content/load.ts');
const load = () => {
  if (!loadContent) throw new Error('The content is loaded once in a build.');
  return loadContent(root, contentDir, { marks: 'return' });
};
const content = await (async () => {
  try {
    if (!building) return load();
    const loaded = await loadContentCached(root, contentDir, { marks: 'throw' });
    // Drafts (a "TODO" left in content) show in `astro dev`, but never get published.
    if (loaded.drafts.length) throw new ContentError(loaded.drafts);
    return loaded;
  } catch (error) {
    if (!building || !(error instanceof ContentError)) throw error;
    // Glossa's own message only: no framework hint, no stack trace (GLOSSA_DEBUG=1 shows it).
    process.stderr.write(`\n${error.message}\nNothing was built; the previous output is unchanged.\n`);
    if (process.env['GLOSSA_DEBUG'] === '1') process.stderr.write(`${error.stack ?? ''}\n`);
    process.exit(1);
  }
})();
const papersDir = join(contentDir, 'papers') + sep;
// A published version of a paper's edition (content/archive/papers/<id>/<date>.mdx) is compiled as a paper.
const archivedPapersDir = join(contentDir, 'archive', 'papers') + sep;
// The public address: GLOSSA_SITE, else `url` in content/site.yaml, else a localhost preview.
const base = process.env['GLOSSA_BASE'] ?? '/';
const address = (() => {
  // A refused address or sub-path stops the build here, with its fix and no stack trace.
  try {
    const problem = baseProblem(base);
    if (problem) throw new Error(problem);
    const found = siteAddress(process.env['GLOSSA_SITE'], content.site.url);
    // A deploy (GLOSSA_REQUIRE_SITE=1) must not publish an address readers cannot reach.
    if (building && found.local && process.env['GLOSSA_REQUIRE_SITE'] === '1')
      throw new Error(missingAddressMessage(found));
    return found;
  } catch (error) {
    if (!building) throw error;
    process.stderr.write(
      `\n${error instanceof Error ? error.message : String(error)}\nNothing was built; the previous output is unchanged.\n`,
    );
    process.exit(1);
  }
})();
// What the remark plugins are given besides the glossary indexes (also in the MDX cache's key).
const pluginData = { papersDir, archivedPapersDir, reservedIds: Object.values(pageIds) };
const baseDir = base.endsWith('/') ? base : `${base}/`;

// Not `defineConfig` from 'astro/config' (an identity function for types): that entry point loads
// svgo and csso (~40 ms of every build) for a site that optimises no SVG.
/** @type {import('astro').AstroUserConfig} */
const config = {
  // Canonical URLs, the sitemap and citations need the public address (README, Deploying).
  site: address.url,
  base,
  // A renamed concept keeps its old URL: each former id becomes a redirect page to the new one.
  redirects: Object.fromEntries(
    Object.entries(content.redirects).map(([from, to]) => [
      `/concepts/${from}/`,
      `${baseDir}concepts/${to}/`,
    ]),
  ),
  trailingSlash: 'always',
  // Sixteen pages rendered at a time: rendering waits on disk for part of its time, so a build is
  // faster than at four, with the same output, byte for byte (bench/README.md, "Why the build is
  // set up as it is"). Social cards are drawn on their own thread (src/lib/images/card-cache.ts).
  build: { concurrency: 16 },
  // Fixture builds in the tests write elsewhere so they never touch the real site or its cache.
  ...(process.env['GLOSSA_OUT_DIR'] ? { outDir: process.env['GLOSSA_OUT_DIR'] } : {}),
  ...(process.env['GLOSSA_CACHE_DIR'] ? { cacheDir: process.env['GLOSSA_CACHE_DIR'] } : {}),
  integrations: [
    mdx(),
    // `astro build` reuses the compiled module of an MDX file whose text and plugin inputs are unchanged.
    mdxCache({ indexes: content.indexes, pluginOptions: pluginData }),
    sitemap({ filter: (page) => !page.includes('/search/') }),
    cspFirst(),
    // citation.* beside each glossa-<id>.* download: links made after the pages are written.
    downloadAliases(),
    // `astro dev`: the citation downloads and exports at the addresses the pages link to.
    devFileRoutes(),
    searchIndex(),
    fontSubset(),
    buildCache(),
    // Shares the content with the collections; in `astro dev`, restarts only when what this config
    // took from the content changes (titles, aliases, ids), and reloads entries without a restart.
    liveContent({ contentDir, content, load }),
    {
      // Warnings and drafts in the terminal.
      name: 'glossa-content',
      hooks: {
        'astro:config:setup': ({ command, logger }) => {
          for (const warning of content.warnings) logger.warn(formatProblem(warning));
          // A local build says it is a preview (a deploy, GLOSSA_REQUIRE_SITE=1, stopped above).
          if (command === 'build' && address.local) logger.warn(`\n${previewWarning(address)}`);
          if (content.drafts.length === 0 || command === 'build') return;
          logger.warn(
            `${content.drafts.length} unfinished line(s) in content:\n${content.drafts.map(formatProblem).join('\n')}`,
          );
        },
        // Repeated last, where it is seen: the first warning has scrolled away by now.
        'astro:build:done': ({ logger }) => {
          if (address.local) logger.warn(`\n${previewWarning(address)}`);
        },
      },
    },
  ],
  // Content Security Policy: a <meta> with hashes of every script and style Astro emits, and the
  // narrowest source for every other kind of resource (src/lib/site/csp.ts; README, Security).
  security: { csp: { directives: [...pageDirectives] } },
  // Writes JSON schemas of the collections to .astro/ so editors complete frontmatter (README).
  experimental: { contentIntellisense: true },
  vite: {
    plugins: [noDevPrebundle(building)],
    environments: {
      prerender: {
        build: {
          rolldownOptions: {
            output: {
              // Compiled MDX modules in one chunk: 219 chunks become 54 (src/integrations/bundle.ts).
              codeSplitting: { groups: [contentChunk] },
            },
          },
        },
      },
    },
    build: {
      // One stylesheet for the whole site (global CSS and every component's <style>), so each
      // page has one render-blocking stylesheet, cached across pages (tests/e2e/budgets.spec.ts).
      cssCodeSplit: false,
      rollupOptions: {
        // Astro 7 emits this for every MDX entry (withastro/astro#18087, "fix verified" upstream);
        // it is harmless and buries real warnings, so only this exact one is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // No code blocks to highlight; Shiki's inline styles would also defeat the CSP.
    syntaxHighlight: false,
    // unified() of @astrojs/markdown-remark, imported only when a file must be compiled.
    processor: lazyUnified({
      remarkPlugins: [
        ...glossaRemarkPlugins({
          indexes: content.indexes,
          isPaper: (/** @type {import('vfile').VFile} */ file) =>
            [pluginData.papersDir, pluginData.archivedPapersDir].some((dir) => file.path?.startsWith(dir)),
          reservedIds: pluginData.reservedIds,
        }),
      ],
      rehypePlugins: [...glossaRehypePlugins()],
    }),
  },
};

export default config;
