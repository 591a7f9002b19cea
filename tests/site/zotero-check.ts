/**
 * For one built page: the item Zotero saves from its tags (src/lib/citations/zotero.ts), rendered
 * with the bundled styles, against the page's "How to cite" box, per style. A difference is
 * accepted only when the box names it beside the citation (`.g-cite__zotero`), and a note that
 * names a difference that no longer occurs is reported too.
 */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { citationStyles, formatCitation } from '../../src/lib/citations/citeproc.ts';
import { embeddedMetadataItem, zoteroToCsl, type ZoteroItem } from '../../src/lib/citations/zotero.ts';

/** One style's comparison on one page. */
export interface StyleCheck {
  style: string;
  box: string;
  zotero: string;
  /** The note beside the box about Zotero, if any. */
  note: string | undefined;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The tags, the item Zotero saves and each style's box and Zotero rendering; undefined for a page without citation tags. */
export function checkPage(
  html: string,
  pageUrl: string,
): { item: ZoteroItem; styles: StyleCheck[] } | undefined {
  const tree = fromHtml(html);
  const tags = selectAll('meta[name][content]', tree).map((m) => ({
    name: String(m.properties['name']),
    content: String(m.properties['content']),
  }));
  if (!tags.some((t) => t.name === 'citation_title')) return undefined;
  const item = embeddedMetadataItem(tags, pageUrl);
  const csl = zoteroToCsl(item);
  // The tags describe the first record of the box (an entry, or a paper's original).
  const record = select('.g-cite__record', tree);
  const styles = citationStyles.map((style) => {
    const panel = record && select(`.g-cite__panel[data-style="${style}"]`, record);
    const ref = panel && select('.g-cite__ref', panel);
    const note = panel && select('.g-cite__zotero', panel);
    return {
      style,
      box: ref ? clean(toString(ref)) : '',
      zotero: clean(formatCitation(csl, style).reference.text),
      note: note ? clean(toString(note)) : undefined,
    };
  });
  return { item, styles };
}

/** The problems of one page: a difference the box does not name, or a note about none. */
export function pageProblems(path: string, styles: readonly StyleCheck[]): string[] {
  return styles.flatMap((s) => {
    if (s.box === s.zotero && s.note !== undefined)
      return [`${path} ${s.style}: the box says "${s.note}", but Zotero renders what the box shows.`];
    if (s.box !== s.zotero && s.note === undefined)
      return [`${path} ${s.style}: Zotero renders\n    ${s.zotero}\n  the box shows\n    ${s.box}`];
    return [];
  });
}
