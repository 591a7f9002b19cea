/**
 * Whole builds of small content trees: the generator works on content other than ours, and an
 * editor's mistake stops the build with the file, line and column, never a half-right site.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { fixtureEnv, scratchDir } from '../unit/helpers.ts';

const root = process.cwd();
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

interface Edit {
  file: string;
  change: (text: string) => string;
}

/** Copies the minimal fixture into tests/.tmp, applies `edit`, and runs a production build. */
function buildFixture(edits: Edit | Edit[] = [], env: Record<string, string> = {}) {
  const dir = scratchDir('site-', { inProject: true });
  cpSync(join(root, 'tests/fixtures/minimal/content'), join(dir, 'content'), { recursive: true });
  for (const edit of Array.isArray(edits) ? edits : [edits]) {
    const path = join(dir, 'content', edit.file);
    writeFileSync(path, edit.change(existsSync(path) ? readFileSync(path, 'utf8') : ''));
  }
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...fixtureEnv(dir), ...env },
  });
  return {
    dir,
    rel: relative(root, dir),
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
  };
}

describe('fixture builds', () => {
  it('builds another content tree: pages, numbered paragraphs, occurrences', () => {
    const { dir, status, output } = buildFixture();
    expect(status, output).toBe(0);
    const paper = readFileSync(join(dir, 'dist/papers/test-paper/index.html'), 'utf8');
    expect(paper).toContain('id="p2"');
    expect(paper).not.toContain('id="p3"');
    const alpha = readFileSync(join(dir, 'dist/concepts/alpha-idea/index.html'), 'utf8');
    expect(alpha).toContain('href="/papers/test-paper/#p1"');
    expect(alpha).toContain('href="/papers/test-paper/#p2"');
    expect(existsSync(join(dir, 'dist/concepts/beta-idea/index.html'))).toBe(true);
  });

  it('fails on an unknown concept in a paper with file:line:column and a did-you-mean', () => {
    const { rel, status, output } = buildFixture({
      file: 'papers/test-paper.mdx',
      change: (t) => t.replace('<Concept>alpha</Concept>', '<Concept>alpah</Concept>'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${rel}/content/papers/test-paper.mdx:18:30: Unknown concept "alpah": no concept has this title or alias.`,
    );
    expect(output).toContain(
      'fix:      Did you mean "alpha"? Write <Concept id="alpha-idea">alpah</Concept>',
    );
  });

  it('fails on a relation to a missing concept, naming both concepts', () => {
    const { rel, status, output } = buildFixture({
      file: 'concepts/alpha-idea.mdx',
      change: (t) => t.replace('related: [beta-idea]', 'related: [gamma-idea]'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${rel}/content/concepts/alpha-idea.mdx:7:13: Concept "alpha-idea" has a related relation to "gamma-idea", which is not a concept.`,
    );
  });

  it('refuses to publish a draft (a TODO left by the scaffold or an editor)', () => {
    const { rel, status, output } = buildFixture({
      file: 'concepts/beta-idea.mdx',
      change: (t) => `${t}\nTODO: say how beta differs from alpha.\n`,
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${rel}/content/concepts/beta-idea.mdx:16:1: This entry is a draft: it still has a "TODO" to fill in.`,
    );
  });

  it('renders HTML and script in frontmatter as inert text, and accepts right-to-left titles', () => {
    const { dir, status, output } = buildFixture([
      {
        file: 'concepts/beta-idea.mdx',
        change: (t) =>
          t
            .replace('title: Beta idea', 'title: "Beta <script>alert(1)</script> idea"')
            .replace('aliases: [beta]', 'aliases: [beta, "<img src=x onerror=alert(1)>"]'),
      },
      {
        file: 'concepts/alpha-idea.mdx',
        change: (t) =>
          t.replace('title: Alpha idea', 'title: "ردع alpha"').replace('<Concept>alpha</Concept>', 'alpha'),
      },
      {
        file: 'papers/test-paper.mdx',
        change: (t) => t.replace('<Concept>Alpha idea</Concept>', '<Concept>ردع alpha</Concept>'),
      },
    ]);
    expect(status, output).toBe(0);
    const beta = readFileSync(join(dir, 'dist/concepts/beta-idea/index.html'), 'utf8');
    expect(beta).toContain('Beta &lt;script&gt;alert(1)&lt;/script&gt; idea');
    expect(beta).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const pages = [
      'index.html',
      'concepts/index.html',
      'concepts/beta-idea/index.html',
      'papers/test-paper/index.html',
    ];
    for (const page of pages) {
      // Parse the page as a browser would: no script runs the injected code, no element has it as a handler.
      const tree = fromHtml(readFileSync(join(dir, 'dist', page), 'utf8'));
      const scripts = selectAll('script:not([type="application/ld+json"])', tree).map((s) =>
        JSON.stringify(s.children),
      );
      // JSON-LD is data, never run; its "<" are escaped so it cannot close its own element.
      for (const data of selectAll('script[type="application/ld+json"]', tree)) {
        expect(JSON.stringify(data.children), page).not.toMatch(/<\/script/i);
      }
      expect(
        scripts.filter((s) => s.includes('alert(1)')),
        page,
      ).toEqual([]);
      expect(selectAll('img', tree), page).toEqual([]);
      const handlers = selectAll('*', tree).filter((el) =>
        Object.keys(el.properties).some((k) => /^on/i.test(k)),
      );
      expect(handlers, page).toEqual([]);
    }
    const alpha = readFileSync(join(dir, 'dist/concepts/alpha-idea/index.html'), 'utf8');
    expect(alpha).toMatch(/<h1 dir="auto"[^>]*>ردع alpha<\/h1>/);
  });

  it('builds a redirect page for each former id, under a sub-path too', () => {
    const { dir, status, output } = buildFixture(
      {
        file: 'concepts/alpha-idea.mdx',
        change: (t) => t.replace('category: ideas', 'category: ideas\nformerIds: [first-idea]'),
      },
      { GLOSSA_BASE: '/glossa/', GLOSSA_SITE: 'https://readings.example.org' },
    );
    expect(status, output).toBe(0);
    const redirect = readFileSync(join(dir, 'dist/concepts/first-idea/index.html'), 'utf8');
    expect(redirect).toMatch(
      /<meta http-equiv="refresh" content="0;\s*url=\/glossa\/concepts\/alpha-idea\/"/,
    );
    expect(redirect).toContain('href="/glossa/concepts/alpha-idea/"');
    const page = readFileSync(join(dir, 'dist/concepts/alpha-idea/index.html'), 'utf8');
    expect(page).toContain(
      '<link rel="canonical" href="https://readings.example.org/glossa/concepts/alpha-idea/">',
    );
  });

  it('one glossary, two papers: the home lists both, uses are grouped by paper, the index says where', () => {
    const { dir, status, output } = buildFixture({
      file: 'papers/second-test-paper.mdx',
      change: () => readFileSync(join(root, 'tests/fixtures/second-paper.mdx'), 'utf8'),
    });
    expect(status, output).toBe(0);
    const home = fromHtml(readFileSync(join(dir, 'dist/index.html'), 'utf8'));
    const paperLinks = selectAll('.g-cards h3 a', home).map((a) => a.properties['href']);
    expect(paperLinks.sort()).toEqual(['/papers/second-test-paper/', '/papers/test-paper/']);
    const alpha = fromHtml(readFileSync(join(dir, 'dist/concepts/alpha-idea/index.html'), 'utf8'));
    const groups = selectAll('.g-uses h3 cite', alpha).map((c) => toString(c));
    expect(groups).toEqual([
      'A Test Paper That Was Never Published',
      'A Second Test Paper, Also Never Published',
    ]);
    const index = readFileSync(join(dir, 'dist/concepts/index.html'), 'utf8');
    expect(index).toContain(
      'Used in <a href="/papers/test-paper/"><cite>A Test Paper That Was Never Published</cite></a>, <a href="/papers/second-test-paper/">',
    );
  });
});
