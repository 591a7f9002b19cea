/**
 * `unified()` of @astrojs/markdown-remark, the processor Glossa's remark and rehype plugins run on,
 * with the package loaded on first use rather than when astro.config.mjs is evaluated. Loading it
 * (remark, rehype, MDX's compiler, Shiki, Prism) takes about 0.25 s, and a warm `astro build`
 * never uses it: every MDX file comes from the build cache (src/integrations/mdx-cache.ts) and
 * the site has no `.md` files. A cold build, `astro dev` and any miss load it as before.
 *
 * The object is the same processor: the name Astro checks (`isUnifiedProcessor`), the same
 * `options` object (Astro and @astrojs/mdx read and may extend it; the real processor is given
 * this very object), and renderers made by the real `unified(opts)`.
 */
import type { UnifiedProcessorOptions, unified } from '@astrojs/markdown-remark';

type UnifiedProcessor = ReturnType<typeof unified>;

/** A processor equal to `unified(opts)` whose package is imported when a renderer is first made. */
export function lazyUnified(opts: UnifiedProcessorOptions = {}): UnifiedProcessor {
  let real: Promise<UnifiedProcessor> | undefined;
  const load = () =>
    (real ??= import('@astrojs/markdown-remark').then((m) => {
      const processor = m.unified(opts);
      // The real renderers read `processor.options` when they are made: share the one object.
      processor.options = lazy.options;
      return processor;
    }));
  const lazy: UnifiedProcessor = {
    name: 'unified',
    // As unified() normalises them (node_modules/@astrojs/markdown-remark/dist/processor.js).
    options: {
      remarkPlugins: [...(opts.remarkPlugins ?? [])],
      rehypePlugins: [...(opts.rehypePlugins ?? [])],
      remarkRehype: { ...opts.remarkRehype },
      recmaPlugins: [...(opts.recmaPlugins ?? [])],
      ...(opts.gfm === undefined ? {} : { gfm: opts.gfm }),
      ...(opts.smartypants === undefined ? {} : { smartypants: opts.smartypants }),
    },
    createRenderer: async (shared) => (await load()).createRenderer(shared),
    createMdxRenderer: async (shared, mdx) => {
      const processor = await load();
      if (!processor.createMdxRenderer) throw new Error('@astrojs/markdown-remark cannot render MDX.');
      return processor.createMdxRenderer(shared, mdx);
    },
  };
  return lazy;
}
