/**
 * Whole builds of small content trees: the generator works on content other than ours, and an
 * editor's mistake stops the build with the file, line and column, never a half-right site.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.cwd();
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

/** Copies the minimal fixture into tests/.tmp, applies `edit`, and runs a production build. */
function buildFixture(edit?: { file: string; change: (text: string) => string }) {
  mkdirSync(join(root, 'tests/.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'tests/.tmp/site-'));
  cpSync(join(root, 'tests/fixtures/minimal/content'), join(dir, 'content'), { recursive: true });
  if (edit) {
    const path = join(dir, 'content', edit.file);
    writeFileSync(path, edit.change(readFileSync(path, 'utf8')));
  }
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      GLOSSA_CONTENT: join(dir, 'content'),
      GLOSSA_OUT_DIR: join(dir, 'dist'),
      GLOSSA_CACHE_DIR: join(dir, 'cache'),
    },
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
});
