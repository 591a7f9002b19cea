/**
 * Fixed versions of entries (issue #15), like the archived editions of an encyclopedia: every
 * published revision of a concept or who's-who entry, or of a paper's annotated edition (issue
 * #34, collection "papers"), is a frozen copy of its file,
 * `content/archive/<collection>/<id>/<YYYY-MM-DD>.mdx`, written by `npm run release` and never
 * edited. `content/archive/versions.lock.json` holds the SHA-256 of each copy's frontmatter and
 * text; the build refuses a copy that differs from its lock, and a current entry that was changed
 * without a new revision. Pure Node: read by the version pages and by src/cli/release.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from './yaml.ts';
import { editorText, symlinkProblem } from './files.ts';
import type { Problem } from './problems.ts';

/** The lock file, relative to the archive folder. */
export const LOCK_FILE = 'versions.lock.json';

/** The hashes of one published version: its frontmatter and its text, apart, to say which changed. */
export interface LockEntry {
  /** SHA-256 (hex) of the YAML frontmatter. */
  frontmatter: string;
  /** SHA-256 (hex) of the MDX text after the frontmatter. */
  body: string;
}

/** Published version path ("concepts/deterrence/2026-11-26.mdx", relative to the archive) → its hashes. */
export type Lock = Record<string, LockEntry>;

/** One published version. */
export interface ArchivedVersion {
  /** Collection of the entry ("concepts"). */
  collection: string;
  /** Entry id as published (a later rename keeps the old id here; see `formerIds`). */
  id: string;
  /** Date of the revision, YYYY-MM-DD: the version's name and URL segment. */
  date: string;
  /** Path relative to the archive folder. */
  path: string;
  /** The file's text. */
  text: string;
}

