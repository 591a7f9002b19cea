/**
 * What "How to cite" shows for one work, in each offered style: the reference-list entry and the
 * forms a writer puts in the text (APA, MLA, Chicago author-date: the parenthetical citation;
 * Chicago notes and bibliography: the full note and the short note), and the pinpoint of a
 * numbered paragraph in every style. Each style's edition is part of its name.
 */
import { citationStyles, type CitationStyle, type CslStyleId, type Formatted } from './citeproc.ts';
// Through the build cache: a citation is formatted again only when its record, style or the code changes.
import { formatCitation, type CitationCall } from '../citations/cached.ts';
import { recordForStyle } from './style-records.ts';
import type { SiteItem } from './types.ts';

/**
 * The offered styles with the edition of the manual they follow: the edition each bundled CSL
 * style names (src/lib/citations/styles/manifest.json; tests/unit/citations-style-bundle.test.ts
 * keeps the two in step).
 */
export const styleNames: Record<CitationStyle, string> = {
  apa: 'APA (7th ed.)',
  'modern-language-association': 'MLA (9th ed.)',
  'chicago-author-date': 'Chicago (17th ed.), author-date',
  'chicago-note-bibliography': 'Chicago (17th ed.), notes and bibliography',
};

/** One form of a citation with its label ("In the text", "Full note", "Short note"). */
export interface CiteForm {
  label: string;
  value: Formatted;
}

/** One style's citation of a work. */
export interface StyleCitation {
  style: CitationStyle;
  /** The style's name with its edition. */
  name: string;
  /** What the style calls its list ("Reference list", "Works cited", "Bibliography"). */
  listName: string;
  /** The entry in that list. */
  reference: Formatted;
  /** The in-text citation, or the full and short notes. */
  forms: CiteForm[];
  /** Where Zotero, saving the page, renders this style differently and metadata cannot change it. */
  zotero?: string;
}

/**
 * What Zotero renders differently from the box when it saves the page (its Embedded Metadata item
 * through the same bundled styles; tests/site/check-zotero.ts finds every difference on a build and
 * fails on one not named here or on a note here about none). Only the record the page's tags
 * describe is saved: an entry, or a paper's original; an edition is cited from its box.
 */
const zoteroNotes: Partial<Record<SiteItem['type'], Partial<Record<CitationStyle, string>>>> = {
  'entry-encyclopedia': {
    'modern-language-association':
      'Zotero’s MLA keeps Glossa as author and adds the address of this site as its “library catalog”; MLA 9 starts with the title when the author is the publisher, as here.',
  },
  report: {
    'modern-language-association':
      'Zotero’s MLA writes “IDSS Paper, 039/2025” and adds the address of the page you saved it from; MLA 9 writes the number as “IDSS Paper 039/2025”, as here.',
    'chicago-note-bibliography':
      'Zotero’s Chicago notes style leaves out the paper’s number (039/2025), which Zotero’s report type cannot pass to it; add it after “IDSS Paper”, as here.',
  },
};

// Short names for the one-line pinpoints under a paragraph.
const shortNames: Record<CitationStyle, string> = {
  apa: 'APA',
  'modern-language-association': 'MLA',
  'chicago-author-date': 'Chicago author-date',
  'chicago-note-bibliography': 'Chicago note',
};

const listNames: Record<CitationStyle, string> = {
  apa: 'Reference list',
  'modern-language-association': 'Works cited',
  'chicago-author-date': 'Reference list',
  'chicago-note-bibliography': 'Bibliography',
};

/** The record of `item` that `style` formats, as a call to the formatter. */
const styleCall = (item: SiteItem, style: CslStyleId): CitationCall => ({
  item: recordForStyle(item, style),
  style,
});

const format = ({ item, style, locator }: CitationCall) => formatCitation(item, style, locator);

/**
 * The citations `styleCitations(item)` formats: each offered style's, and Chicago's full note.
 * Given to `prefetchCitations` first, they are made on the citation threads.
 */
export const styleRequests = (item: SiteItem): CitationCall[] => [
  ...citationStyles.map((style) => styleCall(item, style)),
  styleCall(item, 'chicago-fullnote-bibliography'),
];

/** Every offered style's citation of `item`. */
export function styleCitations(item: SiteItem): StyleCitation[] {
  return citationStyles.map((style) => {
    const { reference, cite } = format(styleCall(item, style));
    const forms: CiteForm[] =
      style === 'chicago-note-bibliography'
        ? [
            {
              label: 'Full note',
              value: format(styleCall(item, 'chicago-fullnote-bibliography')).cite,
            },
            { label: 'Short note', value: cite },
          ]
        : [{ label: 'In the text', value: cite }];
    const zotero = zoteroNotes[item.type]?.[style];
    return {
      style,
      name: styleNames[style],
      listName: listNames[style],
      reference,
      forms,
      ...(zotero ? { zotero } : {}),
    };
  });
}

const insertBeforeClose = (cite: string, pin: string): string => {
  // MLA puts the comma inside closing quotation marks: (“Everyday Victims,” par. 45).
  if (cite.endsWith('”)')) return `${cite.slice(0, -2)},” ${pin})`;
  return cite.endsWith(')') ? `${cite.slice(0, -1)}, ${pin})` : `${cite} ${pin}`;
};

/**
 * The call that gives paragraph `n`'s pinpoint in `style`: APA 7 and CMOS 17 "para. 7" (through
 * the styles' paragraph locator); MLA 9 "par. 7" after a comma, for a source that numbers its
 * paragraphs. The bundled MLA style would print "para.7", so MLA's is the citation without a
 * locator, with the pinpoint added by `paragraphCitations`.
 */
function paragraphCall(item: SiteItem, style: CitationStyle, n: number | string): CitationCall {
  const record = recordForStyle(item, style);
  return style === 'modern-language-association'
    ? { item: record, style }
    : { item: record, style, locator: { label: 'paragraph', value: String(n) } };
}

/** The citations `paragraphCitations(item, n)` formats (for `prefetchCitations`). */
export const paragraphRequests = (item: SiteItem, n: number | string): CitationCall[] =>
  citationStyles.map((style) => paragraphCall(item, style, n));

/** The pinpoint of paragraph `n` in each style (see `paragraphCall`). */
export function paragraphCitations(
  item: SiteItem,
  n: number | string,
): { style: CitationStyle; name: string; text: string }[] {
  return citationStyles.map((style) => {
    const text = format(paragraphCall(item, style, n)).cite.text;
    return {
      style,
      name: shortNames[style],
      text: style === 'modern-language-association' ? insertBeforeClose(text, `par. ${String(n)}`) : text,
    };
  });
}
