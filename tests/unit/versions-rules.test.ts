/**
 * The version rules added for issue 31: several corrections in one day (the same-day rule), a
 * published revision deleted from its entry, a lock that is cut short or not a lock, CRLF and a
 * byte order mark hashing as LF; and (issue 34) a version's anchors.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentId } from '../../src/lib/model/ids.ts';
import {
  LOCK_FILE,
  currentProblems,
  hashVersion,
  listVersions,
  releasePlan,
  today,
  type CurrentEntry,
} from '../../src/lib/content/archive.ts';
import { lockProblems, readLock } from '../../src/lib/content/lock.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { scratchDir } from './helpers.ts';

const text = (date: string, body = 'The text.') =>
  `---\ntitle: Alpha\nrevisions:\n  - date: ${date}\n    note: First.\n---\n\n${body}\n`;

function archive(date: string, lock?: string): string {
  const dir = scratchDir('glossa-versions-');
  mkdirSync(join(dir, 'concepts/alpha'), { recursive: true });
  writeFileSync(join(dir, `concepts/alpha/${date}.mdx`), text(date));
  writeFileSync(
    join(dir, LOCK_FILE),
    lock ?? `${JSON.stringify({ [`concepts/alpha/${date}.mdx`]: hashVersion(text(date)) }, null, 2)}\n`,
  );
  return dir;
}

const entry = (date: string, body?: string, dates = [date]): CurrentEntry => ({
  collection: 'concepts',
  id: 'alpha',
  file: 'content/concepts/alpha.mdx',
  text: text(date, body),
  formerIds: [],
  latest: date,
  revisions: dates.map((d, i) => ({ date: d, line: 4 + 2 * i })),
});

describe('versions', () => {
  it('hashes CRLF and a byte order mark as LF', () => {
    expect(hashVersion(`\uFEFF${text('2026-01-01').replace(/\n/g, '\r\n')}`)).toEqual(
      hashVersion(text('2026-01-01')),
    );
  });

  it('lets a correction made on the day of a release replace that day’s version (and only that day’s)', () => {
    const day = today();
    const dir = archive(day);
    const versions = listVersions(dir);
    const corrected = entry(day, 'The corrected text.');
    expect(currentProblems([corrected], versions)[0]?.suggestion).toMatch(/^Run `npm run release`/);
    expect(currentProblems([corrected], versions, 'content/archive', { releasing: true })).toEqual([]);
    expect(releasePlan([corrected], versions)).toEqual([corrected]);
    expect(releasePlan([entry(day)], versions)).toEqual([]);
    // A past day's version is frozen: the editor must add a revision.
    const old = archive('2026-01-01');
    const late = entry('2026-01-01', 'The corrected text.');
    expect(releasePlan([late], listVersions(old))).toEqual([]);
    expect(
      currentProblems([late], listVersions(old), 'content/archive', { releasing: true })[0]?.message,
    ).toMatch(/^Changed after its version of 2026-01-01 was published/);
  });

  it('names a published revision that was deleted from its entry, at its revisions', () => {
    const versions = listVersions(archive('2026-01-01'));
    const [problem] = currentProblems([entry('2026-01-02', undefined, ['2026-01-02'])], versions);
    expect(problem).toMatchObject({ file: 'content/concepts/alpha.mdx', line: 4 });
    expect(problem?.message).toContain('The revision of 2026-01-01 is published');
  });

  it('names a lock that is empty, cut short, null or malformed, once, with its line', () => {
    const shown = (lock: string) => {
      const problems: Problem[] = [];
      readLock(archive('2026-01-01', lock), problems, 'content/archive');
      return problems.map((p) => `${p.file}:${String(p.line)}: ${p.message}`);
    };
    expect(shown('')).toEqual([
      'content/archive/versions.lock.json:1: The version lock is not valid JSON (it may have been cut short or edited).',
    ]);
    expect(shown('{\n  "concepts/alpha/2026-01-01.mdx": {')).toEqual([
      'content/archive/versions.lock.json:2: The version lock is not valid JSON (it may have been cut short or edited).',
    ]);
    expect(shown('null')).toEqual([
      'content/archive/versions.lock.json:1: The version lock is not an object of published versions.',
    ]);
    expect(shown('{\n  "../../etc/x.mdx": {"frontmatter": "a", "body": "b"}\n}')).toEqual([
      'content/archive/versions.lock.json:2: The version lock\'s entry for "../../etc/x.mdx" is not valid.',
    ]);
    // One problem for the lock, not one more per version it no longer lists.
    expect(lockProblems(archive('2026-01-01', 'null'))).toHaveLength(1);
  });
});

describe('anchors of a published version (issue 34)', () => {
  it('are its current page’s: a version file is named by its folder, never by its date', () => {
    expect(documentId('/site/content/papers/joining-the-dots.mdx')).toBe('joining-the-dots');
    // An id beginning with a digit is not a valid HTML id (the note anchors of a paper version).
    expect(documentId('/site/content/archive/papers/joining-the-dots/2026-12-07.mdx')).toBe(
      'joining-the-dots',
    );
    expect(documentId('C:\\site\\content\\archive\\concepts\\power\\2026-11-29.mdx')).toBe('power');
  });
});
