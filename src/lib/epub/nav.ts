/** The navigation document: the table of contents (the paper's sections nested) and landmarks. */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { SectionFact } from '../paper/facts.ts';

/** One line of the table of contents. */
export interface TocEntry {
  title: string;
  href: string;
  children?: TocEntry[];
}

const list = (entries: readonly TocEntry[]): ElementContent =>
  h(
    'ol',
    entries.map((e) =>
      h('li', [h('a', { href: e.href }, e.title), ...(e.children?.length ? [list(e.children)] : [])]),
    ),
  );

/** The paper's h2 sections, each with its h3 subsections, as lines under `file`. */
export function sectionEntries(sections: readonly SectionFact[], file: string): TocEntry[] {
  const top: TocEntry[] = [];
  for (const s of sections) {
    const entry: TocEntry = { title: s.title, href: `${file}#${s.anchor}` };
    const parent = top.at(-1);
    if (s.depth > 2 && parent) (parent.children ??= []).push(entry);
    else top.push(entry);
  }
  return top;
}

/** The body of the navigation document. */
export function navBody(
  toc: readonly TocEntry[],
  landmarks: readonly (TocEntry & { type: string })[],
): ElementContent[] {
  return [
    h('nav', { 'epub:type': 'toc', role: 'doc-toc', id: 'toc', 'aria-labelledby': 'toc-title' }, [
      h('h1', { id: 'toc-title' }, 'Contents'),
      list(toc),
    ]),
    h('nav', { 'epub:type': 'landmarks', id: 'landmarks', hidden: true, 'aria-label': 'Landmarks' }, [
      h(
        'ol',
        landmarks.map((l) => h('li', [h('a', { 'epub:type': l.type, href: l.href }, l.title)])),
      ),
    ]),
  ];
}
