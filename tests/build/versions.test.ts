/**
 * Fixed versions (issue #15), on a whole build of the minimal fixture: an entry is released, then
 * revised and released again. The old version's URL must serve the same text as before, the new
 * one the new text, and each must cite its own date; a changed published version stops the build.
 * A paper's annotated edition is versioned the same way (issue #34).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
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

  it('versions a paper’s edition like an entry: release, fixed pages, citations, the lock', () => {
    const dir = scratchDir('paper-versions-', { inProject: true });
    cpSync(join(root, 'tests/fixtures/minimal/content'), join(dir, 'content'), { recursive: true });
    const archived = (date: string) => `content/archive/papers/test-paper/${date}.mdx`;
    const url = (date: string) => `http://localhost:4321/papers/test-paper/${date}/`;
    const text = (path: string) =>
      toString(select('.g-paper__body', page(dir, path)) ?? { type: 'text', value: '' });
    // The box's second work is the edition (the first, the original paper, never changes).
    const editionRef = (path: string, style: string) =>
      toString(
        selectAll(`.g-cite__panel[data-style="${style}"] .g-cite__ref`, page(dir, path))[1] ?? {
          type: 'text',
          value: '',
        },
      );

    // A paper without revisions is one version, of the day its edition was first published.
    expect(release(dir).output).toContain(archived('2026-01-01'));
    let result = build(dir);
    expect(result.status, result.output).toBe(0);
    const first = text('papers/test-paper/2026-01-01');
    expect(first).toContain('The first paragraph mentions');
    expect(select('.g-para#p1', page(dir, 'papers/test-paper/2026-01-01'))).toBeTruthy();
    expect(editionRef('papers/test-paper', 'apa')).toContain(url('2026-01-01'));
    // The original's record stays the publisher's.
    expect(
      toString(
        selectAll('.g-cite__panel[data-style="apa"] .g-cite__ref', page(dir, 'papers/test-paper'))[0] ?? {
          type: 'text',
          value: '',
        },
      ),
    ).toContain('https://example.org/test-paper');

    // Revise the edition: a new revision, a changed text, released.
    const file = join(dir, 'content/papers/test-paper.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('The first paragraph mentions', 'The first paragraph, revised, mentions')
        .replace(
          'created: "2026-01-01"',
          'created: "2026-01-01"\nrevisions:\n  - date: "2026-01-01"\n    note: First published.\n  - date: "2026-02-02"\n    note: Revised.',
        ),
    );
    expect(release(dir).output).toContain(archived('2026-02-02'));
    result = build(dir);
    expect(result.status, result.output).toBe(0);

    // The old version keeps its text, says it is fixed and links the current edition; not searched.
    const old = page(dir, 'papers/test-paper/2026-01-01');
    expect(text('papers/test-paper/2026-01-01')).toBe(first);
    const note = toString(select('.g-version-note', old) ?? { type: 'text', value: '' });
    expect(note).toContain('kept as published');
    expect(note).toContain('A newer version exists: read the current edition');
    expect(select('.g-version-note a[href="/papers/test-paper/"]', old)).toBeTruthy();
    expect(select('link[rel="latest-version"]', old)?.properties['href']).toBe(
      'http://localhost:4321/papers/test-paper/',
    );
    expect(select('[data-pagefind-body]', old)).toBeUndefined();
    expect(select('[data-pagefind-body]', page(dir, 'papers/test-paper'))).toBeTruthy();
    // Each cites its own date at its own address; the current page cites the latest version.
    expect(editionRef('papers/test-paper/2026-01-01', 'modern-language-association')).toMatch(
      /, 1 Jan\. 2026, /,
    );
    expect(editionRef('papers/test-paper/2026-01-01', 'apa')).toContain(url('2026-01-01'));
    expect(editionRef('papers/test-paper', 'apa')).toContain(url('2026-02-02'));
    expect(text('papers/test-paper')).toContain('revised');
    expect(
      readFileSync(
        join(dir, 'dist/papers/test-paper/2026-01-01/glossa-test-paper-edition-2026-01-01.ris'),
        'utf8',
      ),
    ).toContain(`UR  - ${url('2026-01-01')}`);
    expect(readFileSync(join(dir, 'dist/papers/test-paper/glossa-test-paper-edition.ris'), 'utf8')).toContain(
      'DA  - 2026/02/02/',
    );
    // The current page's history links the fixed versions.
    expect(
      select('.g-history a[href="/papers/test-paper/2026-01-01/"]', page(dir, 'papers/test-paper')),
    ).toBeTruthy();

    // An archived version of the paper edited afterwards stops the build, as an entry's does.
    const copy = join(dir, archived('2026-01-01'));
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('The first paragraph', 'The opening paragraph'));
    result = build(dir);
    expect(result.status).not.toBe(0);
    const shown = relative(root, dir).split(sep).join('/');
    expect(result.output).toContain(
      `${shown}/${archived('2026-01-01')}: The published version of 2026-01-01 was changed: its text`,
    );
    // So does the paper changed after its latest version, with no new revision.
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('The opening paragraph', 'The first paragraph'));
    writeFileSync(file, readFileSync(file, 'utf8').replace('revised, mentions', 'revised again, mentions'));
    result = build(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      `${shown}/content/papers/test-paper.mdx: Changed after its version of 2026-02-02 was published`,
    );
  }, 150_000);
});
