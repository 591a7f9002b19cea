/** Follows the README's "Add your own paper" walkthrough, step by step, on the minimal fixture site. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureEnv, scratchDir } from '../unit/helpers.ts';

const root = process.cwd();

describe('README walkthrough: add your own paper', () => {
  it('scaffolds, refuses the draft, then publishes the filled-in paper beside the existing one', () => {
    const dir = scratchDir('walkthrough-', { inProject: true });
    cpSync(join(root, 'tests/fixtures/minimal/content'), join(dir, 'content'), { recursive: true });
    const env = fixtureEnv(dir);
    const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env });
    const build = () => run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);

    // 1. npm run new:paper -- my-paper
    const created = run([join(root, 'src/cli/new-entry.ts'), 'paper', 'my-paper']);
    expect(created.status, created.stderr).toBe(0);
    const file = join(dir, 'content/papers/my-paper.mdx');

    // 4 (first half). While a TODO is left, the build publishes nothing.
    const draft = build();
    expect(draft.status).not.toBe(0);
    expect(`${draft.stdout}${draft.stderr}`).toContain('content/papers/my-paper.mdx:3:');

    // 2. The frontmatter: every TODO value replaced; series and number deleted.
    const values: Record<string, string> = {
      title: '"My Paper on Alpha, Written for the Walkthrough"',
      family: 'Writer',
      given: 'Wendy',
      genre: 'Working paper',
      issued: '"2026-03-01"',
      publisher: 'Walkthrough Press (a test, not a real publisher)',
      publisherPlace: 'Nowhere',
      url: 'https://example.org/walkthrough',
      rights: 'Written for the test suite; not a real publication.',
    };
    let text = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^(series|number):/.test(line))
      .map((line) => {
        const field = /^\s*(?:- )?(\w+):/.exec(line)?.[1];
        return field && field in values
          ? `${line.slice(0, line.indexOf(':') + 1)} ${values[field] ?? ''}`
          : line;
      })
      .join('\n');
    // 3. The text, with a concept marked.
    text = text.replace(
      /^TODO: paste the text.*$/m,
      'The walkthrough paper relies on <Concept>alpha</Concept>.\n\nA second paragraph.',
    );
    writeFileSync(file, text);
    expect(text).not.toMatch(/TODO/);

    // 4. npm run build publishes it.
    const published = build();
    expect(published.status, `${published.stdout}${published.stderr}`).toBe(0);
    const page = readFileSync(join(dir, 'dist/papers/my-paper/index.html'), 'utf8');
    expect(page).toContain('<h1>My Paper on Alpha, Written for the Walkthrough</h1>');
    expect(page).toContain('id="p2"');
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toContain('href="/papers/my-paper/"');
    const alpha = readFileSync(join(dir, 'dist/concepts/alpha-idea/index.html'), 'utf8');
    expect(alpha).toContain('href="/papers/my-paper/#p1"');
    expect(alpha).toContain('href="/papers/test-paper/#p1"');
  });
});
