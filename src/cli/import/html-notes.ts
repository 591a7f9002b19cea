/**
 * Rewrites an article's HTML before it becomes Markdown: footnote and endnote references (and
 * Distill's `<d-footnote>`) become `<span data-glossa-note>` holding the note's text where the
 * reference stands (a span survives the extractor; it becomes `<Note>` later), figures become
 * `<glossa-figure credit>` holding the caption, and what has no Glossa form (media, formulas,
 * images without a caption) becomes `<glossa-todo>` with its place in the source.
 */
import type { Element, ElementContent, Root } from 'hast';
import { matches, select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { parentsOf } from './article-body.ts';
import { creditLabel } from './mdx-nodes.ts';
import type { Unconverted } from './types.ts';

/** Says where an element stands in the source. */
export type Locate = (el: Element) => string;

const noteId = /fn|foot|endnote|note/i;
const backlink = 'a[role=doc-backlink], a[class*=back], a[class*=return], .mw-cite-backlink';

/** The note's text as inline content: its paragraphs joined, its back-links removed. */
function noteContent(target: Element, refId: string | undefined): ElementContent[] {
  const isBack = (c: ElementContent) =>
    c.type === 'element' &&
    (matches(backlink, c) ||
      (c.tagName === 'a' &&
        ((refId !== undefined && c.properties['href'] === `#${refId}`) ||
          /^[↩↑^]\uFE0E?$/.test(toString(c).trim()))));
  const strip = (nodes: ElementContent[]): ElementContent[] =>
    nodes
      .filter((c) => !isBack(c))
      .map((c) => (c.type === 'element' ? { ...c, children: strip(c.children) } : c));
  const blocks = strip(target.children).filter((c) => c.type !== 'text' || c.value.trim() !== '');
  const parts: ElementContent[] = [];
  for (const block of blocks) {
    const inline = block.type === 'element' && /^(p|div)$/.test(block.tagName) ? block.children : [block];
    if (parts.length > 0) parts.push({ type: 'text', value: ' ' });
    parts.push(...inline);
  }
  const first = parts[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = parts.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return parts;
}

/** Inlines footnotes/endnotes referenced from `body`; the notes list is removed. Returns how many. */
export function inlineNotes(doc: Root, body: Element | Root): number {
  const parents = parentsOf(doc);
  const byId = new Map(selectAll('[id]', doc).map((el) => [String(el.properties['id']), el]));
  let count = 0;
  const emptied = new Set<Element | Root>();
  for (const a of selectAll('a[href^="#"]', body)) {
    const id = String(a.properties['href']).slice(1);
    const target = byId.get(decodeURIComponent(id));
    const refId = a.properties['id'] === undefined ? undefined : String(a.properties['id']);
    const up = parents.get(a);
    const inSup = up?.type === 'element' && up.tagName === 'sup';
    const isRef =
      a.properties['role'] === 'doc-noteref' ||
      inSup ||
      (refId !== undefined && select(`a[href="#${refId}"]`, target ?? h()) !== undefined);
    if (
      !target ||
      !isRef ||
      !(
        target.tagName === 'li' ||
        noteId.test(id) ||
        matches('[role~=doc-footnote], [role~=doc-endnote]', target)
      )
    )
      continue;
    const note = h('span', { dataGlossaNote: '' }, noteContent(target, refId));
    const replaced = inSup && up.children.length === 1 ? up : a;
    const holder = parents.get(replaced);
    if (!holder) continue;
    holder.children.splice(holder.children.indexOf(replaced), 1, note);
    const list = parents.get(target);
    if (list) {
      list.children.splice(list.children.indexOf(target), 1);
      emptied.add(list);
    }
    count += 1;
  }
  // A notes list left empty goes, with its "Notes" heading and a section that held only it.
  for (const list of emptied) {
    if (list.children.some((c) => c.type === 'element')) continue;
    let gone: Element | Root = list;
    let holder = parents.get(list as ElementContent);
    while (holder && holder.type === 'element' && toString(holder).trim() === '') {
      gone = holder;
      holder = parents.get(holder);
    }
    if (!holder) continue;
    const at = holder.children.indexOf(gone as ElementContent);
    const before = holder.children
      .slice(0, at)
      .filter((c) => c.type === 'element')
      .at(-1);
    holder.children.splice(at, 1);
    if (
      before &&
      /^h[1-6]$/.test(before.tagName) &&
      /^((foot|end)?notes?|references|citations|sources)$/i.test(toString(before).trim())
    )
      holder.children.splice(holder.children.indexOf(before), 1);
  }
  // Distill's <d-footnote> holds its note where it stands.
  for (const d of selectAll('d-footnote', body)) {
    d.tagName = 'span';
    d.properties = { dataGlossaNote: '' };
    d.children = noteContent(d, undefined);
    count += 1;
  }
  return count;
}

/** Elements with no Glossa form; each becomes a TODO line. */
const unsupported: Record<string, string> = {
  video: 'a video: Glossa papers hold text; describe it, or delete this line',
  audio: 'an audio clip: describe it, or delete this line',
  iframe: 'an embedded frame: describe it, or delete this line',
  object: 'an embedded object: describe it, or delete this line',
  embed: 'an embedded object: describe it, or delete this line',
  canvas: 'a canvas drawing: describe it, or delete this line',
  svg: 'an inline SVG drawing: describe it, or delete this line',
  math: 'a formula (MathML): write it out, or delete this line',
};

/** Figures to caption and credit; tables, media and captionless images to TODO lines. */
export function blocks(body: Element, locate: Locate, unconverted: Unconverted[], remarks: string[]): void {
  const todo = (el: Element, what: string): Element => {
    const where = locate(el);
    unconverted.push({ where, what });
    return h('glossa-todo', { where, what });
  };
  const walk = (node: Element) => {
    node.children = node.children.map((c, i): ElementContent => {
      if (c.type !== 'element') return c;
      const next = node.children.slice(i + 1).find((n) => n.type === 'element');
      const caption =
        c.tagName === 'figure'
          ? select('figcaption', c)
          : select('img', c) &&
              toString(c).trim() === '' &&
              next &&
              matches('.caption, [class*=caption]', next)
            ? next
            : undefined;
      if (caption) {
        const img = select('img', c);
        const src = String(img?.properties['src'] ?? '');
        if (src && !/^(https?:|data:)/.test(src)) {
          const what =
            src === 'word-embedded-image' ? 'the image embedded in the Word file' : `the local image ${src}`;
          remarks.push(
            `${what} (${locate(c)}) is not copied: Glossa has no image component; its caption and credit are kept`,
          );
        }
        if (caption !== c && caption === next) next.properties['data-glossa-used'] = true;
        return figure(caption);
      }
      if (c.properties['data-glossa-used']) return h('glossa-skip');
      if (c.tagName === 'img')
        return todo(
          c,
          `an image without a caption (${String(c.properties['src'] ?? '')}); write its caption and credit, or delete this line`,
        );
      if (c.tagName === 'table') {
        if (headerFromFirstRow(c))
          remarks.push(`the table at ${locate(c)} marks no header row: its first row is read as the header`);
        return tableWithCaption(c);
      }
      const what = unsupported[c.tagName];
      if (what) return todo(c, what);
      walk(c);
      return c;
    });
  };
  walk(body);
}

/** A caption element to `<glossa-figure credit>`: the credit is the part introduced by "Image source:", "Credit:"… */
function figure(caption: Element): Element {
  const credited = select('[class*=credit], small, cite', caption);
  const text = toString(caption);
  let creditText = credited ? toString(credited) : '';
  let children = caption.children.filter((c) => c !== credited);
  if (!credited) {
    const m =
      /(?:^|\s)((?:image source|source|credit|credits|photo(?:graph)?(?: credit)?|picture)\s*:.*)$/is.exec(
        text,
      );
    creditText = m?.[1] ?? '';
    children = m
      ? [{ type: 'text', value: text.slice(0, text.length - creditText.length).trim() }]
      : caption.children;
  }
  const credit =
    creditText.replace(creditLabel, '').replace(/\s+/g, ' ').trim() ||
    'TODO: the image credit as printed with the original';
  return h('glossa-figure', { credit }, children);
}

/**
 * A Markdown table always has a header row; a table without `<th>` would get an empty one, which a
 * screen reader announces as blank headers. Its first row becomes the header instead.
 */
function headerFromFirstRow(table: Element): boolean {
  if (select('th', table)) return false;
  const first = select('tr', table);
  if (!first) return false;
  for (const cell of first.children)
    if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
  return true;
}

/** A table's caption (which Markdown tables lack) becomes a paragraph above it. */
function tableWithCaption(table: Element): Element {
  const caption = select('caption', table);
  if (!caption) return table;
  table.children = table.children.filter((c) => c !== caption);
  return h('div', [h('p', caption.children), table]);
}
