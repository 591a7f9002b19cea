/**
 * Citation downloads of one published version of an entry, named for the entry and the version
 * (/concepts/<id>/<date>/glossa-<id>-<date>.{bib,ris,json}), and as first published, citation.*.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadFormats, itemOf, versionPages, type VersionPage } from '../../../../lib/astro/records.ts';
import { citationFile } from '../../../../lib/citations/export.ts';
import { kindRow } from '../../../../lib/model/kinds.ts';

export const getStaticPaths = (async () =>
  (await versionPages()).flatMap((v) =>
    downloadFormats.flatMap((format) =>
      ['citation', `glossa-${v.current.entry.id}-${v.date}`].map((name) => ({
        params: {
          collection: kindRow(v.current.kind).collection,
          id: v.current.entry.id,
          version: v.date,
          file: `${name}${format.suffix}`,
        },
        props: { v, format },
      })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ v: VersionPage; format: (typeof downloadFormats)[number] }> = async ({
  props,
  site,
}) => {
  // The version's own title and text, at the version's date and permanent URL.
  const item = await itemOf(props.v.asPublished, site, props.v.date, props.v.current);
  return new Response(citationFile(item, props.format.suffix), {
    headers: { 'Content-Type': props.format.type },
  });
};
