/**
 * Parses an MDX body before the build, to report syntax errors in the same form as every other
 * content problem, and checks every mark in it with the same rule the remark plugin uses.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import type { Problem } from './problems.ts';
import type { GlossaryIndex } from './glossary-index.ts';
import { findMarks, markTest, resolveMark } from './marks.ts';
import { entryKey } from '../paper/facts.ts';

const parser = unified().use(remarkParse).use(remarkMdx);

/** An MDX body with where it starts in its file. */
export interface MdxBody {
  /** The text after the frontmatter. */
  body: string;
  /** Path shown in messages. */
  file: string;
  /** Line of the file where the body starts. */
  firstLine: number;
}

/** Parses a body; a syntax error becomes a problem at its line and column in the file. */
export function parseMdx({ body, file, firstLine }: MdxBody): { tree?: Root; problems: Problem[] } {
  try {
    return { tree: parser.parse(body), problems: [] };
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    // micromark places an unclosed tag's error on its paragraph; the tag's own place is in the text.
    const inner = /\((\d+):(\d+)-\d+:\d+\)/.exec(e.reason ?? '');
    const at = { line: Number(inner?.[1] ?? e.line ?? 1), column: Number(inner?.[2] ?? e.column ?? 1) };
    const source = body.split('\n')[at.line - 1] ?? '';
    return {
      problems: [
        {
          file,
          line: at.line + firstLine - 1,
          column: at.column,
          message: `The MDX is not valid: ${(e.reason ?? e.message).replace(/ \(\d+:\d+-\d+:\d+\)/, '')}`,
          expected: 'valid MDX: every <Component> closed, "{" and "<" in plain text escaped as \\{ and \\<',
          found: JSON.stringify(source.trim().slice(0, 100)),
          suggestion: 'Close the element on that line (or write "<" as &lt;), then build again.',
        },
      ],
    };
  }
}

/** Checks every mark of a parsed body; returns the problems and the entries it marks ("concept:id"). */
export function checkMarks(
  tree: Root,
  where: MdxBody,
  indexes: readonly GlossaryIndex[],
): { problems: Problem[]; used: Set<string> } {
  const isMark = markTest(indexes);
  const problems: Problem[] = [];
  const used = new Set<string>();
  for (const mark of findMarks(tree, indexes)) {
    const start = mark.node.position?.start;
    const place = {
      file: where.file,
      line: start && start.line + where.firstLine - 1,
      column: start?.column,
    };
    const { entry, problem } = resolveMark(mark, place, isMark);
    if (problem) problems.push(problem);
    else used.add(entryKey(mark.index.kind, entry.id));
  }
  return { problems, used };
}
