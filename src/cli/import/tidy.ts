/**
 * Steps every source goes through once it is a Markdown tree: links without a target become
 * plain text, captioned figures become `<FigureNote>`, paragraphs split by a page break are
 * joined, headings are normalised (the paper's sections are h2) and a synopsis is set apart.
 */
import type { Heading, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import { creditLabel, figureNote, synopsis, todoParagraph } from './mdx-nodes.ts';
import type { Unconverted } from './types.ts';

/** Replaces links to "#" (or nowhere) by their text; returns the words that carried them. */
export function unlinkEmpty(tree: Root): string[] {
  const words: string[] = [];
  visit(tree, 'link', (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.url !== '#' && node.url.trim() !== '') return;
    words.push(toString(node));
    parent.children.splice(index, 1, ...node.children);
    return [SKIP, index];
  });
  return words;
}

/** Turns a caption paragraph ("… caption.⏎*Image source: credit*") or a lone image into a figure note. */
export function figures(tree: Root, unconverted: Unconverted[]): number {
  let count = 0;
  tree.children = tree.children.map((node): RootContent => {
    if (node.type !== 'paragraph') return node;
    const where = `${node.position?.start.line ?? 0}:${node.position?.start.column ?? 0}`;
    const onlyImage = node.children.every(
      (c) => c.type === 'image' || (c.type === 'text' && !c.value.trim()),
    );
    if (onlyImage) {
      const image = node.children.find((c) => c.type === 'image');
      const caption = image?.title ?? image?.alt ?? '';
      if (!caption) {
        const what = `an image without a caption (${image?.url ?? ''}); Glossa keeps figures as caption and credit, so write them or delete this line`;
        unconverted.push({ where, what });
        return todoParagraph(where, what);
      }
      count += 1;
      return figureNote(
        [{ type: 'text', value: caption }],
        'TODO: the image credit as printed with the original',
      );
    }
    const cut = node.children.findLastIndex((c) => c.type === 'break');
    if (cut < 0) return node;
    const creditText = toString({ type: 'paragraph', children: node.children.slice(cut + 1) }).trim();
    if (!creditLabel.test(creditText)) return node;
    count += 1;
    const caption = node.children.slice(0, cut);
    const last = caption.at(-1);
    if (last?.type === 'text') last.value = last.value.trimEnd();
    return figureNote(caption, creditText.replace(creditLabel, ''));
  });
  return count;
}

const terminal = /[.?!…:;]["”’)\]]*$/;
const unbalanced = (text: string) =>
  (text.match(/“/g)?.length ?? 0) > (text.match(/”/g)?.length ?? 0) ||
  (text.match(/"/g)?.length ?? 0) % 2 === 1 ||
  (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);

/**
 * Joins a paragraph split across a page break: the first does not end a sentence and either the
 * next starts in lower case or the first leaves a quotation or bracket open.
 */
export function joinPageBreaks(parent: Parent): number {
  let joined = 0;
  const out: RootContent[] = [];
  for (const node of parent.children as RootContent[]) {
    const prev = out.at(-1);
    if (prev?.type === 'paragraph' && node.type === 'paragraph') {
      const a = toString(prev).trim();
      const b = toString(node).trim();
      if (a && b && !terminal.test(a) && (/^\p{Ll}/u.test(b) || unbalanced(a))) {
        const tail = prev.children.at(-1);
        if (tail?.type === 'text') tail.value = tail.value.trimEnd();
        prev.children.push({ type: 'text', value: ' ' }, ...node.children);
        joined += 1;
        continue;
      }
    }
    out.push(node);
  }
  parent.children = out as Parent['children'];
  return joined;
}

/**
 * Strips bold around a whole heading and makes sections h2. Headings keep the source's wording and
 * capitals ("SYNOPSIS" stays as printed; CSS may restyle it, the text stays faithful).
 */
export function normaliseHeadings(tree: Root): void {
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  const top = Math.min(...headings.map((h) => h.depth));
  for (const heading of headings) {
    const only = heading.children.length === 1 ? heading.children[0] : undefined;
    if (only?.type === 'strong' || only?.type === 'emphasis') heading.children = only.children;
    heading.depth = Math.min(6, Math.max(2, heading.depth - top + 2)) as Heading['depth'];
  }
}

/** Sets the section headed Synopsis, Abstract or Summary apart as `<Synopsis>` (not numbered). */
export function wrapSynopsis(tree: Root): boolean {
  const at = tree.children.findIndex(
    (n) =>
      n.type === 'heading' && /^(synopsis|abstract|summary|executive summary)$/i.test(toString(n).trim()),
  );
  const heading = tree.children[at];
  if (heading?.type !== 'heading') return false;
  let end = at + 1;
  while (end < tree.children.length) {
    const n = tree.children[end];
    if (n?.type === 'heading' && n.depth <= heading.depth) break;
    end += 1;
  }
  const body = tree.children.slice(at + 1, end).filter((n) => n.type !== 'heading');
  if (body.length === 0) return false;
  tree.children.splice(at + 1, end - at - 1, synopsis(body as Parameters<typeof synopsis>[0]));
  return true;
}

/** Merges neighbouring text nodes, so that a term is never split by where a link stood. */
export function mergeText(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const merged: PhrasingContent[] = [];
    for (const child of node.children as PhrasingContent[]) {
      const prev = merged.at(-1);
      if (prev?.type === 'text' && child.type === 'text') prev.value += child.value;
      else merged.push(child);
    }
    (node as Parent).children = merged as Parent['children'];
  });
}
