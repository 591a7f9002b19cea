/**
 * Citation downloads of a paper: glossa-<id>-original.{bib,ris,json} (the publication) and
 * glossa-<id>-edition.* (this site), the names "How to cite" links; also as first published,
 * original.* and edition.*.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { downloadFormats, paperItems } from '../../../lib/astro/records.ts';
import { citationFile } from '../../../lib/citations/export.ts';

const which = ['original', 'edition'] as const;

export const getStaticPaths = (async () => {
  const papers = await getCollection('papers');
  return papers.flatMap((paper) =>
    which.flatMap((record) =>
      downloadFormats.flatMap((format) =>
        [record, `glossa-${paper.id}-${record}`].map((name) => ({
          params: { id: paper.id, file: `${name}${format.suffix}` },
          props: { paper, record, format },
        })),
      ),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{
  paper: CollectionEntry<'papers'>;
  record: (typeof which)[number];
  format: (typeof downloadFormats)[number];
}> = async ({ props, site }) => {
  const items = await paperItems(props.paper, site);
  return new Response(citationFile(items[props.record], props.format.suffix), {
    headers: { 'Content-Type': props.format.type },
  });
};
