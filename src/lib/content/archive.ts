/**
 * Fixed versions of entries (issue #15), like the archived editions of an encyclopedia: every
 * published revision of a concept or who's-who entry is a frozen copy of its file,
 * `content/archive/<collection>/<id>/<YYYY-MM-DD>.mdx`, written by `npm run release` and never
 * edited. `content/archive/versions.lock.json` holds the SHA-256 of each copy's frontmatter and
 * text; the build refuses a copy that differs from its lock, and a current entry that was changed
 * without a new revision. Pure Node: read by the version pages and by src/cli/release.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from './yaml.ts';
import { editorText } from './files.ts';
import type { Problem } from './problems.ts';
import { latestRevision } from '../model/revisions.ts';

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
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The two hashes of a version's text. */
export function hashVersion(text: string): LockEntry {
  const parts = splitFrontmatter(text);
  return { frontmatter: sha256(parts?.yaml ?? ''), body: sha256(parts?.body ?? text) };
}

/** Every published version under `archiveDir` (none when the folder does not exist). */
export function listVersions(archiveDir: string): ArchivedVersion[] {
  if (!existsSync(archiveDir)) return [];
  const dirs = (path: string) =>
    readdirSync(path, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  return dirs(archiveDir).flatMap((collection) =>
    dirs(join(archiveDir, collection)).flatMap((id) =>
      readdirSync(join(archiveDir, collection, id))
        .filter((f) => f.endsWith('.mdx') && DATE.test(f.slice(0, -4)))
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

/** The lock (empty when there is none yet). */
export function readLock(archiveDir: string): Lock {
  const path = join(archiveDir, LOCK_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Lock) : {};
}

/** The lock as written to disk: keys sorted, one version per entry, a final newline. */
export function lockText(lock: Lock): string {
  const sorted = Object.fromEntries(
    Object.keys(lock)
      .sort()
      .map((k) => [k, lock[k]]),
  );
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/**
 * Problems with the published versions: a copy that differs from its lock, a locked version whose
 * file is gone, a copy the lock does not know. Each names the file, what changed and the fix.
 */
export function lockProblems(
  archiveDir: string,
  shownDir = 'content/archive',
  versions: readonly ArchivedVersion[] = listVersions(archiveDir),
): Problem[] {
  const lock = readLock(archiveDir);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const v of versions) {
    seen.add(v.path);
    const file = `${shownDir}/${v.path}`;
    const locked = lock[v.path];
    if (!locked) {
      problems.push({
        file,
        message: `This version is not in ${shownDir}/${LOCK_FILE}.`,
        expected: 'versions made by `npm run release`, which records their hashes',
        found: 'a file the lock does not list',
        suggestion: 'Delete the file and run `npm run release`.',
      });
      continue;
    }
    const now = hashVersion(v.text);
    const changed = [
      now.frontmatter !== locked.frontmatter && 'its frontmatter (the fields between the --- lines)',
      now.body !== locked.body && 'its text (the MDX after the frontmatter)',
    ].filter((c) => c !== false);
    if (changed.length > 0) {
      problems.push({
        file,
        message: `The published version of ${v.date} was changed: ${changed.join(' and ')}.`,
        expected: 'published versions never change (their URLs are cited)',
        found: `a file whose hash differs from ${shownDir}/${LOCK_FILE}`,
        suggestion: `Restore the file (\`git checkout -- ${file}\`). To correct the entry, edit content/${v.collection}/${v.id}.mdx, add a revision (date and note) and run \`npm run release\`.`,
      });
    }
  }
  for (const path of Object.keys(lock).filter((p) => !seen.has(p))) {
    problems.push({
      file: `${shownDir}/${path}`,
      message: `This published version is missing (it is in ${shownDir}/${LOCK_FILE}).`,
      expected: 'published versions are never deleted (their URLs are cited)',
      found: 'no file',
      suggestion: `Restore it (\`git checkout -- ${shownDir}/${path}\`).`,
    });
  }
  return problems;
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

/**
 * Problems with current entries: one changed after its latest revision was published (the
 * version URL would no longer show what it cites).
 */
export function currentProblems(
  entries: readonly CurrentEntry[],
  versions: readonly ArchivedVersion[],
  shownDir = 'content/archive',
): Problem[] {
  return entries.flatMap((e): Problem[] => {
    const published = versionsOf(e, versions).find((v) => v.date === e.latest);
    if (!published || sameText(published.text, e.text)) return [];
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

/** The entries whose latest revision has no published version yet: what `npm run release` writes. */
export function releasePlan(
  entries: readonly CurrentEntry[],
  versions: readonly ArchivedVersion[],
): CurrentEntry[] {
  return entries.filter((e) => !versionsOf(e, versions).some((v) => v.date === e.latest));
}

/** The current entry files of `collections` under `contentDir`, with their latest revision dates. */
export function readCurrentEntries(contentDir: string, collections: readonly string[]): CurrentEntry[] {
  return collections.flatMap((collection) => {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => {
        const text = readFileSync(join(dir, f), 'utf8');
        const data = (parseYaml(splitFrontmatter(text)?.yaml ?? '') ?? {}) as {
          revisions?: { date?: unknown }[];
          formerIds?: string[];
        };
        return {
          collection,
          id: f.slice(0, -4),
          file: `content/${collection}/${f}`,
          text,
          formerIds: data.formerIds ?? [],
          latest: latestRevision((data.revisions ?? []).map((r) => ({ date: String(r.date) }))),
        };
      });
  });
}
