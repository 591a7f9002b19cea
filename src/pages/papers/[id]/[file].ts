/**
 * Citation downloads of a paper: glossa-<id>-original.{bib,ris,json} (the publication) and
 * glossa-<id>-edition.* (this site), the names "How to cite" links; also as first published,
 * original.* and edition.*.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFile, downloadFormats } from '../../../lib/citations/export.ts';
import type { SiteItem } from '../../../lib/citations/types.ts';
import { paperPages } from '../../../lib/pages/paper.ts';

const which = ['original', 'edition'] as const;

// The records are the paper page's own (src/lib/pages/paper.ts): the files cite what the page cites.
export const getStaticPaths = (async () =>
  (await paperPages()).flatMap((page) =>
    which.flatMap((record) =>
      downloadFormats.flatMap((format) =>
        [record, `glossa-${page.id}-${record}`].map((name) => ({
          params: { id: page.id, file: `${name}${format.suffix}` },
          props: { item: page.records[record], format },
        })),
      ),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: SiteItem; format: (typeof downloadFormats)[number] }> = ({ props }) =>
  new Response(citationFile(props.item, props.format.suffix), {
    headers: { 'Content-Type': props.format.type },
  });
