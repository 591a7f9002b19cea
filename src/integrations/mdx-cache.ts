/**
 * The MDX compile of `astro build` through the build cache (src/lib/cache/disk-cache.ts). Every
 * paper and entry body goes through @astrojs/mdx's compile (micromark, acorn, the remark and
 * rehype plugins, rehype-raw, the JSX output): most of Vite's phase in a build
 * (bench/log/2026-12-07-to-12-08.md, "Fresh clone, by stage"). The compiled module is a function of the
 * file's text, its path, what the plugins were given (the glossary indexes, which files are
 * papers, the reserved ids), the Markdown settings of astro.config.mjs, and the code: Glossa's
 * plugins (the type import below puts them, and everything they import, in the code version) and
 * the MDX packages (their versions, and the lockfile). All of it is in the key, so a reused
 * module is the one the compile would give, byte for byte (tests/build/cache.test.ts).
 *
 * It wraps the transform of @astrojs/mdx's own Vite plugin rather than replacing it: a miss runs
 * that transform unchanged and stores what it returned (code, source map, Astro's metadata).
 * Only in `astro build`; `astro dev` compiles as before. An error is never stored.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {} from '../plugins/index.ts';
import type { GlossaryIndex } from '../lib/content/glossary-index.ts';
import { diskCache, jsonCodec, stableJson } from '../lib/cache/disk-cache.ts';

/** What @astrojs/mdx's transform returns. */
interface Compiled {
  code: string;
  map: string | null;
  meta?: unknown;
}

type TransformHandler = (this: unknown, code: string, id: string, ...rest: unknown[]) => unknown;

const cache = diskCache<Compiled>('mdx-compile', 'src/integrations/mdx-cache.ts', jsonCodec<Compiled>(), [
  'astro',
  '@astrojs/mdx',
  '@astrojs/markdown-remark',
  '@mdx-js/mdx',
]);

const wrapped = new WeakSet<object>();

/** The name of @astrojs/mdx's compiling plugin (node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js). */
export const MDX_PLUGIN = '@mdx-js/rolldown';

/** What the Glossa plugins are given, as plain data (the indexes' maps as entry lists). */
export interface MdxCacheOptions {
  indexes: readonly GlossaryIndex[];
  /** Any other option of the plugins that is data (the papers' folder, reserved ids). */
  pluginOptions: unknown;
}

/** A hash of everything besides the file that the compile of any MDX file depends on. */
export function compileFingerprint(options: MdxCacheOptions, settings: unknown, configText: string): string {
  const indexes = options.indexes.map((index) => ({
    kind: index.kind,
    entries: [...index.byId.values()],
    terms: [...index.byTerm],
  }));
  return createHash('sha256')
    .update(stableJson({ indexes, plugins: options.pluginOptions, settings }))
    .update('\0')
    .update(configText)
    .digest('hex');
}

/**
 * Wraps `plugin`'s transform so that a file compiled before with the same inputs is read from the
 * cache. `fingerprint` is read when the first file is compiled; `root` makes the labels short.
 */
export function cacheTransform(plugin: Plugin, fingerprint: () => string, root: string): boolean {
  const hook = plugin.transform;
  if (!hook || typeof hook !== 'object' || typeof hook.handler !== 'function') return false;
  // Vite can resolve the same plugin object twice (one per build of an app): wrap it once.
  if (wrapped.has(hook.handler)) return true;
  const original = hook.handler as TransformHandler;
  const handler: TransformHandler = async function (this: unknown, code, id, ...rest) {
    const inputs = { id, code, fingerprint: fingerprint() };
    return cache.getAsync(relative(root, id), inputs, async () => {
      const result = (await original.call(this, code, id, ...rest)) as Compiled;
      // A source map or metadata that is not plain data would not survive the cache: compare.
      return JSON.parse(JSON.stringify(result)) as Compiled;
    });
  };
  wrapped.add(handler);
  (hook as { handler: TransformHandler }).handler = handler;
  return true;
}

/** The Astro integration: add after `mdx()`. */
export function mdxCache(options: MdxCacheOptions): AstroIntegration {
  return {
    name: 'glossa-mdx-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const configFile = join(root, 'astro.config.mjs');
        const configText = existsSync(configFile) ? readFileSync(configFile, 'utf8') : '';
        let fingerprint: string | undefined;
        const plugin: Plugin = {
          name: 'glossa:mdx-cache',
          apply: 'build',
          configResolved(resolved) {
            const mdx = resolved.plugins.find((p) => p.name === MDX_PLUGIN);
            // Without @astrojs/mdx's plugin (renamed in a new version), MDX compiles as before.
            if (!mdx) return;
            const settings = {
              markdown: { ...config.markdown, processor: config.markdown.processor.name },
              srcDir: relative(root, fileURLToPath(config.srcDir)),
              sourcemap: resolved.build.sourcemap,
            };
            cacheTransform(
              mdx,
              () => (fingerprint ??= compileFingerprint(options, settings, configText)),
              root,
            );
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
