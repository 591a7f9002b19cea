/**
 * The lock of the published versions, content/archive/versions.lock.json: read and checked (a lock
 * cut short, null or edited by hand is one problem with its line), written by `npm run release`,
 * and compared with the archive (a changed, missing or unknown version, each named).
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorText, symlinkProblem } from './files.ts';
import type { Problem } from './problems.ts';
import {
  LOCK_FILE,
  hashVersion,
  listVersions,
  type ArchivedVersion,
  type Lock,
  type LockEntry,
} from './archive.ts';

/**
 * The lock (empty when there is none yet). A lock that is not JSON, not an object of path →
 * { frontmatter, body } hashes, or a symbolic link is reported in `problems` (file, line and
 * column) and read as empty, so every version it should list is reported once, by that problem.
 */
export function readLock(archiveDir: string, problems: Problem[] = [], shownDir = 'content/archive'): Lock {
  const path = join(archiveDir, LOCK_FILE);
  const file = `${shownDir}/${LOCK_FILE}`;
  const linked = symlinkProblem(path, file);
  if (linked) {
    problems.push(linked);
    return {};
  }
  if (!existsSync(path)) return {};
  const text = editorText(readFileSync(path, 'utf8'));
  const fix = `Restore it from version control (\`git checkout -- ${file}\`); it is written by \`npm run release\`, never by hand.`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const at = Number(/position (\d+)/.exec(String(error))?.[1] ?? text.length);
    const before = text.slice(0, at).split('\n');
    problems.push({
      file,
      line: before.length,
      column: (before.at(-1)?.length ?? 0) + 1,
      message: 'The version lock is not valid JSON (it may have been cut short or edited).',
      expected: 'the JSON object `npm run release` writes: each published version with its two hashes',
      found: text.trim() === '' ? 'an empty file' : JSON.stringify(text.slice(Math.max(0, at - 20), at + 20)),
      suggestion: fix,
    });
    return {};
  }
  const hash = /^[0-9a-f]{64}$/;
  const entryOk = (e: unknown) =>
    typeof e === 'object' &&
    e !== null &&
    hash.test(String((e as LockEntry).frontmatter)) &&
    hash.test(String((e as LockEntry).body));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: 'The version lock is not an object of published versions.',
      expected: '{ "concepts/<id>/<date>.mdx": { "frontmatter": "…", "body": "…" }, … }',
      found: JSON.stringify(value),
      suggestion: fix,
    });
    return {};
  }
  const bad = Object.entries(value).find(
    ([key, e]) => !entryOk(e) || !/^[a-z-]+\/[a-z0-9-]+\/\d{4}-\d{2}-\d{2}\.mdx$/.test(key),
  );
  if (bad) {
    const line = text.split('\n').findIndex((l) => l.includes(JSON.stringify(bad[0]))) + 1;
    problems.push({
      file,
      line: line || 1,
      column: 1,
      message: `The version lock's entry for ${JSON.stringify(bad[0])} is not valid.`,
      expected:
        'a path <collection>/<id>/<YYYY-MM-DD>.mdx with { "frontmatter": <SHA-256>, "body": <SHA-256> }',
      found: JSON.stringify(bad[1]).slice(0, 120),
      suggestion: fix,
    });
    return {};
  }
  return value as Lock;
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
  const problems: Problem[] = [];
  const lock = readLock(archiveDir, problems, shownDir);
  // One root cause, one problem: with the lock unreadable, its versions are not listed one by one.
  if (problems.length > 0) return problems;
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
  // A version present but refused (a symbolic link) is reported as such, not as missing too.
  const present = (p: string) => lstatSync(join(archiveDir, p), { throwIfNoEntry: false }) !== undefined;
  for (const path of Object.keys(lock).filter((p) => !seen.has(p) && !present(p))) {
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
