/**
 * What the e-book must hold of the paper page, checked on the built files: every paragraph of the
 * page's text in the book, in the same order and word for word; every marked term a link to its
 * definition inside the book (a glossary or who's-who entry that exists and gives the short
 * definition the page's card gives); every editor's note an EPUB footnote with its reference.
 * Pure: the page's HTML and the book's documents in, a list of problems out.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';

const classes = (node: Element): string[] => {
  const c = node.properties['className'];
  return Array.isArray(c) ? c.map(String) : [];
};
const epubType = (node: Element): string =>
  String(node.properties['epub:type'] ?? node.properties['epubType'] ?? '');
const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The text of `node` without the elements `skip` names (numbers and labels the book adds). */
function textWithout(node: Element, skip: (e: Element) => boolean): string {
  const copy = structuredClone(node);
  const prune = (e: Element): void => {
    e.children = e.children.filter((c) => c.type !== 'element' || !skip(c));
    for (const c of e.children) if (c.type === 'element') prune(c);
  };
  prune(copy);
  return words(toString(copy));
}

/** Paragraphs of a tree, outside notes, with their nearest ancestors' classes available. */
function paragraphs(tree: Root | Element, inside: (ancestors: Element[]) => boolean): Element[] {
  const found: Element[] = [];
  visitParents(tree, 'element', (node, ancestors) => {
    const elements = ancestors.filter((a): a is Element => a.type === 'element');
    if (node.tagName === 'p' && inside(elements)) found.push(node);
  });
  return found;
}

const isNote = (e: Element): boolean => classes(e).includes('g-note') || epubType(e).includes('footnote');
const isBookOnly = (e: Element): boolean =>
  ['g-pnum', 'g-note__ref', 'g-note__label'].some((c) => classes(e).includes(c));

/** What was compared: the page's paragraphs, marked terms and notes. */
export interface Checked {
  paragraphs: number;
  terms: number;
  notes: number;
}

/** Problems with the book's copy of the paper page's text, marks and notes (empty when none). */
export function bookProblems(
  pageHtml: string,
  book: ReadonlyMap<string, string>,
  checked?: Checked,
): string[] {
  const problems: string[] = [];
  const page = fromHtml(pageHtml);
  const [body] = selectAll('.g-paper__body', page);
  const paperDoc = book.get('paper.xhtml');
  if (!body || !paperDoc) return ['the page has no .g-paper__body or the book no paper.xhtml'];
  const paper = fromHtml(paperDoc);
  const docs = new Map([...book].map(([name, text]) => [name, fromHtml(text)]));

  // 1. Paragraphs: the page's text (outside notes and the pinpoint boxes) in order, word for word.
  // A numbered paragraph's pinpoint box (Paragraph.astro: a hidden div.g-pin after it) is the
  // page's tool, not the paper's text.
  const isPin = (e: Element) => classes(e).includes('g-pin');
  const pageParas = paragraphs(body, (a) => !a.some(isNote) && !a.some(isPin)).filter((p) => !isPin(p));
  const bookParas = paragraphs(
    paper,
    (a) => !a.some(isNote) && !a.some((e) => ['header', 'footer'].includes(e.tagName)),
  );
  const pageText = pageParas.map((p) => textWithout(p, isBookOnly));
  const bookText = bookParas.map((p) => textWithout(p, isBookOnly));
  pageText.forEach((text, i) => {
    if (bookText[i] !== text)
      problems.push(
        `paragraph ${String(i + 1)} of the page differs in the book: "${text.slice(0, 60)}…" / "${(bookText[i] ?? '(none)').slice(0, 60)}…"`,
      );
  });
  if (bookText.length !== pageText.length)
    problems.push(`the page has ${String(pageText.length)} paragraphs, the book ${String(bookText.length)}`);
  for (const p of selectAll('p.g-para', body)) {
    const id = String(p.properties['id']);
    const [twin] = selectAll(`p#${id} > .g-pnum`, paper);
    if (!twin || toString(twin) !== id.slice(1))
      problems.push(`paragraph ${id} has no number ${id.slice(1)} in the book`);
  }

  // 2. Marked terms: each a link into the book, to an entry that gives the page's definition.
  const pageTerms = selectAll('a.g-term__link', body);
  const bookTerms = selectAll('a.g-term__link', paper);
  if (bookTerms.length !== pageTerms.length)
    problems.push(
      `the page marks ${String(pageTerms.length)} terms, the book links ${String(bookTerms.length)}`,
    );
  for (const [i, term] of pageTerms.entries()) {
    const link = bookTerms[i];
    const href = String(link?.properties['href'] ?? '');
    const [file = '', id = ''] = href.split('#');
    const target = docs.get(file);
    const [dt] = target && id ? selectAll(`dt#${id}`, target) : [];
    const label = `term ${String(i + 1)} "${toString(term)}"`;
    if (!link || toString(link) !== toString(term)) {
      problems.push(`${label} is not linked in the book`);
      continue;
    }
    if (!dt) {
      problems.push(`${label} links to ${href}, which is not an entry in the book`);
      continue;
    }
    if (file === 'glossary.xhtml' && epubType(link) !== 'glossref')
      problems.push(`${label} is not a glossref`);
    const dd = target ? selectAll(`dt#${id} + dd`, target)[0] : undefined;
    const short = words(
      String(term.properties['ariaDescription'] ?? term.properties['aria-description'] ?? ''),
    );
    if (!dd || !words(toString(dd)).includes(short))
      problems.push(`${label}: its entry lacks the definition "${short}"`);
  }

  // 3. Notes: each an aside epub:type="footnote" with the same id and words, and a noteref to it.
  for (const note of selectAll('.g-note', body)) {
    const id = String(note.properties['id']);
    const aside = selectAll(`aside#${id}`, paper)[0];
    if (!aside || !epubType(aside).includes('footnote')) {
      problems.push(`note ${id} is not a footnote in the book`);
      continue;
    }
    if (textWithout(aside, isBookOnly) !== words(toString(note)))
      problems.push(`note ${id} differs in the book`);
    const refs = selectAll(`a[href="#${id}"]`, paper).filter((a) => epubType(a) === 'noteref');
    const pageRefs = selectAll(`a.g-note__ref[href="#${id}"]`, body);
    if (refs.length !== pageRefs.length)
      problems.push(
        `note ${id} has ${String(pageRefs.length)} references on the page, ${String(refs.length)} noterefs in the book`,
      );
  }
  if (checked) {
    checked.paragraphs += pageText.length;
    checked.terms += pageTerms.length;
    checked.notes += selectAll('.g-note', body).length;
  }
  return problems;
}
