import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexOf, loadContent } from '../../src/lib/content/load.ts';
import { ContentError } from '../../src/lib/content/problems.ts';

const root = process.cwd();
const minimal = join(root, 'tests/fixtures/minimal/content');

/** A copy of the minimal fixture with one file edited; returns the load error's text. */
function problemsAfter(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'glossa-content-'));
  cpSync(minimal, join(dir, 'content'), { recursive: true });
  const path = join(dir, 'content', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  try {
    loadContent(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error('expected the content to be rejected');
}

describe('loadContent', () => {
  it('loads the real content and the minimal fixture without problems', () => {
    const real = loadContent(root);
    expect(real.papers.map((p) => p.id)).toEqual(['joining-the-dots']);
    expect(indexOf(real, 'concept').byId.size).toBeGreaterThanOrEqual(17);
    expect(indexOf(loadContent(root, minimal), 'concept').byId.size).toBe(2);
  });

  it('reads the published versions with their frontmatter as written, and names a broken one', () => {
    const { archive } = loadContent(root);
    const files = readdirSync(join(root, 'content/archive'), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.mdx'),
    );
    expect(archive.map((a) => a.file).sort()).toEqual(files.map((f) => `content/archive/${f}`).sort());
    const alliance = archive.find((a) => a.id === 'concepts/alliance/2026-11-29');
    expect(alliance?.file).toBe('content/archive/concepts/alliance/2026-11-29.mdx');
    // YAML as written: dates stay text (the kind's schema reads them on the version page).
    expect(alliance?.data).toMatchObject({ title: 'Alliance', created: '2026-11-29' });
    expect(alliance?.body).toContain('An alliance is a formal agreement');
    expect(alliance?.raw).toBe(readFileSync(join(root, alliance?.file ?? ''), 'utf8'));

    const dir = mkdtempSync(join(tmpdir(), 'glossa-content-'));
    cpSync(minimal, join(dir, 'content'), { recursive: true });
    mkdirSync(join(dir, 'content/archive/concepts/alpha-idea'), { recursive: true });
    writeFileSync(
      join(dir, 'content/archive/concepts/alpha-idea/2026-01-01.mdx'),
      '---\ntitle: [Alpha\n---\n\nText.\n',
    );
    expect(() => loadContent(dir)).toThrow(/content\/archive\/concepts\/alpha-idea\/2026-01-01\.mdx:\d+:\d+/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an edited published version with the other problems, all at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossa-content-'));
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    const copy = join(dir, 'content/archive/concepts/alliance/2026-11-29.mdx');
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('formal agreement', 'formal pact'));
    const entry = join(dir, 'content/concepts/deterrence.mdx');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^title: .*$/m, '$&\nnonsense: 1'));
    let message = '';
    try {
      loadContent(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      message = (error as Error).message;
    }
    expect(message).toContain(
      'content/archive/concepts/alliance/2026-11-29.mdx: The published version of 2026-11-29 was changed: its text',
    );
    expect(message).toContain('git checkout -- content/archive/concepts/alliance/2026-11-29.mdx');
    expect(message).toContain('content/concepts/deterrence.mdx:');
    rmSync(dir, { recursive: true, force: true });
  });

  it('names both concepts and the line of a relation to a missing concept', () => {
    expect(
      problemsAfter('concepts/alpha-idea.mdx', (t) =>
        t.replace('related: [beta-idea]', 'related: [beta-ide]'),
      ),
    ).toMatchInlineSnapshot(`
      "Glossa found 1 problem in the content:

      content/concepts/alpha-idea.mdx:7:13: Concept "alpha-idea" has a related relation to "beta-ide", which is not a concept.
        expected: the id of an existing concept (a file name in content/concepts/)
        found:    "beta-ide"
        fix:      Did you mean "beta-idea"? Otherwise create content/concepts/beta-ide.mdx.
      "
    `);
  });

  it('rejects an impossible date and a revision before creation, at their lines', () => {
    const message = problemsAfter('concepts/beta-idea.mdx', (t) =>
      t
        .replace('created: 2026-01-01', 'created: 2026-02-30')
        .replace('  - date: 2026-01-01', '  - date: 2025-12-31'),
    );
    expect(message).toContain(
      'concepts/beta-idea.mdx:8:10: Concept "beta-idea": the field "created" is not valid.',
    );
    expect(message).toContain('expected: a calendar date that exists');
  });

  it('rejects markup in a short definition, an unknown field and an unknown category', () => {
    const message = problemsAfter('concepts/beta-idea.mdx', (t) =>
      t
        .replace('short: The second idea', 'short: The <b>second</b> idea')
        .replace('category: ideas', 'category: ideas\nsynonyms: [x]'),
    );
    expect(message).toContain(
      'the field "short" is not valid.\n  expected: plain text, without HTML (no angle brackets)',
    );
    expect(message).toContain('has a field it does not know: synonyms');
    const category = problemsAfter('concepts/beta-idea.mdx', (t) =>
      t.replace('category: ideas', 'category: idea'),
    );
    expect(category).toContain(
      'content/concepts/beta-idea.mdx:5:11: Concept "beta-idea" is in category "idea", which content/site.yaml does not list.',
    );
    expect(category).toContain('fix:      Did you mean "ideas"?');
  });

  it('rejects a paper without its required bibliographic fields', () => {
    const message = problemsAfter('papers/test-paper.mdx', (t) => t.replace(/^publisher: .*\n/m, ''));
    expect(message).toContain('Paper "test-paper": the required field "publisher" is missing.');
    expect(message).toContain('found:    nothing (the field is missing)');
  });

  it('rejects an alias that another concept already uses', () => {
    const message = problemsAfter('concepts/beta-idea.mdx', (t) =>
      t.replace('aliases: [beta]', 'aliases: [beta, Alpha]'),
    );
    expect(message).toContain(
      'beta-idea.mdx:3:17: The alias "Alpha" of concept "beta-idea" is already an alias of concept "alpha-idea".',
    );
  });
});
