/** What the import says about the share of the source it kept, and why it refuses a loss. */
import { minimumShare, words, type Share } from './word-share.ts';

const percent = (share: number) => `${(Math.floor(share * 1000) / 10).toFixed(1)} %`;

/** One line: how many of the source's words the paper holds. */
export function shareLine(share: Share): string {
  return `words kept: ${String(share.keptWords)} of ${String(share.sourceWords)} in the source's main text (${percent(share.share)})`;
}

/** The message refusing a conversion that lost words or found none; undefined when it is complete. */
export function shareRefusal(file: string, share: Share, extension: string): string | undefined {
  if (share.sourceWords > 0 && share.share >= minimumShare) return undefined;
  const html = extension === '.html' || extension === '.htm';
  if (share.sourceWords === 0)
    return [
      `${file}: no text found; nothing was written.`,
      html
        ? '  Fix: the page may load its text with JavaScript; save it from the browser once it shows the text, or name the element that holds it with --selector "<css selector>".'
        : '  Fix: check that the file holds the paper’s text (not only images or a scanned page).',
    ].join('\n');
  const listed = share.missing.slice(0, 12).map((b) => {
    const text = words(b.text).slice(0, 12).join(' ');
    return `  ${file}:${b.where}: “${text}${words(b.text).length > 12 ? ' …' : ''}”`;
  });
  return [
    `${file}: the paper would keep only ${percent(share.share)} of the source's words (${String(share.keptWords)} of ${String(share.sourceWords)}; at least ${String(minimumShare * 100)} % is needed); nothing was written.`,
    ...(listed.length > 0 ? ['Left out:', ...listed] : []),
    ...(share.missing.length > 12 ? [`  … and ${String(share.missing.length - 12)} more block(s)`] : []),
    html
      ? '  Fix: name the element that holds the whole article with --selector "<css selector>" (for example --selector "main" or --selector "#content"), or save the page again once all of it shows.'
      : '  Fix: what is left out has no Glossa form yet; copy those passages into a supported form in the source (paragraphs, lists, tables, quotes), or import a Markdown or HTML version of it.',
  ].join('\n');
}

/** The message refusing a paper with no paragraph of its own text (only notes, lists or tables). */
export function proseRefusal(file: string, prose: boolean): string | undefined {
  if (prose) return undefined;
  return [
    `${file}: the text has no paragraph outside its notes, lists and tables; a Glossa paper numbers its paragraphs and needs at least one. Nothing was written.`,
    '  Fix: write the paragraph the notes belong to (or an introduction to the list or table) in the source, and import it again.',
  ].join('\n');
}
