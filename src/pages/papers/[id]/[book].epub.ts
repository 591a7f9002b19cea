/**
 * The e-book of a paper: /papers/<id>/<id>.epub (src/lib/epub/). The paper and the entries are
 * rendered from their compiled MDX through the site's own components, as the pages render them,
 * with Astro's container; src/lib/epub makes that markup into the book's XHTML.
 *
 * Why render and not read dist/papers/<id>/index.html: the facts, records and entries are read
 * from their producers (src/lib/astro/book.ts), and the texts come from where the page gets them,
 * the compiled MDX, so the book cannot drift from the page's source, and it does not depend on
 * the page's web-only markup (cards, pinpoint boxes, copy buttons) beyond what book-tree.ts drops.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import { render } from 'astro:content';
import { mdxComponents } from '../../../components/mdx-components.ts';
import { bookRecord, type RenderBody } from '../../../lib/pages/book.ts';
import { paperPages, type PaperPage } from '../../../lib/pages/paper.ts';
import { cachedEpubBytes } from '../../../lib/epub/cached.ts';

export const getStaticPaths = (async () =>
  (await paperPages()).map((page) => ({
    params: { id: page.id, book: page.id },
    props: { page },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: PaperPage }> = async ({ props }) => {
  const container = await experimental_AstroContainer.create();
  // A compiled MDX body is a JSX component: the container needs MDX's renderer, as a page has.
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  const renderBody: RenderBody = async (entry, locals) => {
    const { Content } = await render(entry);
    return container.renderToString(Content, { props: { components: mdxComponents }, locals });
  };
  const record = await bookRecord(props.page, renderBody);
  return new Response(cachedEpubBytes(record), { headers: { 'Content-Type': 'application/epub+zip' } });
};
