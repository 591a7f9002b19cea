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

/** A name as written, case-insensitive, bounded by non-letters, matched at the regex's `lastIndex`. */
const stickyTerm = (t: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}](?:[-‐])?)${termPattern(t)}(?![\\p{L}\\p{N}]|[-‐]\\p{L})`, 'iuy');

// A run of letters and digits, as the names' expressions see them (case-insensitive: the mark
// U+0345 counts, as it folds to a letter): where a name that starts with one can start.
const run = /[\p{L}\p{N}]+/iuy;
const runs = /[\p{L}\p{N}]+/giu;
/**
 * A key under which every spelling that one case-insensitive pattern matches falls together:
 * compatibility forms (ſ, the Kelvin sign), letters that only their upper case joins to others
 * (the rounded Cyrillic ᲃ and с) and final sigma, as the regular expression folds them.
 * A key may also join words the pattern tells apart; each candidate is then tried in full.
 */
const foldKey = (word: string) =>
  word.normalize('NFKC').toLowerCase().toUpperCase().toLowerCase().replace(/ς/g, 'σ');

/**
 * Finds the names in a text as one regular expression with every name as an alternative, longest
 * first, would (the first alternative that matches at the leftmost place wins, and the search goes
 * on after it), but without trying every name at every place: a name that starts with a letter or
 * digit is tried only where a run of them starts, and only with the names whose first run has the
 * same key (a few); that one expression made the search of each paper grow with the glossary, a
 * build with it O(papers × names): 11 s of 2,000 concepts' Vite phase (bench/README.md). Names
 * that start otherwise (rare) are tried at every place.
 */
function termSearch(texts: readonly string[]): (text: string) => { index: number; match: string }[] {
  // The alternatives' order: longest first, ties in the order given.
  const sorted = [...new Set(texts)].filter((t) => t.trim()).sort((a, b) => b.length - a.length);
  type Term = { order: number; pattern: RegExp };
  const byFirstRun = new Map<string, Term[]>();
  const others: Term[] = [];
  sorted.forEach((text, order) => {
    const term = { order, pattern: stickyTerm(text) };
    run.lastIndex = 0;
    const first = run.exec(text.trim())?.[0];
    if (first === undefined) others.push(term);
    else {
      const key = foldKey(first);
      const bucket = byFirstRun.get(key);
      if (bucket) bucket.push(term);
      else byFirstRun.set(key, [term]);
    }
  });
  const tryAt = (text: string, at: number, candidates: readonly Term[]) => {
    for (const { pattern } of candidates) {
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (m) return m[0];
    }
    return undefined;
  };
  return (text) => {
    const found: { index: number; match: string }[] = [];
    const candidatesAt = (word: string | undefined) => {
      const byRun = word === undefined ? [] : (byFirstRun.get(foldKey(word)) ?? []);
      if (others.length === 0) return byRun;
      return [...new Set([...byRun, ...others])].sort((a, b) => a.order - b.order);
    };
    if (others.length === 0) {
      // Only run starts can begin a match: each run is tried once, then the search resumes after a match.
      runs.lastIndex = 0;
      for (let m = runs.exec(text); m; m = runs.exec(text)) {
        const match = tryAt(text, m.index, candidatesAt(m[0]));
        if (match === undefined) continue;
        found.push({ index: m.index, match });
        runs.lastIndex = m.index + match.length;
      }
      return found;
    }
    for (let at = 0; at < text.length;) {
      run.lastIndex = at;
      const word = run.exec(text)?.[0];
      const match = tryAt(text, at, candidatesAt(word));
      // On to the next character (a surrogate pair is one), as a regular expression's search goes.
      if (match === undefined || match.length === 0) at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
      else {
        found.push({ index: at, match });
        at += match.length;
      }
    }
    return found;
  };
}

/** A finder for the names of `terms`. */
export function nameFinder(terms: readonly NamedTerm[]): (text: string) => Found[] {
  const byKey = new Map<string, { kind: EntryKind; id: string }[]>();
  for (const t of terms) {
    const list = byKey.get(termKey(t.text)) ?? [];
    if (!list.some((e) => e.kind === t.kind && e.id === t.id)) list.push({ kind: t.kind, id: t.id });
    byKey.set(termKey(t.text), list);
  }
  const search = termSearch(terms.map((t) => t.text));
  return (text) =>
    search(text).flatMap(({ index: start, match }) => {
      const entries = byKey.get(termKey(match)) ?? [];
      return entries.length ? [{ start, end: start + match.length, text: match, entries }] : [];
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
