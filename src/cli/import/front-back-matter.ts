/**
 * The parts of a paper that belong in its record, not its text: the title heading, the byline,
 * the disclaimer and rights notice printed above the title, the author notes ("**Name** is …")
 * and the postal address after a closing rule. Each is taken out of the body only when it is
 * recognised; anything else stays in the text for the editor to judge.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isoDate, type PaperMeta } from './types.ts';
import { bylineAuthors } from './meta-sources.ts';

const disclaimerWords = /views .*\bown\b|do(?:es)? not (?:necessarily )?(?:represent|reflect)|disclaim/i;
const rightsWords = /reproduc|copyright|©|all rights reserved|licen[cs]e|permission/i;

/** Sentences of a text, not split after an initial ("S. Rajaratnam"). */
export function sentences(text: string): string[] {
  return text.split(/(?<=(?<!\b\p{Lu})[.?!][”"’)]?)\s+(?=[“"‘(]?\p{Lu})/u).filter((s) => s.trim() !== '');
}

const same = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** Reads a paragraph printed above the title; true when it was recognised and belongs in the record. */
function readPreamble(node: Paragraph, meta: PaperMeta): boolean {
  const text = toString(node).replace(/\s+/g, ' ').trim();
  const issue = /^No\.?\s*([\w./-]+)\b/i.exec(text);
  if (issue?.[1]) {
    meta.number ??= issue[1];
    meta.issued ??= isoDate(text.slice(issue[0].length));
    return true;
  }
  const parts = sentences(text);
  if (!parts.some((s) => disclaimerWords.test(s) || rightsWords.test(s))) return false;
  const disclaimer = parts.filter((s) => disclaimerWords.test(s));
  const rights = parts.filter((s) => !disclaimerWords.test(s));
  if (disclaimer.length > 0) meta.disclaimer ??= disclaimer.join(' ');
  if (rights.length > 0) meta.rights ??= rights.join(' ');
  meta.rightsContact ??= /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text)?.[0];
  return true;
}

/** A short line of capitalised names ("Jun Yan Chang", "By Ada Example and Ben Sample"). */
function bylineNames(node: RootContent | undefined): string[] | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const text = toString(node)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\s+/i, '');
  const words = text.split(' ');
  if (words.length > 12 || /[.?!:;]$/.test(text)) return undefined;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(and|&|,)$/.test(w))) return undefined;
  return text.split(/\s*,\s*|\s+and\s+|\s*&\s*/).filter(Boolean);
}

/** The lines of a paragraph, split where it has hard breaks or newlines. */
function lineTexts(node: RootContent): string[] {
  if (node.type !== 'paragraph') return [];
  const lines = [''];
  for (const child of node.children) {
    if (child.type === 'break') lines.push('');
    else lines[lines.length - 1] += toString(child);
  }
  return lines.flatMap((l) => l.split('\n')).map((l) => l.trim());
}

/** Takes the record's parts out of `tree` into `meta`; returns what it did, for the report. */
export function extractMatter(tree: Root, meta: PaperMeta): string[] {
  const done: string[] = [];
  const nodes = tree.children;
  const headings = nodes.filter((n) => n.type === 'heading');
  const titleAt = nodes.findIndex(
    (n) =>
      n.type === 'heading' &&
      (meta.title
        ? same(toString(n), meta.title)
        : n === headings[0] && (n.depth === 1 || headings.filter((h) => h.depth === n.depth).length === 1)),
  );
  if (titleAt >= 0) {
    if (!meta.title) {
      meta.title = toString(nodes[titleAt] as RootContent).trim();
      meta.from.title = 'the title heading';
    }
    const kept = nodes.slice(0, titleAt).filter((n) => n.type !== 'paragraph' || !readPreamble(n, meta));
    if (kept.length < titleAt)
      done.push(`${String(titleAt - kept.length)} block(s) above the title read into the record`);
    const names = bylineNames(nodes[titleAt + 1]);
    // A byline naming others than the record does stays in the text, for the editor to settle.
    const agrees = names ? bylineAuthors(meta, names, 'the byline under the title') : false;
    const after = nodes.slice(titleAt + 1 + (agrees ? 1 : 0));
    if (names)
      done.push(
        agrees
          ? `byline "${names.join(', ')}" read as the authors`
          : `byline "${names.join(', ')}" left in the text: the authors come from ${meta.from.authors ?? 'the source'}`,
      );
    tree.children = [...kept, ...after];
  }
  // Author notes: a paragraph that opens with an author's name in bold or italics.
  tree.children = tree.children.filter((node) => {
    if (node.type !== 'paragraph') return true;
    const lead = node.children[0];
    if (lead?.type !== 'strong' && lead?.type !== 'emphasis') return true;
    const author = meta.authors.find((a) => same(toString(lead), `${a.given} ${a.family}`));
    if (!author) return true;
    author.bio = toString({ ...node, children: node.children.slice(1) })
      .replace(/\s+/g, ' ')
      .trim();
    done.push(`author note of ${author.given} ${author.family} read into the record`);
    return false;
  });
  // Postal address: short lines after the last rule, at the very end.
  const rule = tree.children.findLastIndex((n) => n.type === 'thematicBreak');
  const tail = tree.children.slice(rule + 1);
  if (rule >= 0 && tail.length > 0 && tail.every((n) => n.type === 'paragraph')) {
    const lines = tail.flatMap(lineTexts);
    if (lines.every((l) => l.length > 0 && l.length <= 120)) {
      meta.publisherAddress.push(...lines);
      tree.children = tree.children.slice(0, rule);
      done.push('address lines after the closing rule read into the record');
    }
  }
  return done;
}