/** A current entry file, as the release and the checks see it. */
export interface CurrentEntry {
  collection: string;
  id: string;
  /** Path of the file for messages ("content/concepts/deterrence.mdx"). */
  file: string;
  text: string;
  /** Its former ids (a concept's `formerIds`): versions published under them are its own. */
  formerIds: readonly string[];
  /** The date of its latest revision. */
  latest: string;
  /** The dates of all its revisions, with where each is written (checked against the published versions). */
  revisions?: readonly { date: string; line?: number | undefined }[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The two hashes of a version's text, as an editor reads it: a byte order mark or CRLF line ends change nothing. */
export function hashVersion(raw: string): LockEntry {
  const text = editorText(raw);
  const parts = splitFrontmatter(text);
  return { frontmatter: sha256(parts?.yaml ?? ''), body: sha256(parts?.body ?? text) };
}

/**
 * Every published version under `archiveDir` (none when the folder does not exist). A symbolic
 * link is not followed: it is reported in `problems` (shown under `shownDir`) and left out.
 */
export function listVersions(
  archiveDir: string,
  problems: Problem[] = [],
  shownDir = 'content/archive',
): ArchivedVersion[] {
  if (!existsSync(archiveDir)) return [];
  const real = (path: string, shown: string) => {
    const linked = symlinkProblem(path, shown);
    if (linked) problems.push(linked);
    return !linked;
  };
  const dirs = (path: string, shown: string) =>
    readdirSync(path, { withFileTypes: true })
      .filter(
        (d) => (d.isDirectory() || d.isSymbolicLink()) && real(join(path, d.name), `${shown}/${d.name}`),
      )
      .filter((d) => lstatSync(join(path, d.name)).isDirectory())
      .map((d) => d.name);
  return dirs(archiveDir, shownDir).flatMap((collection) =>
    dirs(join(archiveDir, collection), `${shownDir}/${collection}`).flatMap((id) =>
      readdirSync(join(archiveDir, collection, id))
        .filter((f) => f.endsWith('.mdx') && DATE.test(f.slice(0, -4)))
        .filter((f) => real(join(archiveDir, collection, id, f), `${shownDir}/${collection}/${id}/${f}`))
        .sort()
        .map((f) => ({
          collection,
          id,
          date: f.slice(0, -4),
          path: `${collection}/${id}/${f}`,
          text: readFileSync(join(archiveDir, collection, id, f), 'utf8'),
        })),
    ),
  );
}

/** The published versions of a current entry, oldest first (under its id or a former id). */
export function versionsOf<V extends Pick<ArchivedVersion, 'collection' | 'id' | 'date'>>(
  entry: Pick<CurrentEntry, 'collection' | 'id' | 'formerIds'>,
  versions: readonly V[],
): V[] {
  const ids = new Set([entry.id, ...entry.formerIds]);
  return versions
    .filter((v) => v.collection === entry.collection && ids.has(v.id))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Equal as an editor reads them: a byte-order mark or Windows line ends are not a change. */
const sameText = (a: string, b: string): boolean => editorText(a) === editorText(b);

/** Today's date (UTC), the day a revision released now is dated. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Problems with current entries: one changed after its latest revision was published (the
 * version URL would no longer show what it cites), and a published version whose revision line
 * was deleted from the entry. The rule for several corrections in one day: a version is the
 * entry as released at the end of its day (UTC), so until then `npm run release` replaces the
 * day's version with the corrected text; from the next day it is frozen.
 */
export function currentProblems(
  entries: readonly CurrentEntry[],
  versions: readonly ArchivedVersion[],
  shownDir = 'content/archive',
  { releasing = false } = {},
): Problem[] {
  return entries.flatMap((e): Problem[] => {
    const mine = versionsOf(e, versions);
    const dates = e.revisions?.map((r) => r.date);
    const orphans = dates ? mine.filter((v) => !dates.includes(v.date)) : [];
    if (orphans.length > 0) {
      return [
        {
          file: e.file,
          line: e.revisions?.[0]?.line,
          column: e.revisions?.[0]?.line === undefined ? undefined : 3,
          message: `The revision of ${orphans.map((v) => v.date).join(', ')} is published (${orphans.map((v) => `${shownDir}/${v.path}`).join(', ')}) but no longer listed in "revisions".`,
          expected:
            'every published revision kept in `revisions` (its version page and citations need its date and note)',
          found: `revisions dated ${dates?.join(', ') ?? 'none'}`,
          suggestion: `Put the revision back (- date: ${orphans[0]?.date ?? ''}, with its note); to correct a note or date, add a new revision instead.`,
        },
      ];
    }
    const published = mine.find((v) => v.date === e.latest);
    if (!published || sameText(published.text, e.text)) return [];
    if (e.latest === today()) {
      // `npm run release` is what fixes it.
      if (releasing) return [];
      return [
        {
          file: e.file,
          message: `Changed after today's version (${e.latest}) was released (${shownDir}/${published.path}).`,
          expected: 'the day’s version released again with the correction',
          found: `a file that differs from ${shownDir}/${published.path}`,
          suggestion:
            'Run `npm run release`: until the end of the day (UTC) it replaces today’s version with the corrected text (note the correction in today’s revision note). Or undo the change.',
        },
      ];
    }
    return [
      {
        file: e.file,
        message: `Changed after its version of ${e.latest} was published (${shownDir}/${published.path}).`,
        expected: 'a changed entry gets a new revision, so that the cited version stays as it was',
        found: `a file that differs from ${shownDir}/${published.path}, with no revision after ${e.latest}`,
        suggestion:
          'Add a revision to `revisions` (date: today, note: what changed) and run `npm run release`; or undo the change.',
      },
    ];
  });
}

/**
 * What `npm run release` writes: the entries whose latest revision has no published version yet,
 * and those whose version of today was released and has been corrected since (the same-day rule).
 */
export function releasePlan(
  entries: readonly CurrentEntry[],
  versions: readonly ArchivedVersion[],
): CurrentEntry[] {
  return entries.filter((e) => {
    const published = versionsOf(e, versions).find((v) => v.date === e.latest);
    return !published || (e.latest === today() && !sameText(published.text, e.text));
  });
}
