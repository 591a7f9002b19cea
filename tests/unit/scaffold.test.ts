import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexOf, loadContent } from '../../src/lib/content/load.ts';
import { scratchDir } from './helpers.ts';

const cli = join(process.cwd(), 'src/cli/new-entry.ts');

function site() {
  const dir = scratchDir('glossa-new-');
  cpSync(join(process.cwd(), 'tests/fixtures/minimal/content'), join(dir, 'content'), { recursive: true });
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GLOSSA_CONTENT: join(dir, 'content') },
    });
  return { dir, run };
}

describe('npm run new:concept / new:paper', () => {
  it('creates a concept that passes every check, explains each field and lists what to fill in', () => {
    const { dir, run } = site();
    const result = run('concept', 'Déterrence by denial');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Created content/concepts/deterrence-by-denial.mdx');
    expect(result.stdout).toContain('Fill in every "TODO:" value');
    const text = readFileSync(join(dir, 'content/concepts/deterrence-by-denial.mdx'), 'utf8');
    for (const field of [
      'title',
      'aliases',
      'short',
      'category',
      'relations',
      'sources',
      'formerIds',
      'created',
      'revisions',
    ]) {
      expect(text).toMatch(new RegExp(`#[^\\n]*\\n(?:#[^\\n]*\\n)*${field}:`));
    }
    const loaded = loadContent(dir);
    expect(indexOf(loaded, 'concept').byId.has('deterrence-by-denial')).toBe(true);
    // Valid, but a draft: the build refuses it until the TODOs are gone.
    expect(loaded.drafts.map((d) => `${d.file}:${String(d.line)}`)).toContain(
      'content/concepts/deterrence-by-denial.mdx:8',
    );
  });

  it('creates a paper that passes the schema, and refuses to overwrite an existing file', () => {
    const { dir, run } = site();
    expect(run('paper', 'second-paper').status).toBe(0);
    expect(loadContent(dir).papers.map((p) => p.id)).toEqual(['second-paper', 'test-paper']);
    const again = run('paper', 'second-paper');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      'content/papers/second-paper.mdx: This file already exists; a new entry never replaces one.',
    );
    expect(run('paper', 'Not An Id').stderr).toContain('fix:      Run `npm run new:paper -- not-an-id`.');
    expect(run('concept').stderr).toContain("Give the concept's title");
  });
});
