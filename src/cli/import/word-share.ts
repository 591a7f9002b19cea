/**
 * Proof that nothing was lost: the words the import wrote are compared with the source's main
 * text, block by block. The share of the source's words found in the output is reported; the
 * blocks most of whose words are missing are named with their place in the source.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Nodes, Root } from 'mdast';
import { toString as mdText } from 'mdast-util-to-string';
import type { PaperMeta, SourceBlock } from './types.ts';

/** Below this share of the source's words, the import refuses to write the paper. */
export const minimumShare = 0.95;

/** The words of a text, lower-cased, letters and digits only. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const blockTags = new Set(
  'address article aside blockquote caption dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const isBlock = (c: ElementContent) => c.type === 'element' && blockTags.has(c.tagName);

/** Text of a hast node, its text nodes joined by spaces (as `writtenText` joins the output's). */
function hastWords(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(hastWords).join(' ');
}

/** Text of an mdast node, its leaves joined by spaces (a list's items, a table's cells apart). */
function mdWords(node: Nodes): string {
  if (node.type === 'html') return node.value.replace(/<[^>]*>/g, ' ');
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  if (node.type === 'image') return `${node.alt ?? ''} ${node.title ?? ''}`;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const attributes = node.attributes.map((a) => (typeof a.value === 'string' ? a.value : ''));
    return [...attributes, ...node.children.map(mdWords)].join(' ');
  }
  return 'children' in node ? node.children.map(mdWords).join(' ') : '';
}

/** The text blocks of an HTML element (the innermost blocks, and loose text beside blocks). */
export function htmlBlocks(root: Element | HastRoot, locate: (el: Element) => string): SourceBlock[] {
  const out: SourceBlock[] = [];
  const walk = (el: Element) => {
    if (!el.children.some(isBlock)) {
      const text = hastWords(el);
      if (words(text).length > 0) out.push({ where: locate(el), text });
      return;
    }
    // Text beside blocks is named by the first element that holds some of it (an <svg>, a <span>).
    let loose = '';
    let at: Element | undefined;
    for (const c of el.children) {
      if (isBlock(c)) walk(c as Element);
      else {
        loose += ` ${hastWords(c)}`;
        if (!at && c.type === 'element' && words(hastWords(c)).length > 0) at = c;
      }
    }
    if (words(loose).length > 0) out.push({ where: locate(at ?? el), text: loose });
  };
  for (const c of root.children) {
    if (c.type === 'element') walk(c);
    else if (c.type === 'text' && words(c.value).length > 0) out.push({ where: 'top level', text: c.value });
  }
  return out;
}

/** The blocks of a Markdown tree, at their line:column. */
export function markdownBlocks(tree: Root): SourceBlock[] {
  return tree.children
    .map((node) => ({
      where: `${String(node.position?.start.line ?? 0)}:${String(node.position?.start.column ?? 0)}`,
      text: mdWords(node),
    }))
    .filter((b) => words(b.text).length > 0);
}

/** The text a paper's body and record hold, leaving out the TODO lines the import wrote itself. */
export function writtenText(tree: Root, meta: PaperMeta): string {
  const parts = tree.children
    .filter((n) => !(n.type === 'paragraph' && mdText(n).startsWith('TODO: not converted')))
    .map(mdWords);
  const record = [meta.title, meta.rights, meta.disclaimer, meta.rightsContact, ...meta.publisherAddress];
  for (const a of meta.authors) record.push(a.given, a.family, a.bio);
  return [...parts, ...record.filter(Boolean)].join(' ');
}

/** How much of the source the output kept. */
export interface Share {
  /** Words in the source's main text. */
  sourceWords: number;
  /** Of those, words found in the output. */
  keptWords: number;
  /** keptWords / sourceWords (0 when the source has no words). */
  share: number;
  /** Blocks of the source with under half of their words in the output. */
  missing: SourceBlock[];
}

/** Compares the source's blocks with the written text. */
export function wordShare(source: SourceBlock[], written: string): Share {
  const pool = new Map<string, number>();
  for (const w of words(written)) pool.set(w, (pool.get(w) ?? 0) + 1);
  let sourceWords = 0;
  let keptWords = 0;
  const missing: SourceBlock[] = [];
  for (const block of source) {
    const ws = words(block.text);
    let found = 0;
    for (const w of ws) {
      const n = pool.get(w) ?? 0;
      if (n > 0) {
        pool.set(w, n - 1);
        found += 1;
      }
    }
    sourceWords += ws.length;
    keptWords += found;
    if (found < ws.length / 2) missing.push(block);
  }
  return { sourceWords, keptWords, share: sourceWords === 0 ? 0 : keptWords / sourceWords, missing };
}
