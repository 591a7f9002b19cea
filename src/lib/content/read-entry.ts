/** Reads an MDX file: its frontmatter with positions, its body parsed, its id checked. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { z } from 'astro/zod';
import type { Root } from 'mdast';
import type { Problem } from './problems.ts';
import { parseYaml, splitFrontmatter, validate, type PositionedYaml } from './yaml.ts';
import { badFileName } from './checks.ts';
import { idPattern } from '../model/ids.ts';
import { parseMdx, type MdxBody } from './mdx-check.ts';

/** An MDX file as read: frontmatter (with positions), body and its parsed tree. */
export interface MdxFile extends MdxBody {
  /** The file's id (its name without `.mdx`). */
  id: string;
  /** The whole file, for the content store's digest. */
  raw: string;
  /** The frontmatter. */
  yaml: PositionedYaml;
  /** The body's tree, when it parses. */
  tree?: Root | undefined;
}

/** Reads `path` (shown as `file`); undefined, with a problem, when it has no frontmatter. */
export function readMdxFile(path: string, file: string, problems: Problem[]): MdxFile | undefined {
  const raw = readFileSync(path, 'utf8');
  const split = splitFrontmatter(raw);
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
  const yaml = parseYaml(split.yaml, file, 2);
  const body = { body: split.body, file, firstLine: split.bodyLine };
  const { tree, problems: syntax } = parseMdx(body);
  problems.push(...yaml.problems, ...syntax);
  return { id: basename(path, '.mdx'), raw, yaml, tree, ...body };
}

/**
 * Reads one file whose name is its id (entries, papers): frontmatter, id rules, schema.
 * Undefined when it has no frontmatter or its name cannot be an id (the problem is recorded);
 * `data` is undefined when the frontmatter fails the schema (the problems are recorded).
 */
export function readEntry<T extends z.ZodType>(
  path: string,
  file: string,
  schema: T,
  noun: string,
  problems: Problem[],
): (MdxFile & { data: z.infer<T> | undefined }) | undefined {
  const read = readMdxFile(path, file, problems);
  if (!read) return undefined;
  if (!idPattern.test(read.id)) {
    problems.push(badFileName(file, read.id));
    return undefined;
  }
  const { data, problems: invalid } = validate(schema, read.yaml, `${noun} "${read.id}"`);
  problems.push(...invalid);
  return { ...read, data };
}
