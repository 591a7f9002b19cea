/** Open Graph cards: og/<page>.png for every page (see src/lib/images/og-image-path.ts for the mapping). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { CardText } from '../../lib/images/og-image.ts';
import { cachedCard } from '../../lib/images/card-cache.ts';
import { formatIsoDate } from '../../lib/site/dates.ts';
import { plainInline, smartQuotes } from '../../lib/model/typography.ts';
import { kindRow } from '../../lib/model/kinds.ts';
import { getSettings } from '../../lib/astro/collections.ts';

export const getStaticPaths = (async () => {
  const settings = await getSettings();
  const concepts = await getCollection('concepts');
  const papers = await getCollection('papers');
  const entities = await getCollection('entities');
  const card = (slug: string, text: Omit<CardText, 'footer'>) => ({
    params: { slug },
    props: { ...text, footer: settings.title },
  });
  const categoryTitle = (id: string) => settings.categories.find((c) => c.id === id)?.title;
  const names = new Intl.ListFormat(settings.language, { type: 'conjunction' });

  return [
    card('index', { kicker: 'Annotated readings', title: settings.title, subtitle: settings.description }),
    card('concepts', {
      kicker: `${settings.title} · Glossary`,
      title: 'Glossary',
      subtitle: `${concepts.length} concepts with short definitions, listed A–Z and by category.`,
    }),
    ...concepts.map(({ id, data }) =>
      card(`concepts/${id}`, {
        kicker: ['Glossary', categoryTitle(data.category)].filter(Boolean).join(' · '),
        title: data.title,
        subtitle: smartQuotes(plainInline(data.short)),
      }),
    ),
    ...papers.map(({ id, data }) =>
      card(`papers/${id}`, {
        kicker: data.series && data.number ? `${data.series} No. ${data.number}` : data.genre,
        title: data.title,
        subtitle: `${names.format(data.authors.map((a) => `${a.given} ${a.family}`))} · ${formatIsoDate(data.issued)}`,
      }),
    ),
    card('entities', {
      kicker: `${settings.title} · ${kindRow('entity').indexTitle}`,
      title: kindRow('entity').indexTitle,
      subtitle: 'The people, organisations and documents the papers name, with their roles at the time.',
    }),
    ...entities.map(({ id, data }) =>
      card(`entities/${id}`, {
        kicker: kindRow('entity').indexTitle,
        title: data.name,
        subtitle: smartQuotes(plainInline(data.short)),
      }),
    ),
    card('exports', {
      kicker: `${settings.title} · Downloads`,
      title: 'The glossary as data',
      subtitle: 'Every concept with its definition, relations and sources, as JSON, CSV and SKOS (Turtle).',
    }),
    card('search', {
      kicker: settings.title,
      title: 'Search',
      subtitle: 'Search the annotated papers and the glossary.',
    }),
    card('404', {
      kicker: settings.title,
      title: 'Page not found',
      subtitle: 'This address does not lead to a page of this site.',
    }),
  ];
}) satisfies GetStaticPaths;

// Copied into a plain Uint8Array: a Buffer may share a pooled ArrayBufferLike, which BodyInit refuses.
// Drawn once per text and drawing code, then reused from the build cache (src/lib/images/card-cache.ts).
export const GET: APIRoute<CardText> = async ({ props, params }) =>
  new Response(new Uint8Array(await cachedCard(`og/${params['slug'] ?? ''}`, props)), {
    headers: { 'Content-Type': 'image/png' },
  });
