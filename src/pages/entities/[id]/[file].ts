/** Citation downloads of a who's-who entry: citation.bib, citation-bibtex.bib, citation.ris, citation.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { downloadFormats, entityItem } from '../../../lib/astro/records.ts';
import { citationFile } from '../../../lib/citations/files.ts';

export const getStaticPaths = (async () => {
  const entities = await getCollection('entities');
  return entities.flatMap((entity) =>
    downloadFormats.map((format) => ({
      params: { id: entity.id, file: `citation${format.suffix}` },
      props: { entity, format },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{
  entity: CollectionEntry<'entities'>;
  format: (typeof downloadFormats)[number];
}> = async ({ props, site }) => {
  const item = await entityItem(props.entity, site);
  return new Response(citationFile(item, props.format.suffix), {
    headers: { 'Content-Type': props.format.type },
  });
};
