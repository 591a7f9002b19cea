/** The GitHub Pages workflow keeps the build cache between deploys (docs/build.md, "Caches"). */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../src/lib/cache/code-version.ts';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}

const root = projectRoot();
const workflow = parse(readFileSync(join(root, '.github/workflows/pages.yml'), 'utf8')) as {
  jobs: { build: { steps: Step[] } };
};
const steps = workflow.jobs.build.steps;
const at = (test: (s: Step) => boolean): number => steps.findIndex(test);
const restore = at((s) => s.uses?.startsWith('actions/cache/restore@') ?? false);
const save = at((s) => s.uses?.startsWith('actions/cache/save@') ?? false);
const install = at((s) => s.run === 'npm ci');
const build = at((s) => s.run === 'npm run build');
const nodeStep = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));

describe('.github/workflows/pages.yml and the build cache', () => {
  it('restores the cache after npm ci (which empties node_modules) and before the build, and saves it after', () => {
    expect([install, restore, build, save].every((i) => i >= 0)).toBe(true);
    expect(install).toBeLessThan(restore);
    expect(restore).toBeLessThan(build);
    expect(build).toBeLessThan(save);
  });

  it("restores and saves the folder the build uses (cacheRoot's default)", () => {
    // The default of cacheRoot() in src/lib/cache/disk-cache.ts, when GLOSSA_CACHE_DIR is not set.
    const folder = relative(root, join(root, 'node_modules', '.cache', 'glossa'));
    expect(steps[restore]?.with?.['path']).toBe(folder);
    expect(steps[save]?.with?.['path']).toBe(folder);
    expect(steps[build]?.with).toBeUndefined();
  });

  it('keys the cache by lockfile and Node version, falling back only to caches of the same two', () => {
    const key = steps[restore]?.with?.['key'] ?? '';
    expect(steps[save]?.with?.['key']).toBe(key);
    expect(nodeStep?.id).toBeDefined();
    expect(key).toContain(`\${{ steps.${nodeStep?.id ?? ''}.outputs.node-version }}`);
    expect(key).toContain("${{ hashFiles('package-lock.json') }}");
    // Unique per commit (a saved cache cannot be overwritten), so each deploy saves its own.
    expect(key).toMatch(/\$\{\{ github\.sha \}\}$/);
    const fallbacks = (steps[restore]?.with?.['restore-keys'] ?? '').split('\n').filter(Boolean);
    expect(fallbacks).toEqual([key.replace(/\$\{\{ github\.sha \}\}$/, '')]);
  });
});
