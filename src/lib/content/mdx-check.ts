/**
 * Parses an MDX body before the build, to report syntax errors in the same form as every other
 * content problem, and to list the concepts it marks (for "unused concept" warnings).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Problem } from './problems.ts';

const parser = unified().use(remarkParse).use(remarkMdx);

/** What a body marks with `<Concept>`: explicit ids and the texts of id-less elements. */
export interface MarkedTerms {
  ids: string[];
  texts: string[];
}

/** Parses `body` (which starts at line `firstLine` of `file`); a syntax error becomes a problem. */
export function checkMdx(
  body: string,
  file: string,
  firstLine: number,
): { problems: Problem[]; marked: MarkedTerms } {
  const marked: MarkedTerms = { ids: [], texts: [] };
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    // micromark places an unclosed tag's error on its paragraph; the tag's own place is in the text.
    const inner = /\((\d+):(\d+)-\d+:\d+\)/.exec(e.reason ?? '');
    const at = { line: Number(inner?.[1] ?? e.line ?? 1), column: Number(inner?.[2] ?? e.column ?? 1) };
    const line = at.line + firstLine - 1;
    const source = body.split('\n')[at.line - 1] ?? '';
    return {
      marked,
      problems: [
        {
          file,
          line,
          column: at.column,
          message: `The MDX is not valid: ${(e.reason ?? e.message).replace(/ \(\d+:\d+-\d+:\d+\)/, '')}`,
          expected: 'valid MDX: every <Component> closed, "{" and "<" in plain text escaped as \\{ and \\<',
          found: JSON.stringify(source.trim().slice(0, 100)),
          suggestion: 'Close the element on that line (or write "<" as &lt;), then build again.',
        },
      ],
    };
  }
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
    const element = node as MdxJsxTextElement | MdxJsxFlowElement;
    if (element.name !== 'Concept') return;
    const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    if (typeof id === 'string') marked.ids.push(id);
    else marked.texts.push(toString(element));
  });
  return { problems: [], marked };
}
