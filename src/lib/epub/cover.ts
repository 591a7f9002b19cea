/**
 * The cover, drawn from the title page's words as SVG (no image is fetched or embedded): the
 * series line, the title set in lines of at most ~18 characters, the authors and the edition.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { escapeXml } from './xhtml.ts';
import type { BookRecord } from './types.ts';

/** What the cover says. */
export interface CoverText {
  kicker: string;
  title: string;
  authors: string;
  edition: string;
}

/** Breaks `text` into lines of at most `width` characters, at spaces. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The cover as an SVG document (600 × 900), with its title for assistive technology. */
export function coverSvg(c: CoverText): string {
  const title = wrapWords(c.title, 18);
  const lines = title.map(
    (line, i) =>
      `    <text x="60" y="${String(300 + i * 64)}" font-size="54" font-weight="700">${escapeXml(line)}</text>`,
  );
  const after = 300 + title.length * 64 + 40;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 600 900" width="600" height="900" role="img" aria-labelledby="cover-title">
  <title id="cover-title">${escapeXml(`${c.title}, by ${c.authors}. ${c.edition}.`)}</title>
  <rect width="600" height="900" fill="#f7f3ea"/>
  <rect x="40" y="40" width="520" height="820" fill="none" stroke="#7a2e1f" stroke-width="3"/>
  <g font-family="'Source Serif 4', Georgia, serif" fill="#1d1a16">
    <text x="60" y="130" font-size="22" fill="#7a2e1f">${escapeXml(c.kicker)}</text>
${lines.join('\n')}
    <text x="60" y="${String(after)}" font-size="30">${escapeXml(c.authors)}</text>
    <text x="60" y="820" font-size="22" fill="#5b554c">${escapeXml(c.edition)}</text>
  </g>
</svg>
`;
}

/** What the cover of `book` says. */
export const coverText = (book: BookRecord): CoverText => ({
  kicker: book.kicker,
  title: book.title,
  authors: book.creators.map((c) => c.name).join(', '),
  edition: `Annotated edition, ${book.publisher}`,
});

/** The cover page: the cover image, described by its words. */
export const coverBody = (c: CoverText, src: string): ElementContent[] => [
  h('section', { className: ['g-cover'], 'epub:type': 'cover' }, [
    h('img', { src, alt: `Cover: ${c.title}, by ${c.authors}. ${c.edition}.` }),
  ]),
];
