/** Reads the frontmatter of an MDX entry with positions, and checks its MDX body. */
import { readFileSync } from 'node:fs';
import type { Problem } from './errors.ts';
import { parseYaml, splitFrontmatter, type PositionedYaml } from './frontmatter.ts';
import { checkMdx, type MarkedTerms } from './mdx-check.ts';

/** The frontmatter of `path` (shown as `file`), or undefined with a problem when it has none. */
export function readFrontmatter(
  path: string,
  file: string,
  problems: Problem[],
  marked?: MarkedTerms[],
): PositionedYaml | undefined {
  const split = splitFrontmatter(readFileSync(path, 'utf8'));
  if (!split) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: 'The file has no frontmatter.',
      expected: 'a YAML block between two "---" lines at the very top of the file',
      found: 'no "---" on the first line',
      suggestion: 'Start the file with ---, the fields, then --- (see the README).',
    });
    return undefined;
  }
  const parsed = parseYaml(split.yaml, file, 2);
  const mdx = checkMdx(split.body, file, split.bodyLine);
  problems.push(...parsed.problems, ...mdx.problems);
  marked?.push(mdx.marked);
  return parsed;
}
