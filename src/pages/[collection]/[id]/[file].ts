/**
 * Citation downloads of an entry (any kind) at its latest version, named for the entry
 * (glossa-<id>.bib, glossa-<id>-bibtex.bib, .ris, .json, the names "How to cite" links), and under
 * their first names citation.* too, which are published (tests/published-urls.txt).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allEntries, type AnyEntry } from '../../../lib/astro/collections.ts';
import { downloadFormats, itemOf } from '../../../lib/astro/records.ts';
import { citationFile } from '../../../lib/citations/export.ts';
import { kindRow } from '../../../lib/model/kinds.ts';

export const getStaticPaths = (async () =>
  (await allEntries()).flatMap((e) =>
    downloadFormats.flatMap((format) =>
      ['citation', `glossa-${e.entry.id}`].map((name) => ({
        params: { collection: kindRow(e.kind).collection, id: e.entry.id, file: `${name}${format.suffix}` },
        props: { e, format },
      })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ e: AnyEntry; format: (typeof downloadFormats)[number] }> = async ({
  props,
  site,
}) => {
  const item = await itemOf(props.e, site);
  return new Response(citationFile(item, props.format.suffix), {
    headers: { 'Content-Type': props.format.type },
  });
};
