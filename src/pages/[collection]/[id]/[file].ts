/**
 * Citation downloads of an entry (any kind) at its latest version, named for the entry
 * (glossa-<id>.bib, glossa-<id>-bibtex.bib, .ris, .json, the names "How to cite" links), and under
 * their first names citation.* too, which are published (tests/published-urls.txt): in a build
 * those are links to the same files (src/lib/citations/download-aliases.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFile, downloadFormats } from '../../../lib/citations/export.ts';
import { routedDownloadNames } from '../../../lib/citations/download-aliases.ts';
import type { SiteItem } from '../../../lib/citations/types.ts';
import { kindRow } from '../../../lib/model/kinds.ts';
import { entryPages } from '../../../lib/pages/entry.ts';

// The record is the entry page's own (src/lib/pages/entry.ts): the files cite what the page cites.
export const getStaticPaths = (async () =>
  (await entryPages()).flatMap((page) => {
    const folder = `${kindRow(page.e.kind).collection}/${page.e.entry.id}`;
    const name = `glossa-${page.e.entry.id}`;
    return downloadFormats.flatMap((format) =>
      routedDownloadNames(folder, name, format.suffix, import.meta.env.DEV).map((file) => ({
        params: { collection: kindRow(page.e.kind).collection, id: page.e.entry.id, file },
        props: { item: page.item, format },
      })),
    );
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: SiteItem; format: (typeof downloadFormats)[number] }> = ({ props }) =>
  new Response(citationFile(props.item, props.format.suffix), {
    headers: { 'Content-Type': props.format.type },
  });
