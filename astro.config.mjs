// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { join, resolve, sep } from 'node:path';
import { loadContent } from './src/lib/content/load.ts';
import { shareContent } from './src/lib/content/shared.ts';
import { ContentError, formatProblem } from './src/lib/content/problems.ts';
import { glossaRehypePlugins, glossaRemarkPlugins } from './src/plugins/index.ts';
import { pageIds } from './src/layouts/page-ids.ts';
import { searchIndex } from './src/integrations/search-index.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// GLOSSA_CONTENT points the build at another content tree (the test fixtures use it).
const contentDir = resolve(root, process.env['GLOSSA_CONTENT'] ?? 'content');
// Reads and checks every content file once, and builds the indexes; throws with file:line:column.
// The collections (src/content.config.ts) are filled from the same result.
// Problems with marks are returned, not thrown: `astro build` stops on them before it writes
// anything (below), and `astro dev` shows them in the browser.
const load = () => loadContent(root, contentDir, { marks: 'return' });
const content = load();
shareContent({ content, reload: load });
const papersDir = join(contentDir, 'papers') + sep;
const base = process.env['GLOSSA_BASE'] ?? '/';
const baseDir = base.endsWith('/') ? base : `${base}/`;

export default defineConfig({
  // Canonical URLs and the sitemap need the public address: set GLOSSA_SITE when deploying.
  site: process.env['GLOSSA_SITE'] ?? 'http://localhost:4321',
  base,
  // A renamed concept keeps its old URL: each former id becomes a redirect page to the new one.
  redirects: Object.fromEntries(
    Object.entries(content.redirects).map(([from, to]) => [
      `/concepts/${from}/`,
      `${baseDir}concepts/${to}/`,
    ]),
  ),
  trailingSlash: 'always',
  // Fixture builds in the tests write elsewhere so they never touch the real site or its cache.
  ...(process.env['GLOSSA_OUT_DIR'] ? { outDir: process.env['GLOSSA_OUT_DIR'] } : {}),
  ...(process.env['GLOSSA_CACHE_DIR'] ? { cacheDir: process.env['GLOSSA_CACHE_DIR'] } : {}),
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.includes('/search/') }),
    searchIndex(),
    {
      // Drafts (a "TODO" left in content) show in `astro dev`, but never get published.
      // Also restarts `astro dev` when a file the glossary index depends on changes.
      name: 'glossa-content',
      hooks: {
        'astro:config:setup': ({ command, logger, addWatchFile }) => {
          // The glossary index is built here, once; restart `astro dev` when the glossary changes.
          for (const file of content.files) addWatchFile(file);
          for (const warning of content.warnings) logger.warn(formatProblem(warning));
          if (command === 'build' && content.markProblems.length)
            throw new ContentError(content.markProblems);
          if (content.drafts.length === 0) return;
          if (command === 'build') throw new ContentError(content.drafts);
          logger.warn(
            `${content.drafts.length} unfinished line(s) in content:\n${content.drafts.map(formatProblem).join('\n')}`,
          );
        },
      },
    },
  ],
  // Content Security Policy: a <meta> with hashes of every script and style Astro emits.
  security: { csp: true },
  // Writes JSON schemas of the collections to .astro/ so editors complete frontmatter (README).
  experimental: { contentIntellisense: true },
  vite: {
    build: {
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
    processor: unified({
      remarkPlugins: [
        ...glossaRemarkPlugins({
          indexes: content.indexes,
          isPaper: (/** @type {import('vfile').VFile} */ file) => Boolean(file.path?.startsWith(papersDir)),
          reservedIds: Object.values(pageIds),
        }),
      ],
      rehypePlugins: [...glossaRehypePlugins()],
    }),
  },
});
