/** Citation downloads of a who's-who entry: citation.bib, citation-bibtex.bib, citation.ris, citation.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate, canonical, downloadFormats } from '../../../lib/cite-records.ts';
import { citationFile } from '../../../lib/cite-files.ts';
import { conceptRecord } from '../../../lib/citations.ts';
import { getSettings } from '../../../lib/settings.ts';
import { entityUrl } from '../../../lib/urls.ts';

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
  const { entity, format } = props;
  const item = conceptRecord({
    id: entity.id,
    concept: { title: entity.data.name, revisions: entity.data.revisions },
    site: await getSettings(),
    url: canonical(entityUrl(entity.id), site),
    accessed: buildDate,
  });
  return new Response(citationFile(item, format.suffix), { headers: { 'Content-Type': format.type } });
};
