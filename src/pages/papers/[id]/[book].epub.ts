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
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { mdxComponents } from '../../../components/mdx-components.ts';
import { bookRecord, type RenderBody } from '../../../lib/astro/book.ts';
import { cachedEpubBytes } from '../../../lib/epub/cached.ts';
import { localAddress } from '../../../lib/site/address.ts';

export const getStaticPaths = (async () => {
  const papers = await getCollection('papers');
  return papers.map((paper) => ({ params: { id: paper.id, book: paper.id }, props: { paper } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ paper: CollectionEntry<'papers'> }> = async ({ props, site }) => {
  const container = await experimental_AstroContainer.create();
  // A compiled MDX body is a JSX component: the container needs MDX's renderer, as a page has.
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  const renderBody: RenderBody = async (entry) => {
    const { Content } = await render(entry);
    return container.renderToString(Content, { props: { components: mdxComponents } });
  };
  const record = await bookRecord(props.paper, site ?? new URL(localAddress), renderBody);
  return new Response(cachedEpubBytes(record), { headers: { 'Content-Type': 'application/epub+zip' } });
};
