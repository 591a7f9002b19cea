/** Extracts the sentence around a marked term: the quotable context of an occurrence. */
import type { Nodes } from 'mdast';
import { isMdxElement } from '../model/mdx-elements.ts';

/** Nodes whose text is one run of prose: the smallest such ancestor holds the term's sentence. */
const PROSE = new Set(['paragraph', 'heading', 'tableCell']);
const isNote = (node: Nodes): boolean => isMdxElement(node, 'Note');

/**
 * The block whose text holds the term's sentence: the nearest paragraph, heading or table cell
 * (so a term in a list, a block quote or a table is quoted from its own item, quote or cell), or
 * the editor's note the term sits in. `ancestors` runs from the root to the term's parent.
 */
export function proseBlock(ancestors: readonly Nodes[], target: Nodes): Nodes {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (node && (PROSE.has(node.type) || isNote(node))) return node;
  }
  return ancestors[1] ?? target;
}

/** Text of `block` (notes left out) with the character offsets where `target` starts and ends. */
export function textWithSpan(block: Nodes, target: Nodes): { text: string; start: number; end: number } {
  let text = '';
  let start = -1;
  let end = -1;
  const walk = (node: Nodes): void => {
    // An editor's note is not part of the author's sentence (unless the term is in the note).
    if (node !== block && isNote(node)) return;
    if (node === target) start = text.length;
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'break') text += ' ';
    else if ('children' in node) {
      for (const child of node.children as Nodes[]) {
        walk(child);
        // Blocks inside the block (cells, items, quoted paragraphs) are separate runs of text.
        if (!('value' in child) && /^(paragraph|heading|tableCell|tableRow|listItem)$/.test(child.type))
          text += '\n\n';
      }
    }
    if (node === target) end = text.length;
  };
  walk(block);
  return { text, start: Math.max(start, 0), end: Math.max(end, start, 0) };
}

/** Where sentences end: a stop, then closing quotes or brackets, then space and a capital. */
const BOUNDARY = /[.!?][\u201D\u2019"')\]]*\s+(?=[\u201C\u2018"'([A-Z0-9])|\n\n+/g;

/**
 * The whole sentence of the prose around `target`, whitespace collapsed. It is never cut inside
 * the sentence: a quotation stops only where a sentence stops, so it needs no ellipsis.
 */
export function sentenceAround(ancestors: readonly Nodes[], target: Nodes): string {
  const { text, start, end } = textWithSpan(proseBlock(ancestors, target), target);
  return sentenceOf(text, start, end);
}

/** The whole sentence of `text` that holds the characters from `start` to `end` (see `sentenceAround`). */
export function sentenceOf(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index;
    const cut = at + m[0].length;
    if (cut <= start) from = cut;
    else if (at >= end) {
      to = at + m[0].trimEnd().length;
      break;
    }
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
