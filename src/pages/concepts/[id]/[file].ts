/** Citation downloads of a concept: citation.bib, citation-bibtex.bib, citation.ris, citation.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { conceptItem, downloadFormats } from '../../../lib/astro/records.ts';
import { citationFile } from '../../../lib/citations/files.ts';

export const getStaticPaths = (async () => {
  const concepts = await getCollection('concepts');
  return concepts.flatMap((concept) =>
    downloadFormats.map((f) => ({
      params: { id: concept.id, file: `citation${f.suffix}` },
      props: { concept, format: f },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{
  concept: CollectionEntry<'concepts'>;
  format: (typeof downloadFormats)[number];
}> = async ({ props, site }) => {
  const item = await conceptItem(props.concept, site);
  return new Response(citationFile(item, props.format.suffix), {
    headers: { 'Content-Type': props.format.type },
  });
};
