/**
 * Open Graph cards: og/<page>.png for every page with a card of its own (a version page uses its
 * entry's). The text is the page record's (`meta.card`, src/lib/pages/), written nowhere else;
 * src/lib/images/og-image-path.ts maps a page to its card.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CardText } from '../../lib/images/og-image.ts';
import { cachedCard, endCardThreadWhenIdle, prepareCards } from '../../lib/images/card-cache.ts';
import { ogImagePath } from '../../lib/images/og-image-path.ts';
import { pageGroups } from '../../lib/pages/all.ts';

const label = (slug: string) => `og/${slug}`;

export const getStaticPaths = (async () => {
  const paths = [];
  for await (const pages of pageGroups()) {
    const cards = pages.flatMap(({ meta }) =>
      meta.card
        ? [
            {
              params: { slug: ogImagePath(meta.path, '/').slice('og/'.length, -'.png'.length) },
              props: { ...meta.card },
            },
          ]
        : [],
    );
    // Drawn on the card thread from now on, while the other pages are built and rendered; each
    // card's route below waits for its own. `astro dev` draws a card when it is asked for.
    if (!import.meta.env.DEV)
      prepareCards(cards.map((c) => ({ label: label(c.params.slug), text: c.props })));
    paths.push(...cards);
  }
  if (!import.meta.env.DEV) endCardThreadWhenIdle();
  return paths;
}) satisfies GetStaticPaths;

// Copied into a plain Uint8Array: a Buffer may share a pooled ArrayBufferLike, which BodyInit refuses.
// Drawn once per text and drawing code, then reused from the build cache (src/lib/images/card-cache.ts).
export const GET: APIRoute<CardText> = async ({ props, params }) =>
  new Response(new Uint8Array(await cachedCard(label(params['slug'] ?? ''), props)), {
    headers: { 'Content-Type': 'image/png' },
  });
