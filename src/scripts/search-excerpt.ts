/**
 * Excerpts for search results, from a page's indexed text and Pagefind's match positions: the
 * whole sentence around a match (not a window of words that starts mid-sentence), with only the
 * query's real words highlighted (not "by", not the punctuation around a word). Pure, so that
 * tests/unit/search-excerpt.test.ts checks it on strings.
 */

/** A run of excerpt text, highlighted or not. */
export interface Run {
  text: string;
  mark: boolean;
}

/** Where a page's anchor (an element with an id) starts, as Pagefind reports it. */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** One place in a page where the query matched: the anchor it is under, its words, its matches. */
export interface Place {
  anchor: Anchor | undefined;
  /** First word of the place, and the word after its last. */
  from: number;
  to: number;
  locations: number[];
}

// Pagefind counts words between these separators (its word_separators).
const SEPARATORS = /[^\S\uFEFF]+/;
const STOP = new Set(
  'a an and are as at be by for from has in is it its of on or that the to was were will with'.split(' '),
);
const END = /[.!?…]["”’)]*$/;
const MAX_WORDS = 40;

/** The indexed text as Pagefind's words, so that its match positions index into them. */
export const wordsOf = (content: string): string[] => content.split(SEPARATORS);

const core = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const isStop = (word: string) => STOP.has(core(word).toLowerCase());

/**
 * The sentence holding word `at`, within [from, to): back to the word after the last one that ends
 * a sentence, on to the first that ends one; at most MAX_WORDS words, centred on the match.
 */
export function sentenceAround(words: readonly string[], at: number, from = 0, to = words.length) {
  let start = at;
  while (start > from && !END.test(words[start - 1] ?? '')) start--;
  let end = at;
  while (end < to - 1 && !END.test(words[end] ?? '')) end++;
  end++;
  if (end - start > MAX_WORDS) {
    start = Math.max(start, Math.min(at - MAX_WORDS / 2, end - MAX_WORDS));
    end = Math.min(end, start + MAX_WORDS);
  }
  return { start, end };
}

/** The excerpt around the first match in `locations`, as runs; stop words and punctuation unmarked. */
export function excerptRuns(
  words: readonly string[],
  locations: readonly number[],
  from = 0,
  to = words.length,
): Run[] {
  const inside = locations.filter((l) => l >= from && l < to);
  const content = inside.filter((l) => !isStop(words[l] ?? ''));
  // A query of stop words alone ("to be") still shows its matches.
  const marked = new Set(content.length ? content : inside);
  const first = [...marked][0] ?? from;
  const { start, end } = sentenceAround(words, first, from, to);
  const runs: Run[] = [];
  const push = (text: string, mark: boolean) => {
    const last = runs.at(-1);
    if (last && last.mark === mark) last.text += text;
    else if (text) runs.push({ text, mark });
  };
  // An ellipsis only where a sentence is cut, not before or after a whole one.
  if (start > from && !END.test(words[start - 1] ?? '')) push('… ', false);
  for (let i = start; i < end; i++) {
    const word = words[i] ?? '';
    const space = i + 1 < end ? ' ' : '';
    if (!marked.has(i) || !core(word)) {
      push(word + space, false);
      continue;
    }
    const [lead = '', trail = ''] = [/^[^\p{L}\p{N}]*/u.exec(word)?.[0], /[^\p{L}\p{N}]*$/u.exec(word)?.[0]];
    push(lead, false);
    push(word.slice(lead.length, word.length - trail.length), true);
    push(trail + space, false);
  }
  if (end < to && !END.test(words[end - 1] ?? '')) push(' …', false);
  return runs;
}

/**
 * The matches of a page grouped by the paragraph (`p<n>`), editor's note or section heading they
 * fall under, in page order: each group is one place a reader can be sent to.
 */
export function placesOf(
  anchors: readonly Anchor[],
  locations: readonly number[],
  words: readonly string[],
): Place[] {
  const marks = anchors
    .filter((a) => /^p\d+$/.test(a.id) || /^(h2|h3)$/.test(a.element) || a.element === 'div')
    .sort((a, b) => a.location - b.location);
  const places = new Map<Anchor | undefined, number[]>();
  for (const location of [...locations].sort((a, b) => a - b)) {
    const anchor = marks.filter((a) => a.location <= location).at(-1);
    const list = places.get(anchor);
    if (list) list.push(location);
    else places.set(anchor, [location]);
  }
  // A place that matches only stop words ("by" for "deterrence by denial") is no match to show.
  const real = [...places].filter(([, at]) => at.some((l) => !isStop(words[l] ?? '')));
  return (real.length ? real : [...places]).map(([anchor, at]) => {
    const from = anchor?.location ?? 0;
    const to = marks.find((a) => a.location > from)?.location ?? words.length;
    return { anchor, from, to, locations: at };
  });
}
