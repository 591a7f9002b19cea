/**
 * Fixed versions (issue #15), on a whole build of the minimal fixture: an entry is released, then
 * revised and released again. The old version's URL must serve the same text as before, the new
 * one the new text, and each must cite its own date; a changed published version stops the build.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { fixtureEnv, scratchDir } from '../unit/helpers.ts';

const root = process.cwd();
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

function run(dir: string, args: string[]) {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: fixtureEnv(dir),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
const build = (dir: string) => run(dir, [astro, 'build']);
const release = (dir: string) => run(dir, [join(root, 'src/cli/release.ts')]);

const page = (dir: string, path: string) =>
  fromHtml(readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8'));
/** The entry's own text on a page (its definition and body), what a version fixes. */
const entryText = (dir: string, path: string) => {
  const tree = page(dir, path);
  return ['.g-definition', '.g-entry']
    .map((s) => toString(select(s, tree) ?? { type: 'text', value: '' }))
    .join('\n');
};
const meta = (dir: string, path: string, name: string) =>
  select(`meta[name="${name}"]`, page(dir, path))?.properties['content'];
const ref = (dir: string, path: string, style: string) =>
  toString(
    select(`.g-cite__panel[data-style="${style}"] .g-cite__ref`, page(dir, path)) ?? {
      type: 'text',
      value: '',
    },
  );

const ALPHA = 'content/concepts/alpha-idea.mdx';

describe('fixed versions', () => {
  it('keeps the old version’s text at its URL after a revision, and cites each version at its date', () => {
    const dir = scratchDir('versions-', { inProject: true });
    cpSync(join(root, 'tests/fixtures/minimal/content'), join(dir, 'content'), { recursive: true });

    // Release the first version and build.
    expect(release(dir).output).toContain('content/archive/concepts/alpha-idea/2026-01-01.mdx');
    let result = build(dir);
    expect(result.status, result.output).toBe(0);
    const before = entryText(dir, 'concepts/alpha-idea/2026-01-01');
    expect(before).toContain('The alpha idea is a test concept.');

    // Revise: new text, a new revision, released.
    const file = join(dir, ALPHA);
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('The alpha idea is a test concept.', 'The alpha idea, revised, is a test concept.')
        .replace(
          '    note: First published.',
          '    note: First published.\n  - date: 2026-02-02\n    note: Revised.',
        ),
    );
    // An unreleased revision is refused nowhere, but has no permanent page yet; release it.
    expect(release(dir).output).toContain('content/archive/concepts/alpha-idea/2026-02-02.mdx');
    result = build(dir);
    expect(result.status, result.output).toBe(0);

    // The old URL serves the same text; the new version and the current page the new one.
    expect(entryText(dir, 'concepts/alpha-idea/2026-01-01')).toBe(before);
    expect(entryText(dir, 'concepts/alpha-idea/2026-02-02')).toContain('revised');
    expect(entryText(dir, 'concepts/alpha-idea')).toBe(entryText(dir, 'concepts/alpha-idea/2026-02-02'));
    expect(entryText(dir, 'concepts/alpha-idea/2026-02-02')).not.toBe(before);

    // Each cites its own date and its own permanent URL, in the box and for Zotero.
    const url = (date: string) => `http://localhost:4321/concepts/alpha-idea/${date}/`;
    expect(meta(dir, 'concepts/alpha-idea/2026-01-01', 'citation_date')).toBe('2026/01/01');
    expect(meta(dir, 'concepts/alpha-idea/2026-01-01', 'citation_public_url')).toBe(url('2026-01-01'));
    const mla = (path: string) => ref(dir, path, 'modern-language-association');
    expect(mla('concepts/alpha-idea/2026-01-01')).toMatch(/, 1 Jan\. 2026, /);
    expect(mla('concepts/alpha-idea/2026-01-01').endsWith(`${url('2026-01-01')}.`)).toBe(true);
    expect(meta(dir, 'concepts/alpha-idea/2026-02-02', 'citation_date')).toBe('2026/02/02');
    expect(meta(dir, 'concepts/alpha-idea', 'citation_public_url')).toBe(url('2026-02-02'));
    expect(mla('concepts/alpha-idea/2026-02-02')).toMatch(/, 2 Feb\. 2026, /);
    expect(ref(dir, 'concepts/alpha-idea', 'apa').endsWith(url('2026-02-02'))).toBe(true);
    // The old version says it is old and links the current one; the current lists the old.
    expect(
      toString(
        select('.g-version-note', page(dir, 'concepts/alpha-idea/2026-01-01')) ?? { type: 'text', value: '' },
      ),
    ).toContain('A newer version exists');
    expect(
      select('.g-history a[href="/concepts/alpha-idea/2026-01-01/"]', page(dir, 'concepts/alpha-idea')),
    ).toBeTruthy();
    expect(readFileSync(join(dir, 'dist/concepts/alpha-idea/2026-01-01/citation.ris'), 'utf8')).toContain(
      'DA  - 2026/01/01/',
    );

    // A published version edited afterwards stops the build, naming the file, what changed and the fix.
    const old = join(dir, 'content/archive/concepts/alpha-idea/2026-01-01.mdx');
    writeFileSync(old, readFileSync(old, 'utf8').replace('test concept', 'tested concept'));
    result = build(dir);
    expect(result.status).not.toBe(0);
    // Paths as the editor finds them from the project root (the fixture lives under tests/.tmp).
    const shown = relative(root, dir).split(sep).join('/');
    expect(result.output).toContain(
      `${shown}/content/archive/concepts/alpha-idea/2026-01-01.mdx: The published version of 2026-01-01 was changed: its text`,
    );
    expect(result.output).toContain('git checkout --');

    // So does the current entry changed after its latest version was published, with no new revision.
    writeFileSync(old, readFileSync(old, 'utf8').replace('tested concept', 'test concept'));
    writeFileSync(file, readFileSync(file, 'utf8').replace('revised, is', 'revised again, is'));
    result = build(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      `${shown}/${ALPHA}: Changed after its version of 2026-02-02 was published (${shown}/content/archive/concepts/alpha-idea/2026-02-02.mdx).`,
    );
  }, 150_000);
});
