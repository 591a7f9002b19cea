/**
 * The paper's abstract for citation records and the `citation_abstract` tag: the text of its
 * `<Synopsis>` block, as the publisher printed it, without the edition's marks (`<Concept>`,
 * emphasis). Parsed as MDX, then read as text: no pattern matching on the source.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const isSynopsis = (node: RootContent): node is MdxJsxFlowElement =>
  node.type === 'mdxJsxFlowElement' && node.name === 'Synopsis';

/** The plain text of the first `<Synopsis>` block of an MDX body, or undefined when it has none. */
export function synopsisText(mdxBody: string): string | undefined {
  const tree: Root = unified().use(remarkParse).use(remarkMdx).parse(mdxBody);
  const block = tree.children.find(isSynopsis);
  if (!block) return undefined;
  // Paragraphs of the block are joined by a space: an abstract is one run of text.
  const text = block.children.map((child) => toString(child)).join(' ');
  return text.replace(/\s+/g, ' ').trim() || undefined;
}
