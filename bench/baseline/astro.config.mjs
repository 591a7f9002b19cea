// @ts-check
/**
 * The benchmark's BASELINE: plain Astro + MDX building the same pages from the same generated
 * content (BENCH_CONTENT), with the default Markdown processor, no remark/rehype plugins, no
 * content check and no Glossa components. bench/build-scaling.ts copies this folder to a
 * temporary directory and builds it there. BENCH_PROCESSOR=unified switches to the unified
 * (remark/rehype) processor that Glossa's plugins need, still with no plugin: a diagnostic
 * variant that separates the processor's cost from the plugins' and components' cost.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  ...(process.env['BENCH_OUT_DIR'] ? { outDir: process.env['BENCH_OUT_DIR'] } : {}),
  ...(process.env['BENCH_CACHE_DIR'] ? { cacheDir: process.env['BENCH_CACHE_DIR'] } : {}),
  integrations: [mdx()],
  ...(process.env['BENCH_PROCESSOR'] === 'unified' ? { markdown: { processor: unified() } } : {}),
});
