/**
 * Follows the README's "Publish your own reading", step by step, on a copy of the minimal fixture
 * site: import a publisher's page, a Word file and a Markdown file, mark, review (the draft is
 * refused), write a concept, build, and compare each built paper's paragraphs with its source's;
 * then the same on five real documents of tests/fixtures/corpus/, and one the import refuses.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { docxParagraphs, makeDocx } from '../fixtures/import/make-docx.ts';
import { fixtureEnv, scratchDir } from '../unit/helpers.ts';

const root = process.cwd();
const fixture = (name: string) => join(root, 'tests/fixtures/import', name);
// The build sets straight apostrophes as typographic ones (smartypants); compare the words, not that.
const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/'/g, '’').trim();

/** The numbered paragraphs of a built page, as a reader reads them (no ¶ number, card or note). */
function builtParagraphs(html: string): string[] {
  const drop = (el: Element): Element => ({
    ...el,
    children: el.children
      .filter(
        (c) =>
          !(
            c.type === 'element' &&
            /\bg-(pnum|card|note)\b/.test(String(c.properties['className'] ?? '').replace(/,/g, ' '))
          ),
      )
      .map((c) => (c.type === 'element' ? drop(c) : c)),
  });
  return selectAll('p[id]', fromHtml(html))
    .filter((p) => /^p\d+$/.test(String(p.properties['id'])))
    .map((p) => squash(toString(drop(p))));
}

/** The HTML page's article paragraphs, read independently of the importer (the first is the summary). */
function htmlParagraphs(): string[] {
  const tree = fromHtml(readFileSync(fixture('publisher-page.html'), 'utf8'));
  return selectAll('[itemprop=articleBody] > p', tree)
    .map((p) =>
      squash(
        toString({
          ...p,
          children: p.children.filter((c) => !(c.type === 'element' && c.tagName === 'sup')),
        }),
      ),
    )
    .slice(1);
}

/** The Markdown file's prose blocks, page-break fragments joined, markup stripped. */
function mdParagraphs(): string[] {
  const body = readFileSync(fixture('field-notes.md'), 'utf8').split(/^---$/m)[2] ?? '';
  const out: string[] = [];
  for (const block of body.split(/\n\s*\n/).map((b) => b.trim())) {
    if (!block || /^(#|>|\d+\.|\||!\[|\[\^)/.test(block)) continue;
    const text = squash(
      block
        .replace(/\[\^\d+\]/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*\\]/g, ''),
    );
    const last = out.at(-1);
    if (last !== undefined && !/[.?!:]$/.test(last) && /^\p{Ll}/u.test(text))
      out[out.length - 1] = `${last} ${text}`;
    else out.push(text);
  }
  return out;
}

/** Step 3 done by hand in real life: every TODO value filled, TODO lines removed. */
function review(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^(series|number): "TODO/.test(line) && !line.startsWith('TODO: not converted'))
    .map((line) =>
      line
        .replace(/ # TODO: check:.*$/, '')
        .replace(/"TODO: [^"]*"/, '"Filled in by the editor"')
        .replace('https://TODO.invalid/publisher-page-of-the-original', 'https://example.org/original'),
    )
    .filter((line) => !/^# Values the source did not carry|^\s*# TODO/.test(line))
    .join('\n');
}

describe('README: publish your own reading', () => {
  it('imports three shapes, marks, refuses the draft, publishes them with the source’s paragraphs', async () => {
    const dir = scratchDir('reading-', { inProject: true });
    cpSync(join(root, 'tests/fixtures/minimal/content'), join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'lamps.docx'), await makeDocx());
    const env = fixtureEnv(dir);
    const run = (args: string[]) => {
      const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env });
      return { status: r.status, out: `${r.stdout}${r.stderr}` };
    };
    const build = () => {
      const started = Date.now();
      const r = run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);
      console.log(`build: ${String(Date.now() - started)} ms, status ${String(r.status)}`);
      return r;
    };
    const paper = (id: string) => join(dir, 'content/papers', `${id}.mdx`);

    // 1. Import.
    const sources = {
      'harbour-alliances': fixture('publisher-page.html'),
      'lamps-and-sensors': join(dir, 'lamps.docx'),
      'field-notes': fixture('field-notes.md'),
    };
    for (const [id, file] of Object.entries(sources)) {
      const imported = run([join(root, 'src/cli/import/main.ts'), file, '--id', id]);
      expect(imported.status, imported.out).toBe(0);
      expect(imported.out).toContain(`Created `);
    }
    expect(
      run([join(root, 'src/cli/import/main.ts'), fixture('field-notes.md'), '--id', 'field-notes']).out,
    ).toContain('already exists; nothing was written');

    // 2. Mark: the fixture glossary has no term these papers use yet.
    expect(run([join(root, 'src/cli/mark/main.ts'), 'harbour-alliances']).out).toContain(
      '0 mark(s) proposed',
    );

    // 3. Review: while a TODO is left, the build publishes nothing and names the line.
    const draft = build();
    expect(draft.status).not.toBe(0);
    expect(draft.out).toMatch(/content\/papers\/harbour-alliances\.mdx:\d+:\d+/);
    for (const id of Object.keys(sources)) writeFileSync(paper(id), review(readFileSync(paper(id), 'utf8')));

    // 4. Write a concept the reading relies on, then mark it.
    expect(run([join(root, 'src/cli/new-entry.ts'), 'concept', 'Collective defence']).status).toBe(0);
    const concept = join(dir, 'content/concepts/collective-defence.mdx');
    writeFileSync(
      concept,
      review(readFileSync(concept, 'utf8'))
        .replace(/^TODO: the longer entry[\s\S]*$/m, 'Defence of each by all.\n')
        .replace(/ # TODO: choose the category/, ''),
    );
    const marked = run([join(root, 'src/cli/mark/main.ts'), 'harbour-alliances', '--write']);
    expect(marked.out).toMatch(/¶1 +collective defence → Concept collective-defence/);
    expect(readFileSync(paper('harbour-alliances'), 'utf8')).toContain(
      'rests on *<Concept>collective defence</Concept>* rather',
    );
    for (const file of [concept, ...Object.keys(sources).map(paper)])
      expect(readFileSync(file, 'utf8')).not.toMatch(/\bTODO\b/);

    // 5. Build.
    const published = build();
    expect(published.status, published.out).toBe(0);
    const page = (id: string) => readFileSync(join(dir, 'dist/papers', id, 'index.html'), 'utf8');
    expect(builtParagraphs(page('harbour-alliances'))).toEqual(htmlParagraphs());
    expect(builtParagraphs(page('lamps-and-sensors'))).toEqual(docxParagraphs);
    expect(builtParagraphs(page('field-notes'))).toEqual(mdParagraphs());
    expect(readFileSync(join(dir, 'dist/concepts/collective-defence/index.html'), 'utf8')).toContain(
      'href="/papers/harbour-alliances/#p1"',
    );

    // 6. Deploy: dist/ is the whole site, the three readings listed on its home page.
    const home = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    for (const id of Object.keys(sources)) expect(home).toContain(`href="/papers/${id}/"`);
  }, 120_000);
});

