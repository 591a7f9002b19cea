/**
 * Citation records as files for reference managers: BibTeX (biblatex or classic BibTeX), RIS
 * and CSL-JSON. Pure string building from the CSL-JSON records of `records.ts`.
 */
import type { CslDate, CslName, SiteItem } from './types.ts';
import { formatIssued } from '../site/dates.ts';

/** "biblatex" (`@inreference`, `@online`, `@report`; ISO dates) or classic "bibtex" (`@misc`, `@techreport`). */
export type BibTeXVariant = 'biblatex' | 'bibtex';

const entryTypes: Record<BibTeXVariant, Record<SiteItem['type'], string>> = {
  // An entry in a reference work: biblatex's own type, with the work as `booktitle` ("In: Glossa");
  // Zotero imports it as an encyclopedia article with the site as encyclopedia title.
  biblatex: { 'entry-encyclopedia': 'inreference', webpage: 'online', report: 'report' },
  // Classic BibTeX has no type for reference entries or web pages. An entry is @incollection with
  // the site as booktitle, which Zotero imports as a book section "In Glossa" (plain.bst prints
  // "In Glossa" too); a web page is @misc with howpublished, the usual stand-in.
  bibtex: { 'entry-encyclopedia': 'incollection', webpage: 'misc', report: 'techreport' },
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

/** A field: [name, value, bare]. Month macros are written bare (`nov # "~26,"`), the rest in braces. */
type Field = [string, string | undefined, boolean?];

// biblatex: ISO dates; the site is `booktitle` of a reference entry and `titleaddon` of a web
// page (where Zotero's own biblatex export puts a website title; `organization` would name a
// publisher). biber's data model requires an editor of an @inreference (the reference work's
// editors, or the site as a group while it names none) and has no `type` for @online: a web
// page's genre goes into `addendum`, with the original date in words, since importers drop
// `origdate`.
function biblatexFields(item: SiteItem, text: (v: string | undefined) => string | undefined): Field[] {
  const report = item.type === 'report';
  const original = item['original-date'];
  const reference = item.type === 'entry-encyclopedia';
  const webpage = item.type === 'webpage';
  const addendum = [
    webpage ? item.genre : undefined,
    original &&
      `${webpage && item.genre ? 'originally' : 'Originally'} published ${formatIssued({ issued: original })}`,
  ].filter(Boolean);
  return [
    ['editor', reference && !item.editor ? item.author.map(bibName).join(' and ') : undefined],
    ['shorttitle', item['title-short'] && protectCapitals(item['title-short'])],
    ['booktitle', reference ? text(item['container-title']) : undefined],
    ['titleaddon', webpage ? text(item['container-title']) : undefined],
    ['type', webpage ? undefined : text(item.genre)],
    ['number', text(item.number)],
    [report ? 'institution' : 'publisher', text(item.publisher)],
    ['location', text(item['publisher-place'])],
    ['date', isoDate(item.issued)],
    ['origdate', original && isoDate(original)],
    ['url', verbatimUrl(item.URL)],
    ['addendum', addendum.length > 0 ? text(addendum.join('; ')) : undefined],
    ['abstract', text(item.abstract)],
    ['langid', langids[item.language]],
  ];
}

// Classic BibTeX: standard styles print neither `url` nor a day, so the day rides in the month
// (`nov # "~26,"`, which plain.bst prints "November 26, 2026" and Zotero imports as 2026-11-26),
// the site and the address in `howpublished` (plain prints it), and the version or the
// original date in `note`. `url` stays for natbib styles and importers.
function classicFields(item: SiteItem, text: (v: string | undefined) => string | undefined): Field[] {
  const report = item.type === 'report';
  const [year = 0, month, day] = item.issued['date-parts'][0];
  // A style may put the field inside another command's argument, where \url needs % and #
  // escaped (the url and hyperref packages' rule).
  const url = `\\url{${verbatimUrl(item.URL).replace(/[%#]/g, '\\$&')}}`;
  const monthMacro = month === undefined ? undefined : months[month - 1];
  const original = item['original-date'];
  const site = item['container-title'] ?? '';
  // Plain text, not \emph: Zotero keeps howpublished in Extra, where TeX commands come out mangled.
  const where = item.genre ? `${item.genre} in ${site}` : `In ${site}`;
  const reference = item.type === 'entry-encyclopedia';
  const tied = (date: CslDate) => formatIssued({ issued: date }).replace(/ /g, '~');
  // apalike and other author-year styles print the year only: the note keeps the day.
  // An @incollection prints no howpublished: its note carries the address after the version.
  const note = report
    ? url
    : [
        `Version of ${tied(item.issued)}`,
        original && `originally published ${tied(original)}`,
        reference && url,
      ]
        .filter(Boolean)
        .join('; ');
  return [
    ['booktitle', reference ? text(site) : undefined],
    ['type', report && item.genre ? protectCapitals(item.genre) : undefined],
    ['number', text(item.number)],
    [report ? 'institution' : 'publisher', text(item.publisher)],
    ['address', text(item['publisher-place'])],
    ['howpublished', report || reference ? undefined : `${escapeTeX(where)}, ${url}`],
    ['year', String(year)],
    ['month', monthMacro && (day === undefined ? monthMacro : `${monthMacro} # "~${String(day)},"`), true],
    ['url', verbatimUrl(item.URL)],
    ['note', note],
  ];
}

/** One BibTeX entry; the capitals of titles are protected, so no style or importer changes them. */
export function toBibTeX(item: SiteItem, key: string, variant: BibTeXVariant = 'biblatex'): string {
  if (!/^[\w:./-]+$/.test(key)) {
    throw new Error(`A BibTeX key may hold letters, digits and _:./- only; found "${key}".`);
  }
  const text = (value: string | undefined) => (value === undefined ? undefined : escapeTeX(value));
  const fields: Field[] = [
    ['author', item.author.map(bibName).join(' and ')],
    ['editor', item.editor?.map(bibName).join(' and ')],
    ['title', protectCapitals(item.title)],
    ...(variant === 'biblatex' ? biblatexFields(item, text) : classicFields(item, text)),
  ];
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
 * report number, PB the publisher or institution, CY its place, AB the abstract. M2 carries the
 * edition's original date as "original-date: …", which Zotero keeps in Extra and citeproc reads
 * as the variable. No Y2: an access date is the reader's, not the build's.
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
    ['M2', item['original-date'] && `original-date: ${isoDate(item['original-date'])}`],
    ['AB', item.abstract],
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

/** The download files offered for each record, by file name suffix. */
export const downloadFormats = [
  { suffix: '.bib', label: 'biblatex', type: 'application/x-bibtex; charset=utf-8' },
  { suffix: '-bibtex.bib', label: 'BibTeX (classic)', type: 'application/x-bibtex; charset=utf-8' },
  { suffix: '.ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  { suffix: '.json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
] as const;

/** Body of a download file `<name><suffix>` for a record (the suffixes of `downloadFormats`). */
export function citationFile(item: SiteItem, suffix: string): string {
  const key = item.id.replace(/[^A-Za-z0-9-]/g, '');
  if (suffix === '-bibtex.bib') return toBibTeX(item, key, 'bibtex');
  if (suffix === '.bib') return toBibTeX(item, key, 'biblatex');
  if (suffix === '.ris') return toRIS(item);
  if (suffix === '.json') return toCslJson([item]);
  throw new Error(`No citation file format for "${suffix}".`);
}
