/**
 * Citation downloads of one published version of a paper's edition, named for the paper and the
 * version (/papers/<id>/<date>/glossa-<id>-edition-<date>.{bib,ris,json}). The original's files
 * stay with the paper page: the original does not change with the edition.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFile, downloadFormats } from '../../../../lib/citations/export.ts';
import type { SiteItem } from '../../../../lib/citations/types.ts';
import { versionPaperPages } from '../../../../lib/pages/paper.ts';

// The version page's own record: the edition at that version's date and permanent URL.
export const getStaticPaths = (async () =>
  (await versionPaperPages()).flatMap((page) =>
    downloadFormats.map((format) => ({
      params: {
        id: page.id,
        version: page.version,
        file: `glossa-${page.id}-edition-${page.version}${format.suffix}`,
      },
      props: { item: page.records.edition, format },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: SiteItem; format: (typeof downloadFormats)[number] }> = ({ props }) =>
  new Response(citationFile(props.item, props.format.suffix), {
    headers: { 'Content-Type': props.format.type },
  });
