/** docs/build.md and bench/README.md stay true to the code: every setting named, every path existing. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/lib/cache/code-version.ts';

const root = projectRoot();
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const doc = read('docs/build.md');

/** The text of every .ts, .mjs and .astro file under `dir`. */
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|astro)$/.test(e.name))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));

/** Project paths written in backticks (`src/…`, `tests/…`, …), without globs or placeholders. */
const pathsIn = (text: string): string[] =>
  [...text.matchAll(/`((?:src|tests|bench|docs|content|\.github)\/[^`\s<>*…]+)`/g)].map((m) => m[1] ?? '');

describe('docs/build.md', () => {
  it('names every GLOSSA_ variable the build reads', () => {
    const code = [...sources('src'), read('astro.config.mjs')].join('\n');
    const names = new Set([...code.matchAll(/\bGLOSSA_[A-Z_]+\b/g)].map((m) => m[0]));
    expect(names.size).toBeGreaterThan(5);
    expect([...names].filter((name) => !doc.includes(`\`${name}\``))).toEqual([]);
  });

  it("names every V8 flag of the build script, and the build's own environment settings", () => {
    const script =
      (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts['build'] ?? '';
    const flags = script.split(/\s+/).filter((word) => word.startsWith('--'));
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.filter((flag) => !doc.includes(`\`${flag}\``))).toEqual([]);
    const set = [...read('src/cli/build.ts').matchAll(/process\.env\['([A-Z_]+)'\] \?\?=/g)].map(
      (m) => m[1] ?? '',
    );
    expect(set.length).toBeGreaterThan(0);
    expect(set.filter((name) => !doc.includes(name))).toEqual([]);
  });

  it('names every cache the build keeps', () => {
    const kinds = sources('src').flatMap((text) =>
      [...text.matchAll(/diskCache(?:<[^>]*>)?\(\s*'([a-z-]+)'/g)].map((m) => m[1] ?? ''),
    );
    expect(kinds.length).toBeGreaterThan(5);
    expect([...new Set(kinds)].filter((kind) => !doc.includes(`| \`${kind}\``))).toEqual([]);
  });

  it('points only to files that exist', () => {
    const paths = pathsIn(doc);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });
});

describe('bench/README.md', () => {
  it('stays under 400 lines and points only to files that exist', () => {
    const text = read('bench/README.md');
    expect(text.split('\n').length).toBeLessThanOrEqual(400);
    expect(pathsIn(text).filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });
});
