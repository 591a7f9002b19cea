/**
 * Citation records as files for reference managers: BibTeX (biblatex or classic BibTeX), RIS
 * and CSL-JSON. Pure string building from the CSL-JSON records of `records.ts`.
 */
import type { CslDate, CslName, SiteItem } from './types.ts';
import { formatIssued } from '../site/dates.ts';

/** "biblatex" (`@online`, `@report`; ISO dates, `urldate`) or classic "bibtex" (`@misc`, `@techreport`). */
export type BibTeXVariant = 'biblatex' | 'bibtex';

const entryTypes: Record<BibTeXVariant, Record<SiteItem['type'], string>> = {
  biblatex: { 'entry-encyclopedia': 'online', webpage: 'online', report: 'report' },
  // Classic BibTeX has no type for web pages; @misc with howpublished is the usual stand-in.
  bibtex: { 'entry-encyclopedia': 'misc', webpage: 'misc', report: 'techreport' },
};

const texSpecials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

// Escapes the characters TeX treats as commands or markup; other text is written as UTF-8.
const escapeTeX = (text: string): string => text.replace(/[\\{}&%$#_~^]/g, (c) => texSpecials[c] ?? c);

// Braces around each capitalised word keep its capitals through BibTeX styles that lower-case
// titles, and through importers such as Better BibTeX, which treat braces around a whole title as
// a habit rather than a request and sentence-case it ("… for ukraine").
const protectCapitals = (text: string) =>
  escapeTeX(text).replace(/[\p{L}\p{N}'’-]*\p{Lu}[\p{L}\p{N}'’-]*/gu, '{$&}');

// `url` is a verbatim field: only braces and white space would break it.
const verbatimUrl = (url: string) => url.replace(/[{}\s]/g, (c) => encodeURIComponent(c));

// A literal (organisation) name is braced so that BibTeX does not split it into given and family.
const bibName = (name: CslName) =>
  'literal' in name ? `{${escapeTeX(name.literal)}}` : `${escapeTeX(name.family)}, ${escapeTeX(name.given)}`;

const pad = (n: number) => String(n).padStart(2, '0');

/** A CSL date as YYYY, YYYY-MM or YYYY-MM-DD. */
const isoDate = (date: CslDate) => {
  const [year = 0, month, day] = date['date-parts'][0];
  return [String(year), month && pad(month), day && pad(day)].filter(Boolean).join('-');
};

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// biblatex language ids (babel names) for the tags the site uses.
const langids: Record<string, string> = { 'en-GB': 'british', 'en-US': 'american', en: 'english' };

/** One BibTeX entry; the capitals of titles are protected, so no style or importer changes them. */
export function toBibTeX(item: SiteItem, key: string, variant: BibTeXVariant = 'biblatex'): string {
  if (!/^[\w:./-]+$/.test(key)) {
    throw new Error(`A BibTeX key may hold letters, digits and _:./- only; found "${key}".`);
  }
  const report = item.type === 'report';
  // [name, value, bare]: month macros (jan, feb, …) are written bare, everything else in braces.
  const fields: [string, string | undefined, boolean?][] = [
    ['author', item.author.map(bibName).join(' and ')],
    ['editor', item.editor?.map(bibName).join(' and ')],
    ['title', protectCapitals(item.title)],
  ];
  const text = (value: string | undefined) => (value === undefined ? undefined : escapeTeX(value));
  const accessed = item.accessed && `Accessed ${formatIssued({ issued: item.accessed })}`;
  const original =
    item['original-date'] && `Originally published ${formatIssued({ issued: item['original-date'] })}`;
  if (variant === 'biblatex') {
    const site = [item['container-title'], item.publisher].filter((s) => s !== undefined);
    fields.push(
      ['shorttitle', item['title-short'] && protectCapitals(item['title-short'])],
      [report ? 'type' : 'titleaddon', text(item.genre)],
      ['number', text(item.number)],
      [
        report ? 'institution' : 'organization',
        site.length > 0 ? site.map(escapeTeX).join(' and ') : undefined,
      ],
      ['location', text(item['publisher-place'])],
      ['date', isoDate(item.issued)],
      ['origdate', item['original-date'] && isoDate(item['original-date'])],
      ['url', verbatimUrl(item.URL)],
      ['urldate', item.accessed && isoDate(item.accessed)],
      ['langid', langids[item.language]],
    );
  } else {
    const [year = 0, month] = item.issued['date-parts'][0];
    // A style may put the field inside another command's argument, where \url needs % and #
    // escaped (the url and hyperref packages' rule).
    const url = `\\url{${verbatimUrl(item.URL).replace(/[%#]/g, '\\$&')}}`;
    const about = report ? [] : [item.genre, item['container-title']].filter((s) => s !== undefined);
    fields.push(
      ['type', report ? text(item.genre) : undefined],
      ['number', text(item.number)],
      ['institution', report ? text(item.publisher) : undefined],
      ['publisher', report ? undefined : text(item.publisher)],
      ['address', text(item['publisher-place'])],
      ['howpublished', report ? undefined : url],
      ['year', String(year)],
      ['month', month === undefined ? undefined : months[month - 1], true],
      [
        'note',
        [about.map(escapeTeX).join(', '), original, report ? url : undefined, accessed]
          .filter(Boolean)
          .join('. '),
      ],
    );
  }
  const body = fields
    .filter((f): f is [string, string, boolean?] => f[1] !== undefined && f[1] !== '')
    .map(([name, value, bare]) => `  ${name} = ${bare ? value : `{${value}}`},`);
  return `@${entryTypes[variant][item.type]}{${key},\n${body.join('\n')}\n}\n`;
}

const risTypes: Record<SiteItem['type'], string> = {
  'entry-encyclopedia': 'ENCYC',
  webpage: 'ELEC',
  report: 'RPRT',
};

const risDate = (date: CslDate) => {
  const [year = 0, month, day] = date['date-parts'][0];
  return `${String(year)}/${month ? pad(month) : ''}/${day ? pad(day) : ''}/`;
};

const risName = (name: CslName) => ('literal' in name ? name.literal : `${name.family}, ${name.given}`);

/**
 * One RIS record (CRLF line ends, ending "ER  - "). Tags follow the RIS specification as Zotero
 * reads it: T2 is the encyclopedia or website title, M3 the kind of report or page, SN the
 * report number, PB the publisher or institution, Y2 the access date.
 */
export function toRIS(item: SiteItem): string {
  const lines: [string, string | undefined][] = [
    ['TY', risTypes[item.type]],
    ...item.author.map((a): [string, string] => ['AU', risName(a)]),
    ...(item.editor ?? []).map((e): [string, string] => ['A2', risName(e)]),
    ['TI', item.title],
    ['ST', item['title-short']],
    ['T2', item['container-title']],
    ['M3', item.genre],
    ['SN', item.number],
    ['PB', item.publisher],
    ['CY', item['publisher-place']],
    ['PY', risDate(item.issued).split('/')[0]],
    ['DA', risDate(item.issued)],
    ['UR', item.URL],
    ['LA', item.language],
    ['Y2', item.accessed && risDate(item.accessed)],
  ];
  const body = lines
    .filter((l): l is [string, string] => l[1] !== undefined && l[1] !== '')
    .map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`);
  return [...body, 'ER  - '].join('\r\n') + '\r\n';
}

/** The records as a CSL-JSON file (an array of items), for Zotero, Pandoc and citeproc tools. */
export function toCslJson(items: readonly SiteItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

/** Body of a download file `<name><suffix>` for a record (the suffixes of `downloadFormats`). */
export function citationFile(item: SiteItem, suffix: string): string {
  const key = item.id.replace(/[^A-Za-z0-9-]/g, '');
  if (suffix === '-bibtex.bib') return toBibTeX(item, key, 'bibtex');
  if (suffix === '.bib') return toBibTeX(item, key, 'biblatex');
  if (suffix === '.ris') return toRIS(item);
  if (suffix === '.json') return toCslJson([item]);
  throw new Error(`No citation file format for "${suffix}".`);
}
