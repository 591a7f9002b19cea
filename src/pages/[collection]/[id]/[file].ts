/** Citation downloads of an entry (any kind) at its latest version: citation.bib, citation-bibtex.bib, citation.ris, citation.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allEntries, type AnyEntry } from '../../../lib/astro/collections.ts';
import { downloadFormats, itemOf } from '../../../lib/astro/records.ts';
import { citationFile } from '../../../lib/citations/export.ts';
import { kindRow } from '../../../lib/model/kinds.ts';

export const getStaticPaths = (async () =>
  (await allEntries()).flatMap((e) =>
    downloadFormats.map((format) => ({
      params: { collection: kindRow(e.kind).collection, id: e.entry.id, file: `citation${format.suffix}` },
      props: { e, format },
    })),
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
