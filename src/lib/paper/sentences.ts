/** Extracts a quotable line of context around a marked term. */
import type { Nodes } from 'mdast';

const MAX = 240;

/** Text of `block` (notes left out) with the character offsets where `target` starts and ends. */
export function textWithSpan(block: Nodes, target: Nodes): { text: string; start: number; end: number } {
  let text = '';
  let start = -1;
  let end = -1;
  const walk = (node: Nodes): void => {
    // An editor's note is not part of the author's sentence.
    if (node.type === 'mdxJsxTextElement' && node.name === 'Note') return;
    if (node === target) start = text.length;
    if (
      'value' in node &&
      typeof node.value === 'string' &&
      (node.type === 'text' || node.type === 'inlineCode')
    )
      text += node.value;
    else if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
    if (node === target) end = text.length;
  };
  walk(block);
  return { text, start: Math.max(start, 0), end: Math.max(end, start, 0) };
}

/**
 * The sentence of `block` that contains `target`, whitespace collapsed; cut to about 240
 * characters around the term with an ellipsis when the sentence is longer.
 */
export function sentenceAround(block: Nodes, target: Nodes): string {
  const { text, start, end } = textWithSpan(block, target);
  return sentenceOf(text, start, end);
}

/** The sentence of `text` that contains the characters from `start` to `end` (see `sentenceAround`). */
export function sentenceOf(text: string, start: number, end: number): string {
  const boundary = /[.!?][\u201D\u2019"')]*\s+(?=[\u201C\u2018"'(A-Z0-9])/g;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    const cut = (m.index ?? 0) + m[0].length;
    if (cut <= start) from = cut;
    else if ((m.index ?? 0) >= end) {
      to = (m.index ?? 0) + m[0].trimEnd().length;
      break;
    }
  }
  let sentence = text.slice(from, to);
  if (sentence.length > MAX) {
    const left = Math.max(0, start - from - Math.floor(MAX / 2));
    const right = Math.min(sentence.length, left + MAX);
    sentence = `${left > 0 ? '…' : ''}${sentence.slice(left, right).trim()}${right < sentence.length ? '…' : ''}`;
  }
  return sentence.replace(/\s+/g, ' ').trim();
}
