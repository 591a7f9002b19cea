/**
 * The layout of src/lib (docs/architecture.md): folders by domain on a ladder (each imports only
 * the floors below it), no import cycles, nothing in lib importing a plugin, component, layout or
 * page, Astro-aware code only at the top, and the public exports of every folder pinned, so that
 * a change to a folder's surface is deliberate. And the page model: layouts and components
 * render the record their route gives them, with no data call of their own.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = process.cwd();
const lib = join(root, 'src/lib');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? walk(path) : /\.ts$/.test(f) && !f.endsWith('.d.ts') ? [path] : [];
  });
const files = walk(lib).sort();
const rel = (path: string) => relative(lib, path).split('\\').join('/');
const source = (path: string) =>
  ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);

/** Module specifiers a file imports or re-exports (types included). */
function importsOf(path: string): string[] {
  const specs: string[] = [];
  source(path).forEachChild((node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      specs.push((node.moduleSpecifier as ts.StringLiteral).text);
  });
  return specs;
}

/** Names a file exports. */
function exportsOf(path: string): string[] {
  const names: string[] = [];
  source(path).forEachChild((node) => {
    const exported = ts.canHaveModifiers(node)
      ? ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause))
      names.push(...node.exportClause.elements.map((e) => e.name.text));
    if (!exported) return;
    if (ts.isVariableStatement(node))
      names.push(...node.declarationList.declarations.map((d) => d.name.getText()));
    else if ('name' in node && node.name && ts.isIdentifier(node.name as ts.Node))
      names.push((node.name as ts.Identifier).text);
  });
  return names.sort();
}

/**
 * The floors of src/lib, ground floor first. A folder imports only folders on the floors below
 * its own: never one above, never a sibling, so no two folders can import each other.
 */
const ladder = [
  'model', // what the content is: ids, kinds, schemas, the MDX vocabulary, inline text
  'cache', // the build cache on disk
  'threads', // worker threads that take work off the build's main thread
  'markdown', // the Markdown processor
  'site', // URLs, dates, the public address, the CSP
  'paper', // the paper's facts record
  'graph', // relations, the concept map
  'citations', // records, formatting, downloads, JSON-LD
  'content', // the one reader of content/ (and its archive), every check
  'exports', // the glossary as JSON, SKOS, CSV
  'images', // social cards
  'epub', // a paper's EPUB 3 from its record
  'astro', // the Astro side: collections, facts, records, URLs under BASE_URL
  'pages', // one record per URL, built from the floors below
];

/** Imports that go up or sideways on `floors`: `from → to` folder pairs with the file that makes each. */
function offLadder(floors: readonly string[], imports: readonly [string, string][]): string[] {
  const folderOf = (path: string) => path.split('/')[0] ?? '';
  return imports.flatMap(([from, to]) => {
    const [a, b] = [folderOf(from), folderOf(to)];
    if (a === b) return [];
    const [i, j] = [floors.indexOf(a), floors.indexOf(b)];
    return i === -1 || j === -1 || j >= i ? [`${a} → ${b} (${from} → ${to})`] : [];
  });
}

const local = (path: string) =>
  importsOf(path)
    .filter((s) => s.startsWith('.'))
    .map((s) => resolve(dirname(path), s));

