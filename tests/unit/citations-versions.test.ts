/** The archive of published versions: the hash lock, the checks on current entries, the release plan. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem } from '../../src/lib/content/problems.ts';
import {
  LOCK_FILE,
  currentProblems,
  hashVersion,
  listVersions,
  releasePlan,
  type CurrentEntry,
} from '../../src/lib/content/archive.ts';
import { lockProblems, lockText } from '../../src/lib/content/lock.ts';

const TEXT = '---\ntitle: Alpha\nrevisions:\n  - date: 2026-01-01\n    note: First.\n---\n\nThe text.\n';

function archiveWith(files: Record<string, string>, lock: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'glossa-archive-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const locked = Object.fromEntries(Object.entries(lock).map(([p, t]) => [p, hashVersion(t)]));
  writeFileSync(join(dir, LOCK_FILE), lockText(locked));
  return dir;
}

const current = (text: string, latest: string): CurrentEntry => ({
  collection: 'concepts',
  id: 'alpha',
  file: 'content/concepts/alpha.mdx',
  text,
  formerIds: [],
  latest,
});

describe('the hash lock', () => {
  const path = 'concepts/alpha/2026-01-01.mdx';

  it('accepts published versions as they were released', () => {
    const dir = archiveWith({ [path]: TEXT }, { [path]: TEXT });
    expect(lockProblems(dir)).toEqual([]);
    expect(listVersions(dir).map((v) => [v.id, v.date])).toEqual([['alpha', '2026-01-01']]);
    rmSync(dir, { recursive: true });
  });

  it('refuses a changed version, saying which part changed and how to fix it', () => {
    const dir = archiveWith({ [path]: TEXT.replace('The text.', 'The new text.') }, { [path]: TEXT });
    const [first, ...rest] = lockProblems(dir);
    expect(rest).toEqual([]);
    const problem = formatProblem(first ?? { file: '', message: '', expected: '', found: '' });
    expect(problem).toContain(
      `content/archive/${path}: The published version of 2026-01-01 was changed: its text`,
    );
    expect(problem).not.toContain('its frontmatter');
    expect(problem).toContain(`git checkout -- content/archive/${path}`);
    const front = archiveWith({ [path]: TEXT.replace('Alpha', 'Alfa') }, { [path]: TEXT });
    expect(lockProblems(front)[0]?.message).toContain('was changed: its frontmatter');
    rmSync(dir, { recursive: true });
    rmSync(front, { recursive: true });
  });

  it('refuses a deleted version and a version made by hand', () => {
    const missing = archiveWith({}, { [path]: TEXT });
    expect(lockProblems(missing).map((p) => p.message)).toEqual([
      expect.stringContaining('This published version is missing'),
    ]);
    const unlocked = archiveWith({ [path]: TEXT }, {});
    expect(lockProblems(unlocked).map((p) => p.message)).toEqual([
      expect.stringContaining('is not in content/archive/versions.lock.json'),
    ]);
    rmSync(missing, { recursive: true });
    rmSync(unlocked, { recursive: true });
  });
});

describe('current entries and the release', () => {
  const versions = [{ collection: 'concepts', id: 'alpha', date: '2026-01-01', path: 'p', text: TEXT }];

  it('refuses an entry changed after its latest version was published, until it has a new revision', () => {
    expect(currentProblems([current(TEXT, '2026-01-01')], versions)).toEqual([]);
    const edited = current(TEXT.replace('The text.', 'Edited.'), '2026-01-01');
    const [problem] = currentProblems([edited], versions);
    expect(problem && formatProblem(problem)).toMatch(
      /^content\/concepts\/alpha\.mdx: Changed after its version of 2026-01-01 was published/,
    );
    // A byte-order mark or Windows line ends are not a change.
    expect(
      currentProblems([current(`\uFEFF${TEXT.replace(/\n/g, '\r\n')}`, '2026-01-01')], versions),
    ).toEqual([]);
    expect(currentProblems([{ ...edited, latest: '2026-02-02' }], versions)).toEqual([]);
  });

  it('releases only entries whose latest revision has no published version, under former ids too', () => {
    expect(releasePlan([current(TEXT, '2026-01-01')], versions)).toEqual([]);
    expect(releasePlan([current(TEXT, '2026-02-02')], versions).map((e) => e.latest)).toEqual(['2026-02-02']);
    const renamed = { ...current(TEXT, '2026-01-01'), id: 'alpha-new', formerIds: ['alpha'] };
    expect(releasePlan([renamed], versions)).toEqual([]);
  });
});
