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

/** One run of inline text from content: plain, or set in italics (`*…*`: a title of a work). */
export interface InlineRun {
  /** The run's text, with curly quotes. */
  text: string;
  /** Set in italics. */
  italic: boolean;
}

/**
 * Inline text from content as runs: curly quotes, and each `*…*` span in italics (titles of works,
 * words in another language). The quotes are decided on the text without the asterisks, so
 * `*Title*"` closes its quotation as the reader sees it. The schema (`inlineTextProblem`) refuses
 * text whose asterisks do not pair, so every `*` here is a marker.
 */
export function inlineRuns(text: string): InlineRun[] {
  const parts = text.split('*');
  const curly = smartQuotes(parts.join(''));
  const runs: InlineRun[] = [];
  let at = 0;
  parts.forEach((part, i) => {
    if (part) runs.push({ text: curly.slice(at, at + part.length), italic: i % 2 === 1 });
    at += part.length;
  });
  return runs;
}

/** Inline text for places without markup (attributes, metadata, exports): the words, no asterisks. */
export function plainInline(text: string): string {
  return text.replaceAll('*', '');
}

/**
 * Why `text` is not valid inline text, or undefined when it is: no HTML, no Markdown links, bold
 * or underscores; asterisks only in pairs around words (`*The Three Musketeers*`).
 */
export function inlineTextProblem(text: string): string | undefined {
  if (/[<>]/.test(text)) return 'without HTML (no angle brackets)';
  if (/\]\(/.test(text)) return 'without Markdown links';
  if (/\*\*/.test(text)) return 'without bold (**): italics take one asterisk on each side, *Title*';
  if (/(^|\s)_\S/.test(text)) return 'with italics written *Title*, not with underscores';
  const parts = text.split('*');
  if (parts.length % 2 === 0)
    return 'with asterisks in pairs, *Title* for italics (this text has an odd number)';
  for (let i = 1; i < parts.length; i += 2) {
    const inner = parts[i] ?? '';
    if (inner.trim() !== inner || !inner)
      return 'with italics written *Title*, the asterisks against the words';
  }
  return undefined;
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
