/** Citation downloads of one published version of an entry: /concepts/<id>/<date>/citation.{bib,ris,json}. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allEntries, entryTitle, type AnyEntry } from '../../../../lib/astro/collections.ts';
import { downloadFormats, entryItem, entryVersions } from '../../../../lib/astro/records.ts';
import { citationFile } from '../../../../lib/citations/export.ts';
import { kindRow } from '../../../../lib/model/kinds.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const e of await allEntries()) {
    const formerIds = e.kind === 'concept' ? e.entry.data.formerIds : [];
    const { published } = await entryVersions(e.kind, {
      ...e.entry,
      formerIds,
      revisions: e.entry.data.revisions,
    });
    for (const version of published) {
      for (const format of downloadFormats) {
        paths.push({
          params: {
            collection: kindRow(e.kind).collection,
            id: e.entry.id,
            version,
            file: `citation${format.suffix}`,
          },
          props: { e, version, format },
        });
      }
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{
  e: AnyEntry;
  version: string;
  format: (typeof downloadFormats)[number];
}> = async ({ props, site }) => {
  const { e, version, format } = props;
  const d = e.entry.data;
  const formerIds = e.kind === 'concept' ? e.entry.data.formerIds : [];
  const item = await entryItem(
    e.kind,
    { id: e.entry.id, title: entryTitle(e), short: d.short, formerIds, revisions: d.revisions },
    site,
    version,
  );
  return new Response(citationFile(item, format.suffix), { headers: { 'Content-Type': format.type } });
};
