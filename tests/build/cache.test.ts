/**
 * The build cache (src/lib/cache/disk-cache.ts) on the minimal fixture: a second build with
 * nothing changed makes nothing again (and never loads citeproc-js); after an edit to one concept
 * only what shows that concept is made again (an edit to its body alone compiles that one file);
 * and the output of a warm build, search index, cut font and compiled MDX included, is byte for
 * byte that of a build without cache.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fixtureEnv, scratchDir } from '../unit/helpers.ts';

const root = process.cwd();
const fixture = join(root, 'tests/fixtures/minimal/content');
let dir = '';

interface Report {
  kinds: Record<string, { hits: string[]; misses: string[] }>;
  citeprocLoaded: boolean;
}

/** Builds the content in `dir/content` into `dir/<out>` with the cache in `dir/cache`; returns the hits and misses. */
function build(out: string, env: Record<string, string> = {}): Report {
  const report = join(dir, 'report.json');
  rmSync(report, { force: true });
  const result = spawnSync(process.execPath, [join(root, 'src/cli/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...fixtureEnv(dir, out),
      GLOSSA_CACHE_REPORT: report,
      ...env,
    },
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  const { citeprocLoaded, ...kinds } = JSON.parse(readFileSync(report, 'utf8')) as Record<string, unknown>;
  expect(typeof citeprocLoaded).toBe('boolean');
  return { kinds: kinds as Report['kinds'], citeprocLoaded: citeprocLoaded === true };
}

const edit = (file: string, change: (text: string) => string) => {
  const path = join(dir, 'content', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};
const all = (report: Report, key: 'hits' | 'misses') =>
  Object.entries(report.kinds).flatMap(([kind, s]) => s[key].map((label) => `${kind}: ${label}`));
const sorted = (labels: string[]) => [...new Set(labels)].sort();
/** The MDX files of the fixture, as the cache labels them (relative to the project root). */
const mdxFiles: string[] = [];

/** Every file of a build with the SHA-256 of its bytes. */
function snapshot(out: string): Record<string, string> {
  const base = join(dir, out);
  const files: Record<string, string> = {};
  for (const entry of readdirSync(base, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files[path.slice(base.length + 1)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  return files;
}

describe('build cache', () => {
  beforeAll(() => {
    dir = scratchDir('cache-', { inProject: true });
    cpSync(fixture, join(dir, 'content'), { recursive: true });
    for (const entry of readdirSync(join(dir, 'content'), { recursive: true, withFileTypes: true }))
      if (entry.isFile() && entry.name.endsWith('.mdx'))
        mdxFiles.push(relative(root, join(entry.parentPath, entry.name)));
    mdxFiles.sort();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a cold build makes every card, citation, map, compiled MDX file, the search index and the font cut; a second build reuses them all', () => {
    const cold = build('site');
    // Within one build, a repeat (a Sources list on several pages) reads what the first call wrote.
    for (const hit of all(cold, 'hits')) expect(all(cold, 'misses')).toContain(hit);
    for (const kind of [
      'social-cards',
      'citations',
      'concept-maps',
      'search-index',
      'font-subset',
      'mdx-compile',
    ])
      expect(cold.kinds[kind]?.misses.length, kind).toBeGreaterThan(0);
    // Every MDX file of the content, compiled once.
    expect(sorted(cold.kinds['mdx-compile']?.misses ?? [])).toEqual(mdxFiles);
    expect(all(cold, 'misses')).toContain('social-cards: og/concepts/beta-idea');
    expect(all(cold, 'misses')).toContain('search-index: pagefind');
    expect(cold.citeprocLoaded).toBe(true);
    // A first build does not write Node's compile cache (src/cli/build.ts); the next one does.
    const compileCache = join(dir, 'cache', 'glossa', 'node-compile-cache');
    expect(existsSync(compileCache)).toBe(false);

    const warm = build('site');
    expect(existsSync(compileCache)).toBe(true);
    expect(all(warm, 'misses')).toEqual([]);
    expect(sorted(all(warm, 'hits'))).toEqual(sorted(all(cold, 'misses')));
    // Every citation came from the cache, so the citeproc-js engine was never loaded.
    expect(warm.citeprocLoaded).toBe(false);
  });

  it("editing a concept's body compiles that file again and remakes the e-book that holds it, nothing else", () => {
    edit('concepts/beta-idea.mdx', (t) =>
      t.replace('The beta idea is another test concept.', 'The beta idea is another test concept, revised.'),
    );
    const report = build('site');
    expect(all(report, 'misses')).toEqual([
      // The content is read and checked again (one file changed).
      `content: ${relative(root, join(dir, 'content'))}`,
      `mdx-compile: ${mdxFiles.find((f) => f.endsWith('beta-idea.mdx')) ?? '?'}`,
      // The paper's e-book holds the entry's text in its glossary.
      'epub: test-paper.epub',
      // The page's text changed.
      'search-index: pagefind',
    ]);
    expect(report.kinds['mdx-compile']?.hits.length).toBe(mdxFiles.length - 1);
  });

  it("editing a concept's definition makes again its card and its citations, and the compiled MDX that may show it, nothing else", () => {
    edit('concepts/beta-idea.mdx', (t) =>
      t.replace('The second idea of the fixture site.', 'A revised idea.'),
    );
    const report = build('site');
    // The definition is on the card and, as the abstract, in the entry's citation record.
    const misses = all(report, 'misses');
    expect(misses).toContain('social-cards: og/concepts/beta-idea');
    // The pages that show the definition changed, so the search index is made again.
    expect(misses).toContain('search-index: pagefind');
    // Any file's card for a mark of the concept shows the definition: every MDX file is compiled again.
    expect(sorted(report.kinds['mdx-compile']?.misses ?? [])).toEqual(mdxFiles);
    for (const label of misses)
      expect(label).toMatch(
        /^(social-cards: og\/concepts\/beta-idea|citations: citation [a-z-]+ beta-idea|search-index: pagefind|mdx-compile: .+|content: .+|epub: test-paper\.epub)$/,
      );
    expect(all(report, 'hits')).toContain('social-cards: og/concepts/alpha-idea');
  });

  it('renaming a concept makes again its card, its citations and the maps that draw it', () => {
    edit('concepts/beta-idea.mdx', (t) => t.replace('title: Beta idea', 'title: Beta concept'));
    const misses = sorted(all(build('site'), 'misses'));
    // Each miss is about beta-idea: its own card, citations and map, or a map that shows it.
    expect(misses).toContain('social-cards: og/concepts/beta-idea');
    expect(misses).toContain('citations: citation apa beta-idea');
    expect(misses).toContain('concept-maps: map beta-idea');
    // alpha-idea is related to beta-idea, so its map draws the new title.
    expect(misses).toContain('concept-maps: map alpha-idea');
    for (const label of misses)
      expect(label).toMatch(
        /beta-idea|map alpha-idea|map \(all\)|search-index: pagefind|mdx-compile: |content: |epub: test-paper\.epub/,
      );
    expect(misses.some((l) => l.includes('og/concepts/alpha-idea'))).toBe(false);
  });

  it('a warm build writes exactly what a build without the cache writes', () => {
    edit('concepts/alpha-idea.mdx', (t) =>
      t
        .replace('title: Alpha idea', 'title: Alpha notion')
        .replace('aliases: [alpha]', 'aliases: [alpha, Alpha idea]'),
    );
    const edited = build('site');
    expect(all(edited, 'hits').length).toBeGreaterThan(0);
    expect(all(edited, 'misses')).toContain('search-index: pagefind');
    build('uncached', { GLOSSA_NO_CACHE: '1' });
    expect(snapshot('site')).toEqual(snapshot('uncached'));
    // GLOSSA_NO_CACHE=1 also deleted the cache it bypassed (a damaged entry cannot survive it):
    // the next build makes everything again, the one after reuses everything.
    const remade = all(build('site'), 'misses');
    for (const kind of ['content:', 'mdx-compile:', 'social-cards:', 'search-index:'])
      expect(
        remade.some((m) => m.startsWith(kind)),
        kind,
      ).toBe(true);
    expect(snapshot('site')).toEqual(snapshot('uncached'));
    // Again with everything reused, the search index too: still what a fresh build writes.
    const warm = build('site');
    expect(all(warm, 'misses')).toEqual([]);
    expect(all(warm, 'hits')).toContain('search-index: pagefind');
    expect(Object.keys(snapshot('site')).some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect(snapshot('site')).toEqual(snapshot('uncached'));
  });
});
