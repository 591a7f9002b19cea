/** Reader-facing typography for plain text from content: curly quotes, alternative names. */

/**
 * Straight quotes and apostrophes as typographic ones, smartypants-style: an opening quote after
 * a space, an opening bracket or a dash, or at the start; a closing quote or apostrophe elsewhere.
 */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013-])"/g, '$1\u201C')
    .replace(/"/g, '\u201D')
    .replace(/(^|[\s([{\u2014\u2013-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}

const words = (s: string) => s.toLocaleLowerCase('en').split(/\s+/).filter(Boolean);

/**
 * Two words are forms of one word: they share a stem of 4+ letters and differ in at most 4, or
 * they are spellings of one word (one letter changed: organisation, organization).
 */
function sameWord(a: string, b: string): boolean {
  if (a.length === b.length && [...a].filter((c, i) => c !== b[i]).length <= 1) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 4 && Math.min(a.length, b.length) - common <= 4;
}

/** `alias` is another form of `name` (deter, deterring, deterrents of deterrence), not a new name. */
export function isInflectionOf(alias: string, name: string): boolean {
  const a = words(alias);
  const n = words(name);
  return a.length === n.length && a.every((w, i) => sameWord(w, n[i] ?? ''));
}

/**
 * The aliases to show readers as "Also:": true alternative names only. An alias that is a form
 * of the title, or of an alias already kept, is for matching marks in papers, not for readers.
 */
export function alternativeNames(title: string, aliases: readonly string[]): string[] {
  const kept: string[] = [];
  for (const alias of aliases) {
    if (isInflectionOf(alias, title) || kept.some((k) => isInflectionOf(alias, k))) continue;
    kept.push(alias);
  }
  return kept;
}