describe('README: publish your own reading, on real documents', () => {
  it('imports notes, tables, code and strikethrough that the build publishes; refuses what it cannot, without a stack trace', () => {
    const dir = scratchDir('corpus-', { inProject: true });
    cpSync(join(root, 'tests/fixtures/minimal/content'), join(dir, 'content'), { recursive: true });
    const env = fixtureEnv(dir);
    const run = (args: string[]) => {
      const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env });
      return { status: r.status, out: `${r.stdout}${r.stderr}` };
    };
    const corpus = (name: string) => join(root, 'tests/fixtures/corpus', name);
    const sources = {
      webcrypto: 'nodejs-webcrypto.html',
      'smol-toml': 'smol-toml-readme.md',
      'word-footnotes': 'mammoth-footnotes.docx',
      'word-tables': 'mammoth-tables.docx',
      xmldom: 'xmldom-readme.md',
    };
    for (const [id, name] of Object.entries(sources)) {
      const imported = run([join(root, 'src/cli/import/main.ts'), corpus(name), '--id', id]);
      expect(imported.status, imported.out).toBe(0);
      expect(imported.out).toMatch(/words kept: \d+ of \d+ in the source's main text \((9[5-9]|100)\.\d %\)/);
      // Step 3 by hand: each paper its own author (one citation key each); the text's own "TODO"s reworded.
      const file = join(dir, 'content/papers', `${id}.mdx`);
      writeFileSync(
        file,
        review(readFileSync(file, 'utf8'))
          .replace(/^(\s+- family: )"[^"]*"$/m, `$1"Author-${id}"`)
          .replace(/TODO-family-name/, `Author-${id}`)
          .replace(/TODO-given-names/, 'Ann')
          .replace(/# TODO[^\n]*/g, '')
          .replace(/\bTODO\b/g, 'To do'),
      );
    }
    const refused = run([
      join(root, 'src/cli/import/main.ts'),
      corpus('mammoth-footnote-hyperlink.docx'),
      '--id',
      'alone',
    ]);
    expect(refused.status).not.toBe(0);
    expect(refused.out).toMatch(
      /^\S+mammoth-footnote-hyperlink\.docx: the text has no paragraph outside its notes/m,
    );
    expect(refused.out).toContain('Fix: ');
    expect(refused.out).not.toMatch(/^\s+at /m);

    const built = run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);
    expect(built.status, built.out).toBe(0);
    expect(built.out).not.toMatch(/Stack trace|^\s+at /m);
    const page = (id: string) => readFileSync(join(dir, 'dist/papers', id, 'index.html'), 'utf8');
    expect(page('webcrypto').match(/<table/g)?.length).toBe(11);
    expect(page('webcrypto').match(/class="g-note\b/g)?.length).toBe(15);
    expect(page('word-tables')).toMatch(/<th>Top left<\/th>/);
    expect(page('xmldom')).toMatch(/<del>/);
  }, 180_000);
});
