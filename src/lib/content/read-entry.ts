/** Reads an MDX file: its frontmatter with positions, its body parsed, its id checked. */
import { readFileSync } from 'node:fs';
import { readText } from './files.ts';
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

/**
 * The frontmatter (with positions, its problems recorded) and the body of an MDX text shown as
 * `file`; undefined, with a problem naming the fence, when it has no frontmatter.
 */
export function readFrontmatter(
  raw: string,
  file: string,
  problems: Problem[],
): { yaml: PositionedYaml; body: MdxBody } | undefined {
  const split = splitFrontmatter(raw);
  if (!split) {
    problems.push(fenceProblem(raw, file));
    return undefined;
  }
  const yaml = parseYaml(split.yaml, file, 2);
  problems.push(...yaml.problems);
  return { yaml, body: { body: split.body, file, firstLine: split.bodyLine } };
}

/** Reads `path` (shown as `file`); undefined, with a problem, when it has no frontmatter. */
export function readMdxFile(path: string, file: string, problems: Problem[]): MdxFile | undefined {
  const raw = readText(path, file, problems);
  if (raw === undefined) return undefined;
  const front = readFrontmatter(raw, file, problems);
  if (!front) return undefined;
  const { tree, problems: syntax } = parseMdx(front.body);
  problems.push(...syntax);
  return { id: basename(path, '.mdx'), raw, yaml: front.yaml, tree, ...front.body };
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
  if (!read) {
    // Still an entry: indexed by its id, so that other files' references to it do not fail too.
    const id = basename(path, '.mdx');
    // The bytes as Latin-1 if they are not UTF-8: enough to find a name and aliases.
    const raw = readFileSync(path, 'latin1');
    const yaml = { ...parseYaml('', file), value: salvageFields(raw) };
    return idPattern.test(id)
      ? { id, raw: '', yaml, body: '', file, firstLine: 1, tree: undefined, data: undefined }
      : undefined;
  }
  if (!idPattern.test(read.id)) {
    problems.push(badFileName(file, read.id));
    return undefined;
  }
  // Fields of YAML that does not parse are not worth checking: the YAML problem is the one to fix.
  if (read.yaml.problems.length) return { ...read, data: undefined };
  const { data, problems: invalid } = validate(schema, read.yaml, `${noun} "${read.id}"`);
  problems.push(...invalid);
  return { ...read, data };
}

/**
 * What can be read of a frontmatter that does not parse or has a broken fence: each top-level
 * `key: value` line on its own. Used only to index a broken entry under its name and aliases,
 * so that other files' marks of it are not reported as well.
 */
export function salvageFields(raw: string): Record<string, unknown> {
  const lines = raw.split('\n');
  const start = lines.findIndex((l) => /^---\s*$/.test(l));
  const end = lines.findIndex((l, i) => i > start && /^---\s*$/.test(l));
  const fields: Record<string, unknown> = {};
  for (const line of lines.slice(start + 1, end > start ? end : undefined)) {
    if (!/^[A-Za-z]\w*:\s*\S/.test(line)) continue;
    const one = parseYaml(line, '').value;
    if (one && typeof one === 'object') Object.assign(fields, one);
  }
  return fields;
}

/** Why a file's frontmatter could not be found: the opening or closing `---`, named precisely. */
function fenceProblem(raw: string, file: string): Problem {
  const lines = raw.split('\n');
  const first = lines[0] ?? '';
  const base = { file, expected: 'a YAML block between two "---" lines at the very top of the file' };
  if (/^---\s+$/.test(first)) {
    return {
      ...base,
      line: 1,
      column: 4,
      message: 'The opening --- has spaces or tabs after it.',
      found: JSON.stringify(first),
      suggestion: 'Delete the spaces after --- on line 1.',
    };
  }
  if (first === '---') {
    const stray = lines.findIndex((l, i) => i > 0 && /^---\s+$/.test(l));
    return {
      ...base,
      line: stray > 0 ? stray + 1 : lines.length,
      column: stray > 0 ? 4 : 1,
      message:
        stray > 0 ? 'The closing --- has spaces or tabs after it.' : 'The frontmatter has no closing ---.',
      found: stray > 0 ? JSON.stringify(lines[stray]) : 'the end of the file, with no "---" line after the fields',
      suggestion: stray > 0 ? `Delete the spaces after --- on line ${String(stray + 1)}.` : 'Add a line "---" after the last field.',
    };
  }
  return {
    ...base,
    line: 1,
    column: 1,
    message: 'The file has no frontmatter.',
    found: JSON.stringify(first.slice(0, 60)),
    suggestion: 'Start the file with ---, the fields, then --- (see the README).',
  };
}
