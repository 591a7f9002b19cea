/**
 * The citation records of the site's pages, built from the collections (Astro side of
 * src/lib/citations/records.ts): one per entry (concept, who's who), and two per paper (the
 * original publication and this annotated edition, which is versioned like an entry). No record carries an access date: the
 * build's date is not a reader's (issue #15).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { factsOfPaper } from './facts.ts';
import { plainInline } from '../model/typography.ts';
import { entryRecord, originalPaperRecord, paperEditionRecord } from '../citations/records.ts';
import { latestRevision } from '../model/revisions.ts';
import type { SiteItem } from '../citations/types.ts';
import { kindRow, type EntryKind } from '../model/kinds.ts';
import { versionsOf, type ArchivedVersion } from '../content/archive.ts';
import { allEntries, entryTitle, getSettings, perBuild, type AnyEntry } from './collections.ts';
import { entrySchemas, paperSchema, type PaperData } from '../model/schemas.ts';
import { canonical, entryUrl, paperUrl, paperVersionUrl, withBase } from './urls.ts';

/** A published version as the archive collection holds it (id "<collection>/<id>/<date>"). */
type PublishedVersion = Pick<ArchivedVersion, 'collection' | 'id' | 'date'>;

/**
 * The published versions of every entry (content/archive). The content check of the build
 * (src/lib/content/load.ts) has already refused a changed, missing or unlisted version and an
 * entry changed without a new revision, all at once with the other problems.
 */
export const publishedVersions = (): Promise<PublishedVersion[]> =>
  perBuild('published-versions', async () =>
    (await getCollection('archive')).map((a) => {
      const [collection = '', id = '', date = ''] = a.id.split('/');
      return { collection, id, date };
    }),
  );

/** An entry's versions: the dates with a permanent page (oldest first) and its latest revision. */
export interface EntryVersions {
  /** Dates of the published versions, oldest first. */
  published: string[];
  /** Date of the latest revision (published or not yet). */
  latest: string;
}

/** The versions of one entry. */
export async function entryVersions(
  kind: EntryKind,
  entry: { id: string; formerIds?: readonly string[] | undefined; revisions: readonly { date: string }[] },
): Promise<EntryVersions> {
  return versionsIn(kindRow(kind).collection, entry.id, entry.formerIds ?? [], entry.revisions);
}

/** The versions of a work in an archive collection ("concepts", "papers"): one rule for entries and editions. */
async function versionsIn(
  collection: string,
  id: string,
  formerIds: readonly string[],
  revisions: readonly { date: string }[],
): Promise<EntryVersions> {
  const mine = versionsOf({ collection, id, formerIds }, await publishedVersions());
  return { published: mine.map((v) => v.date), latest: latestRevision(revisions) };
}

/** A paper edition's revisions: its own, or (none listed) one, the day it was first published. */
export const editionRevisions = (paper: PaperData): readonly { date: string; note: string }[] =>
  paper.revisions.length > 0 ? paper.revisions : [{ date: paper.created, note: 'First published.' }];

/** The versions of a paper's annotated edition (content/archive/papers/<id>/<date>.mdx, issue #34). */
export const paperVersions = (paper: { id: string; data: PaperData }): Promise<EntryVersions> =>
  versionsIn('papers', paper.id, [], editionRevisions(paper.data));

/** URL of one version of an entry: /concepts/<id>/<YYYY-MM-DD>/. */
export const versionUrl = (kind: EntryKind, id: string, date: string): string =>
  withBase(`${kindRow(kind).collection}/${id}/${date}/`);

/** An entry of any kind as the citation needs it. */
export interface CitableEntry {
  id: string;
  /** The display name. */
  title: string;
  /** The hover text, the record's abstract. */
  short?: string | undefined;
  formerIds?: readonly string[] | undefined;
  revisions: readonly { date: string }[];
}

/**
 * The record of an entry at one of its versions (default the latest): dated by that revision and
 * addressed by its permanent URL. A latest revision not yet released (`npm run release`) has no
 * permanent URL; its record then gives the entry's address.
 */
export async function entryItem(
  kind: EntryKind,
  entry: CitableEntry,
  site: URL | undefined,
  version?: string,
  versions?: EntryVersions,
): Promise<SiteItem> {
  const { published, latest } = versions ?? (await entryVersions(kind, entry));
  const date = version ?? latest;
  const path = published.includes(date) ? versionUrl(kind, entry.id, date) : entryUrl(kind, entry.id);
  return entryRecord({
    id: entry.id,
    entry,
    site: await getSettings(),
    url: canonical(path, site),
    version: date,
    abstract: entry.short === undefined ? undefined : plainInline(entry.short),
  });
}

