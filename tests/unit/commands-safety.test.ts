/**
 * The editor's commands on files saved by other editors: `mark --write` on a paper with a byte
 * order mark and Windows line ends marks it and keeps both; with nothing to mark it says so and
 * writes nothing. The id validator every command shares refuses paths and names the fix.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureCopy, runScript } from './bad-input-safety-run.ts';
import { idArgumentProblem } from '../../src/cli/entry-path.ts';

describe('commands', () => {
  it('mark --write marks a paper saved with a BOM and CRLF, and keeps both', async () => {
    const dir = fixtureCopy({
      'papers/test-paper.mdx': (t) =>
        `\uFEFF${t.replace('The second paragraph', 'A beta idea here.\n\nThe second paragraph').replace(/\n/g, '\r\n')}`,
    });
    const path = join(dir, 'content/papers/test-paper.mdx');
    const run = await runScript(dir, 'src/cli/mark/main.ts', ['test-paper', '--write']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Written to');
    const after = readFileSync(path, 'utf8');
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(after).not.toMatch(/[^\r]\n/);
    expect(after).toContain('A <Concept>beta idea</Concept> here.');

    // Run again: nothing left to mark, nothing written.
    const again = await runScript(dir, 'src/cli/mark/main.ts', ['test-paper', '--write']);
    expect(again.stdout).toContain('Nothing to write');
    expect(readFileSync(path, 'utf8')).toBe(after);
  });

  it('refuses ids that are paths, in every spelling, and accepts ids', () => {
    for (const id of [
      '../concepts/power',
      '..\\concepts\\power',
      '/etc/passwd',
      'a/b',
      '..',
      'a..b',
      'C:\\x',
      'Power',
    ])
      expect(idArgumentProblem(id, 'paper', 'npm run mark --'), id).toBeDefined();
    expect(idArgumentProblem('joining-the-dots', 'paper', 'npm run mark --')).toBeUndefined();
    expect(idArgumentProblem('../concepts/power', 'paper', 'npm run mark --')?.suggestion).toBe(
      'Run `npm run mark -- power`.',
    );
  });
});
