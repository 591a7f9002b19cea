/**
 * Citation downloads of one published version of an entry, named for the entry and the version
 * (/concepts/<id>/<date>/glossa-<id>-<date>.{bib,ris,json}), and as first published, citation.*
 * (in a build, links to the same files: src/lib/citations/download-aliases.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFile, downloadFormats } from '../../../../lib/citations/export.ts';
import { routedDownloadNames } from '../../../../lib/citations/download-aliases.ts';
import type { SiteItem } from '../../../../lib/citations/types.ts';
import { kindRow } from '../../../../lib/model/kinds.ts';
import { versionEntryPages } from '../../../../lib/pages/entry.ts';

// The version page's own record: the version's title and text, at its date and permanent URL.
export const getStaticPaths = (async () =>
  (await versionEntryPages()).flatMap((page) => {
    const collection = kindRow(page.e.kind).collection;
    const folder = `${collection}/${page.e.entry.id}/${page.version}`;
    const name = `glossa-${page.e.entry.id}-${page.version}`;
    return downloadFormats.flatMap((format) =>
      routedDownloadNames(folder, name, format.suffix, import.meta.env.DEV).map((file) => ({
        params: { collection, id: page.e.entry.id, version: page.version, file },
        props: { item: page.item, format },
      })),
    );
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: SiteItem; format: (typeof downloadFormats)[number] }> = ({ props }) =>
  new Response(citationFile(props.item, props.format.suffix), {
    headers: { 'Content-Type': props.format.type },
  });
