/**
 * Where a paper names an entry in its own words, marked or not: every title and alias of every
 * entry, case-insensitive and word-bounded, the longest name winning. Used for the full "In the
 * paper" lists (remark-mentions) and by the mark tool's proposals (src/cli/mark). Pure.
 */
import type { Nodes } from 'mdast';
import { termKey } from '../model/ids.ts';
import type { EntryKind } from '../model/kinds.ts';

/** A name an entry can be found by. */
export interface NamedTerm {
  /** The title or alias as written. */
  text: string;
  kind: EntryKind;
  id: string;
}

/** A name found in a text, with its offsets. */
export interface Found {
  start: number;
  end: number;
  /** The words as they stand in the text. */
  text: string;
  /** Every entry the words name (usually one). */
  entries: { kind: EntryKind; id: string }[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const termPattern = (t: string) =>
  escape(t.trim()).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]").replace(/-/g, '[-‐‑]');

/** One regular expression for all names, longest first, bounded by non-letters. */
export function termMatcher(texts: readonly string[]): RegExp {
  const sorted = [...new Set(texts)].filter((t) => t.trim()).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return /(?!)/gu;
  return new RegExp(
    `(?<![\\p{L}\\p{N}](?:[-‐])?)(?:${sorted.map(termPattern).join('|')})(?![\\p{L}\\p{N}]|[-‐]\\p{L})`,
    'giu',
  );
}

/** A finder for the names of `terms`. */
export function nameFinder(terms: readonly NamedTerm[]): (text: string) => Found[] {
  const byKey = new Map<string, { kind: EntryKind; id: string }[]>();
  for (const t of terms) {
    const list = byKey.get(termKey(t.text)) ?? [];
    if (!list.some((e) => e.kind === t.kind && e.id === t.id)) list.push({ kind: t.kind, id: t.id });
    byKey.set(termKey(t.text), list);
  }
  const pattern = termMatcher(terms.map((t) => t.text));
  return (text) =>
    [...text.matchAll(pattern)].flatMap((m) => {
      const entries = byKey.get(termKey(m[0])) ?? [];
      const start = m.index ?? 0;
      return entries.length ? [{ start, end: start + m[0].length, text: m[0], entries }] : [];
    });
}

/**
 * The text of a block as a reader reads it (editor's notes left out) and the spans of the nodes
 * `isSkipped` names (marks already recorded), so that a name inside them is not found twice.
 */
export function blockText(
  block: Nodes,
  isNote: (node: Nodes) => boolean,
  isSkipped: (node: Nodes) => boolean,
): { text: string; skipped: [number, number][] } {
  let text = '';
  const skipped: [number, number][] = [];
  const walk = (node: Nodes): void => {
    if (isNote(node)) return;
    const from = text.length;
    if (
      'value' in node &&
      typeof node.value === 'string' &&
      (node.type === 'text' || node.type === 'inlineCode')
    )
      text += node.value;
    else if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
    if (isSkipped(node)) skipped.push([from, text.length]);
  };
  walk(block);
  return { text, skipped };
}