describe('src/lib', () => {
  it('has no file at its top level: every module sits in a folder named for its domain', () => {
    expect(files.filter((f) => dirname(f) === lib).map(rel)).toEqual([]);
  });

  it('imports nothing from plugins, components, layouts or pages', () => {
    const upward = files.flatMap((f) =>
      local(f)
        .filter((target) => !target.startsWith(lib))
        .map((target) => `${rel(f)} → ${relative(root, target)}`),
    );
    expect(upward).toEqual([]);
  });

  it('keeps Astro-aware code (astro:content, import.meta.env) on the top floors, lib/astro and lib/pages', () => {
    const aware = files.filter((f) => /astro:content|import\.meta\.env/.test(readFileSync(f, 'utf8')));
    expect(aware.map(rel).filter((f) => !/^(astro|pages)\//.test(f))).toEqual([]);
  });

  it('puts every folder on the ladder', () => {
    const folders = new Set(files.map((f) => rel(f).split('/')[0] ?? ''));
    expect([...folders].filter((f) => !ladder.includes(f))).toEqual([]);
  });

  it('imports only from the floors below: nothing upward, nothing sideways', () => {
    const imports = files.flatMap((f) =>
      local(f)
        .filter((t) => t.startsWith(lib))
        .map((t): [string, string] => [rel(f), rel(t)]),
    );
    expect(offLadder(ladder, imports)).toEqual([]);
  });

  it('refuses an upward, a sideways and an unknown import (the check above can fail)', () => {
    const floors = ['model', 'site', 'paper'];
    expect(offLadder(floors, [['paper/a.ts', 'model/b.ts']])).toEqual([]);
    expect(offLadder(floors, [['model/b.ts', 'site/c.ts']])).toEqual([
      'model → site (model/b.ts → site/c.ts)',
    ]);
    expect(offLadder(floors, [['site/c.ts', 'site/d.ts']])).toEqual([]);
    expect(offLadder(floors, [['lost/e.ts', 'model/b.ts']])).toHaveLength(1);
  });

  it('has no import cycle', () => {
    const graph = new Map(files.map((f) => [f, local(f).filter((t) => files.includes(t))]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map(rel).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const next of graph.get(f) ?? []) visit(next, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('finds a cycle when there is one (the check above can fail)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['a']],
    ]);
    const seen = new Set<string>();
    const hasCycle = (f: string, open: Set<string>): boolean =>
      open.has(f) ||
      (!seen.has(f) && (seen.add(f), (graph.get(f) ?? []).some((n) => hasCycle(n, new Set([...open, f])))));
    expect(hasCycle('a', new Set())).toBe(true);
  });

  it('pins the public exports of each folder', () => {
    const surface: Record<string, string[]> = {};
    for (const f of files) {
      const folder = rel(dirname(f)) || '.';
      surface[folder] = [
        ...(surface[folder] ?? []),
        ...exportsOf(f).map((n) => `${rel(f).split('/').pop() ?? ''}:${n}`),
      ];
    }
    expect(surface).toMatchSnapshot();
  });
});

// The functions that read content or compute a page's data. Layouts and components receive their
// results in props (src/lib/pages/ builds them); a call here would be a second producer.
const dataCalls = [
  'getCollection',
  'getEntry',
  'getEntries',
  'render',
  'allConcepts',
  'allEntries',
  'occurrencesOf',
  'citedWorks',
  'getSettings',
  'factsOfPaper',
  'paperItems',
  'entryItem',
  'itemOf',
  'entryVersions',
  'versionPages',
  'publishedVersions',
  'glossaryExport',
  'perBuild',
  'cachedConceptMap',
  'styleCitations',
];

/** What a layout or component does that only a page builder may: each problem as a short phrase. */
function renderOnlyProblems(text: string): string[] {
  // Client scripts and styles are not the component's server code.
  const server = text.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
  const problems: string[] = [];
  if (/['"]astro:content['"]/.test(server)) problems.push('imports astro:content');
  if (/\bawait\b/.test(server)) problems.push('awaits');
  for (const name of dataCalls)
    if (new RegExp(`\\b${name}\\s*\\(`).test(server)) problems.push(`calls ${name}`);
  // Values from the Astro side or the builders (types are fine): only the URL helpers are allowed.
  for (const [, spec = ''] of server.matchAll(/^import (?!type )[^;]*?from ['"]([^'"]+)['"]/gm))
    if (/lib\/pages\/|lib\/astro\/(?!urls\.ts)/.test(spec)) problems.push(`imports values from ${spec}`);
  return problems;
}

describe('src/layouts and src/components', () => {
  const rendering = ['src/layouts', 'src/components'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => /\.(astro|ts)$/.test(f))
      .map((f) => join(root, dir, f)),
  );

  it('render what they are given: no astro:content, no data call, no await', () => {
    const found = rendering.flatMap((f) =>
      renderOnlyProblems(readFileSync(f, 'utf8')).map((p) => `${relative(root, f)}: ${p}`),
    );
    expect(found).toEqual([]);
  });

  it('refuses a reintroduced getCollection, await or builder import (the check above can fail)', () => {
    const component = [
      '---',
      "import { getCollection } from 'astro:content';",
      "import { entryPages } from '../lib/pages/entry.ts';",
      "import type { EntryPage } from '../lib/pages/entry.ts';",
      "import { entryUrl } from '../lib/astro/urls.ts';",
      "const concepts = await getCollection('concepts');",
      '---',
      '<p>{concepts.length}</p>',
      '<script>await import("./x.ts");</script>',
    ].join('\n');
    expect(renderOnlyProblems(component)).toEqual([
      'imports astro:content',
      'awaits',
      'calls getCollection',
      'imports values from ../lib/pages/entry.ts',
    ]);
    expect(
      renderOnlyProblems("---\nimport { allConcepts } from '../lib/astro/collections.ts';\n---"),
    ).toEqual(['imports values from ../lib/astro/collections.ts']);
  });
});
