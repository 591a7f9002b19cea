/** Citation downloads of an entry (any kind): citation.bib, citation-bibtex.bib, citation.ris, citation.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allEntries, entryTitle, type AnyEntry } from '../../../lib/astro/collections.ts';
import { downloadFormats, entryItem } from '../../../lib/astro/records.ts';
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
  const { e, format } = props;
  const item = await entryItem(
    e.kind,
    {
      id: e.entry.id,
      title: entryTitle(e),
      short: e.entry.data.short,
      formerIds: e.kind === 'concept' ? e.entry.data.formerIds : [],
      revisions: e.entry.data.revisions,
    },
    site,
  );
  return new Response(citationFile(item, format.suffix), { headers: { 'Content-Type': format.type } });
};
