/**
 * The processor of astro.config.mjs (src/lib/markdown/lazy-unified.ts) is unified() of
 * @astrojs/markdown-remark loaded on first use: the same name and options, the same compiled
 * output, and options that Astro extends after creation still apply.
 */
import { describe, expect, it } from 'vitest';
import { unified } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { lazyUnified } from '../../src/lib/markdown/lazy-unified.ts';

/** A remark plugin that upper-cases text, to see that plugins run. */
const shout = () => (tree: Root) => {
  visit(tree, 'text', (node) => {
    node.value = node.value.toUpperCase();
  });
};
const shared = { syntaxHighlight: false as const, gfm: true, smartypants: true };
const mdx = { optimize: false, sourcemap: false };
const source = 'A "quoted" *word* and a {1 + 1} expression.\n';

describe('lazyUnified', () => {
  it('has the name and options unified() gives', () => {
    const options = { remarkPlugins: [shout], gfm: false };
    const lazy = lazyUnified(options);
    const real = unified(options);
    expect(lazy.name).toBe(real.name);
    expect(lazy.options).toEqual(real.options);
  });

  it('compiles MDX exactly as unified() does, with the plugins', async () => {
    const lazy = await lazyUnified({ remarkPlugins: [shout] }).createMdxRenderer?.(shared, mdx);
    const real = await unified({ remarkPlugins: [shout] }).createMdxRenderer?.(shared, mdx);
    const a = await lazy?.process(source, '/site/a.mdx', {});
    const b = await real?.process(source, '/site/a.mdx', {});
    expect(a?.code).toContain('QUOTED');
    expect(a).toEqual(b);
  });

  it('applies a plugin added to its options after it was made (as Astro may do)', async () => {
    const lazy = lazyUnified();
    lazy.options.remarkPlugins.push(shout);
    const renderer = await lazy.createRenderer({ ...shared, image: {} } as Parameters<
      typeof lazy.createRenderer
    >[0]);
    const html = await renderer.render('Some *text*.');
    expect(html.code).toContain('SOME');
  });
});
