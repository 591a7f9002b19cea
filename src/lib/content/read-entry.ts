/** Reads the frontmatter of an MDX entry with positions, and checks its MDX body. */
import { readFileSync } from 'node:fs';
import type { Problem } from './problems.ts';
import { basename } from 'node:path';
import type { z } from 'astro/zod';
import { parseYaml, splitFrontmatter, validate, type PositionedYaml } from './yaml.ts';
import { badFileName } from './checks.ts';
import { idPattern } from '../model/schemas.ts';
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

/**
 * Reads one entry file whose name is its id (concepts, entities): frontmatter, id rules, schema.
 * Undefined when it has no frontmatter or its file name cannot be an id (the problem is recorded);
 * `data` is undefined when the frontmatter fails the schema (the problems are recorded).
 */
export function readEntry<T extends z.ZodType>(
  path: string,
  file: string,
  schema: T,
  noun: string,
  problems: Problem[],
): { id: string; yaml: PositionedYaml; data: z.infer<T> | undefined } | undefined {
  const id = basename(path, '.mdx');
  const yaml = readFrontmatter(path, file, problems);
  if (!yaml) return undefined;
  if (!idPattern.test(id)) {
    problems.push(badFileName(file, id));
    return undefined;
  }
  const { data, problems: invalid } = validate(schema, yaml, `${noun} "${id}"`);
  problems.push(...invalid);
  return { id, yaml, data };
}
