/**
 * Reads YAML (a frontmatter block or a whole file) keeping positions, and turns zod issues
 * into problems that point at the offending line and column.
 */
import { isMap, LineCounter, parseDocument, Scalar, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import type { Place, Problem } from './problems.ts';

/** YAML parsed with a position lookup. */
export interface PositionedYaml {
  /** The plain JavaScript value. */
  value: unknown;
  /** Where a path inside the value is written (the nearest existing parent when it is missing). */
  locate: (path: readonly PropertyKey[]) => Place;
  /** Problems of YAML syntax itself. */
  problems: Problem[];
}

/** Splits `---\n…\n---` from the start of an MDX file. */
export function splitFrontmatter(
  source: string,
): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  const yaml = match[1] ?? '';
  return { yaml, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Parses YAML that starts at `firstLine` of `file`. */
export function parseYaml(text: string, file: string, firstLine = 1): PositionedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line: line + firstLine - 1, column: col };
  };
  // Content is data: no anchors or aliases. A value that starts with `*` (italics, `*Title*, …`)
  // is what an editor writes by mistake: YAML reads it as an alias, so say that and keep the text.
  const aliases: Problem[] = [];
  // An anchor (&name) is the root cause of every alias to it (an "alias bomb" repeats one a
  // million times): one problem at the first anchor, and the aliases are read as text.
  let anchor: Problem | undefined;
  visit(doc, {
    Node(_, node) {
      if (anchor || !('anchor' in node) || !node.anchor) return;
      const start = node.range?.[0] ?? 0;
      const at0 = Math.max(0, text.lastIndexOf(`&${node.anchor}`, start));
      anchor = {
        ...at(at0),
        message: `The YAML defines an anchor (&${node.anchor}), which repeats values by reference; content is data written out in full.`,
        expected: 'plain values, each written where it is used (no & anchors, no * aliases)',
        found: JSON.stringify(text.slice(at0, at0 + 40).split('\n')[0] ?? ''),
        suggestion: `Remove "&${node.anchor}" and write each value out where it is used; a value that starts with * or & goes in double quotes.`,
      };
    },
  });
  visit(doc, {
    Alias(_, node) {
      const [start, end] = node.range ?? [0, 0];
      const source = text.slice(start, text.indexOf('\n', start) === -1 ? undefined : text.indexOf('\n', start));
      aliases.push({
        ...at(start),
        message: 'A value starts with "*", which YAML reads as an alias, not as text.',
        expected: 'text; a value that starts with *italics* in double quotes',
        found: JSON.stringify(source),
        suggestion: `Put the value in double quotes: "${source.replaceAll('"', '\\"')}".`,
      });
      return new Scalar(text.slice(start, end));
    },
  });
  if (anchor) aliases.splice(0, aliases.length, anchor);
  const aliasLines = new Set(aliases.map((a) => a.line));
  const syntax: Problem[] = doc.errors.map((error) => ({
    ...at(openingQuote(text, error) ?? error.pos[0]),
    message: `The YAML is not valid: ${error.message.split('\n')[0] ?? error.code}`,
    expected: 'valid YAML (key: value, lists with "- ", quotes around text containing ": " or "#")',
    found: JSON.stringify(text.slice(error.pos[0], error.pos[0] + 40)),
    suggestion: 'Check indentation and quoting on that line.',
  }));
  // The alias's own message replaces the parser's follow-on error on its line.
  const problems = [...syntax.filter((p) => !aliasLines.has(p.line)), ...aliases];
  const locate = (path: readonly PropertyKey[]): Place => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as
        { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return at(node.range[0]);
      if (n === 0 && isMap(doc.contents) && doc.contents.range) return at(doc.contents.range[0]);
    }
    return { file, line: firstLine, column: 1 };
  };
  return { value: doc.toJS() ?? {}, locate, problems };
}

/** Validates a parsed value; each zod issue becomes a problem at the field's position. */
export function validate<T extends z.ZodType>(
  schema: T,
  parsed: PositionedYaml,
  what: string,
): { data?: z.infer<T>; problems: Problem[] } {
  const result = schema.safeParse(parsed.value);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const field = issue.path.map(String).join('.') || '(top level)';
    const found = valueAt(parsed.value, issue.path);
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    if (unknownKeys.length) {
      return {
        ...parsed.locate([...issue.path, unknownKeys[0] ?? '']),
        message: `${what} has a field it does not know: ${unknownKeys.join(', ')}.`,
        expected: 'only the fields documented in src/lib/model/schemas.ts',
        found: unknownKeys.join(', '),
        suggestion: 'Check the spelling of the field name, or remove it.',
      };
    }
    const expected = issue.message.replace(/^Invalid input: /, '').replace(/, received \w+$/, '');
    if (found === undefined) {
      return {
        ...parsed.locate(issue.path),
        message: `${what}: the required field "${field}" is missing.`,
        expected: `a "${field}" field (${expected})`,
        found: 'nothing (the field is missing)',
        suggestion: `Add "${String(issue.path.at(-1) ?? field)}: …" (every field is documented in src/lib/model/schemas.ts).`,
      };
    }
    return {
      ...parsed.locate(issue.path),
      message: `${what}: the field "${field}" is not valid.`,
      expected,
      found: JSON.stringify(found),
      suggestion: `Set "${field}" to ${expected}.`,
    };
  });
  return { problems };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/**
 * Where an unclosed quote opens: the parser reports where it gave up (often the end of the
 * file); the editor needs the line that opened it: the last quote before that point that starts
 * a value and is not closed on its line.
 */
function openingQuote(text: string, error: { code: string; message: string; pos: [number, number] }): number | undefined {
  if (error.code !== 'MISSING_CHAR' || !/quote/i.test(error.message)) return undefined;
  const quote = /"/.test(error.message.split('\n')[0] ?? '') ? '"' : "'";
  let offset = 0;
  let found: number | undefined;
  for (const line of text.slice(0, error.pos[0]).split('\n')) {
    const m = new RegExp(`^(\\s*(?:-\\s+)?[^:#]*:\\s*|\\s*-\\s+)${quote}`).exec(line);
    if (m) {
      const rest = line.slice(m[0].length);
      if (!rest.includes(quote)) found = offset + m[0].length - 1;
    }
    offset += line.length + 1;
  }
  return found;
}