/**
 * The records of a paper: the original publication and this annotated edition, the edition at one
 * of its versions (default the latest) and, once released, at that version's permanent URL.
 */
export async function paperItems(
  paper: CollectionEntry<'papers'>,
  site: URL | undefined,
  version?: string,
  versions?: EntryVersions,
): Promise<{ original: SiteItem; edition: SiteItem }> {
  const { synopsis } = await factsOfPaper(paper);
  const original = originalPaperRecord(paper.data, synopsis ? { abstract: synopsis } : {});
  const { published, latest } = versions ?? (await paperVersions(paper));
  const date = version ?? latest;
  const path = published.includes(date) ? paperVersionUrl(paper.id, date) : paperUrl(paper.id);
  const edition = paperEditionRecord({
    id: `${original.id}-annotated`,
    paper: paper.data,
    site: await getSettings(),
    url: canonical(path, site),
    version: date,
  });
  return { original, edition };
}

/** One published version of a paper's annotated edition, for its page and its downloads. */
export interface PaperVersionPage {
  /** The current paper. */
  current: CollectionEntry<'papers'>;
  /** The frozen copy, to render (validated with the paper schema in `data`). */
  copy: CollectionEntry<'archive'>;
  /** The paper's frontmatter as published in this version. */
  data: PaperData;
  /** Date of the version. */
  date: string;
}

/** Every published version of every paper's edition. */
export const paperVersionPages = (): Promise<PaperVersionPage[]> =>
  perBuild('paper-version-pages', async () => {
    const archive = new Map((await getCollection('archive')).map((a) => [a.id, a]));
    const pages: PaperVersionPage[] = [];
    for (const paper of await getCollection('papers')) {
      for (const date of (await paperVersions(paper)).published) {
        const copy = archive.get(`papers/${paper.id}/${date}`);
        if (!copy) throw new Error(`content/archive has no copy of papers/${paper.id}/${date}.mdx.`);
        pages.push({ current: paper, copy, data: paperSchema.parse(copy.data), date });
      }
    }
    return pages;
  });

/** One published version of an entry, for its page and its downloads. */
export interface VersionPage {
  /** The current entry. */
  current: AnyEntry;
  /** The entry as published in this version (its frozen copy, validated with its kind's schema). */
  asPublished: AnyEntry;
  /** The frozen copy, to render. */
  copy: CollectionEntry<'archive'>;
  /** Date of the version. */
  date: string;
}

/** Every published version of every entry. */
export const versionPages = (): Promise<VersionPage[]> =>
  perBuild('version-pages', async () => {
    const archive = new Map((await getCollection('archive')).map((a) => [a.id, a]));
    const pages: VersionPage[] = [];
    for (const e of await allEntries()) {
      const row = kindRow(e.kind);
      const formerIds = e.kind === 'concept' ? e.entry.data.formerIds : [];
      const { published } = await entryVersions(e.kind, {
        ...e.entry,
        formerIds,
        revisions: e.entry.data.revisions,
      });
      for (const date of published) {
        const copy = [e.entry.id, ...formerIds]
          .map((id) => archive.get(`${row.collection}/${id}/${date}`))
          .find((a) => a !== undefined);
        if (!copy)
          throw new Error(`content/archive has no copy of ${row.collection}/${e.entry.id}/${date}.mdx.`);
        const asPublished: AnyEntry =
          e.kind === 'concept'
            ? { kind: 'concept', entry: { ...e.entry, data: entrySchemas.concept.parse(copy.data) } }
            : { kind: 'entity', entry: { ...e.entry, data: entrySchemas.entity.parse(copy.data) } };
        pages.push({ current: e, asPublished, copy, date });
      }
    }
    return pages;
  });

/**
 * The record of an entry as a page shows it: `e` is the entry or one published version of it,
 * `current` the current entry (its revisions and former ids say which versions exist), `versions`
 * the entry's versions when the caller has them already.
 */
export function itemOf(
  e: AnyEntry,
  site: URL | undefined,
  version?: string,
  current: AnyEntry = e,
  versions?: EntryVersions,
): Promise<SiteItem> {
  const formerIds = current.kind === 'concept' ? current.entry.data.formerIds : [];
  return entryItem(
    e.kind,
    {
      id: e.entry.id,
      title: entryTitle(e),
      short: e.entry.data.short,
      formerIds,
      revisions: current.entry.data.revisions,
    },
    site,
    version,
    versions,
  );
}
