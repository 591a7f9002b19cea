/**
 * Proposes concept and who's-who marks for a paper: every title and alias of the glossary,
 * case-insensitive and word-bounded, at its first use in each section (h2/h3; each title and
 * alias counts on its own, as the edition marks "denial" and later "deterrence by denial"), the
 * longest term winning. Never inside headings, links, code, existing marks, notes, figure notes, block quotes,
 * or quotations of other works (a quotation that is exactly a term, a "scare quote", is a use
 * of the term and is marked). Pure: MDX text and terms in, proposals out.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { termKey, type Glossary, type Term, type TermKind } from './glossary-terms.ts';
import { quotedRanges, type QuotedRange } from './quotes.ts';

/** One proposed mark. */
export interface Proposal {
  /** Number of the paragraph (as `remarkParagraphNumbers` counts), undefined outside the numbered text. */
  paragraph: number | undefined;
  /** Title of the section (the last h2/h3 above). */
  section: string;
  /** The sentence the term stands in. */
  sentence: string;
  /** The words as written in the paper. */
  text: string;
  /** Component and id it would mark. */
  kind: TermKind;
  /** Entry id. */
  id: string;
  /** Other entries the same words name (the editor must choose), if any. */
  also: { kind: TermKind; id: string }[];
  /** Offsets of the words in the MDX source. */
  start: number;
  /** End offset (exclusive). */
  end: number;
}

/** Parses a paper's MDX, frontmatter and all, with positions (GFM, as the build reads it: a table is no paragraph). */
export function parsePaper(source: string): Root {
  return unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .parse(source);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const termPattern = (t: string) =>
  escape(t.trim()).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]").replace(/-/g, '[-‐‑]');

/** One regular expression for all terms, longest first, bounded by non-letters. */
function matcher(terms: readonly Term[]): RegExp {
  const texts = [...new Set(terms.map((t) => t.text))].sort((a, b) => b.length - a.length);
  return new RegExp(
    `(?<![\\p{L}\\p{N}](?:[-‐])?)(?:${texts.map(termPattern).join('|')})(?![\\p{L}\\p{N}]|[-‐]\\p{L})`,
    'giu',
  );
}

/** True for a paragraph the numbering skips (only components on the line). */
const onlyComponents = (p: Paragraph) =>
  p.children.every((c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && c.value.trim() === ''));

/** The sentence of `text` around offset `at`. */
function sentenceAt(text: string, at: number): string {
  const starts = [
    0,
    ...[...text.matchAll(/(?<=(?<!\b\p{Lu})[.?!…][”"’)]?)\s+(?=[“"‘(]?\p{Lu})/gu)].map(
      (m) => (m.index ?? 0) + m[0].length,
    ),
  ];
  const from = starts.filter((s) => s <= at).at(-1) ?? 0;
  const to = starts.find((s) => s > at) ?? text.length;
  return text.slice(from, to).trim();
}

/** Proposes marks for the MDX `source` with the terms of `glossary`. */
export function proposeMarks(source: string, glossary: Glossary): Proposal[] {
  const tree = parsePaper(source);
  const byKey = new Map<string, { kind: TermKind; id: string }[]>();
  for (const t of glossary.terms) {
    const list = byKey.get(t.key) ?? [];
    if (!list.some((e) => e.kind === t.kind && e.id === t.id)) list.push({ kind: t.kind, id: t.id });
    byKey.set(t.key, list);
  }
  const keys = new Set(byKey.keys());
  const pattern = matcher(glossary.terms);
  const proposals: Proposal[] = [];
  let used = new Set<string>();
  let section = '';
  let numbered = 0;

  const paragraph = (p: Paragraph, number: number | undefined) => {
    const here = new Set<string>();
    // The paragraph's text, with the text nodes that may take a mark and where they sit in it.
    let text = '';
    const open: { node: Text; from: number }[] = [];
    const walk = (nodes: PhrasingContent[]) => {
      for (const n of nodes) {
        if (n.type === 'text') {
          open.push({ node: n, from: text.length });
          text += n.value;
        } else if (n.type === 'emphasis' || n.type === 'strong' || n.type === 'delete') walk(n.children);
        else if (n.type === 'mdxJsxTextElement') {
          if (n.name === 'Concept' || n.name === 'Entity') {
            const key = termKey(toString(n));
            used.add(key);
            const id = n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
            const named =
              typeof id === 'string' ? [{ id }] : (byKey.get(key) ?? []).filter((e) => e.kind === n.name);
            for (const e of named) here.add(`${n.name}:${e.id}`);
          }
          if (n.name !== 'Note') text += toString(n);
        } else text += toString(n);
      }
    };
    walk(p.children);
    const ranges = quotedRanges(text);
    const isTerm = (r: QuotedRange) => keys.has(termKey(text.slice(r.start + 1, r.end - 1)));
    // A term in its own quotation marks is named as a term, even inside a quotation; other quoted words are someone else's.
    const free = (at: number, end: number) =>
      ranges.some((r) => isTerm(r) && r.start + 1 === at && r.end - 1 === end) ||
      !ranges.some((r) => !isTerm(r) && at > r.start && at < r.end);
    for (const seg of open) {
      const end = seg.from + seg.node.value.length;
      pattern.lastIndex = seg.from;
      const within = text.slice(0, end + 1);
      for (let m = pattern.exec(within); m && m.index < end; m = pattern.exec(within)) {
        const at = m.index;
        if (at + m[0].length > end) continue;
        if (!free(at, at + m[0].length)) continue;
        const key = termKey(m[0]);
        const entries = byKey.get(key) ?? [];
        const [first, ...others] = [...entries].sort((a, b) => a.kind.localeCompare(b.kind));
        // One mark per entry in a paragraph: "North Atlantic Treaty Organisation (NATO)" is marked once.
        if (!first || used.has(key) || entries.some((e) => here.has(`${e.kind}:${e.id}`))) continue;
        used.add(key);
        for (const e of entries) here.add(`${e.kind}:${e.id}`);
        const offset = (seg.node.position?.start.offset ?? 0) + (at - seg.from);
        proposals.push({
          paragraph: number,
          section,
          sentence: sentenceAt(text, at),
          text: m[0],
          ...first,
          also: others,
          start: offset,
          end: offset + m[0].length,
        });
      }
    }
  };

  const block = (node: RootContent, top: boolean) => {
    if (node.type === 'heading') {
      if (node.depth <= 3) {
        used = new Set();
        section = toString(node);
      }
    } else if (node.type === 'paragraph') {
      const counts = top && !onlyComponents(node);
      if (counts) numbered += 1;
      paragraph(node, counts ? numbered : undefined);
    } else if (node.type === 'list')
      for (const item of node.children) for (const c of item.children) block(c, false);
    else if (node.type === 'mdxJsxFlowElement' && node.name === 'Synopsis')
      for (const c of node.children) block(c, false);
  };
  for (const node of tree.children) block(node, true);
  return proposals;
}
