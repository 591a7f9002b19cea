/**
 * The layout of src/lib (docs/architecture.md): folders by domain, no import cycles, nothing in
 * lib importing a plugin, component, layout or page, Astro-aware code only in lib/astro, and the
 * public exports of every folder pinned, so that a change to a folder's surface is deliberate.
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

  it('keeps Astro-aware code (astro:content, import.meta.env) in lib/astro only', () => {
    const aware = files.filter((f) => /astro:content|import\.meta\.env/.test(readFileSync(f, 'utf8')));
    expect(aware.map(rel).filter((f) => !f.startsWith('astro/'))).toEqual([]);
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
