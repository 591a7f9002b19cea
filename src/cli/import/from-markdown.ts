/**
 * Markdown and plain text to the common tree. A Markdown front-matter block gives the record;
 * GFM footnotes become inline `<Note>`s. Plain text is read as Markdown (a paragraph of plain text
 * is a Markdown paragraph) after line-end hyphenation is repaired.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { emptyMeta, isoDate, splitName, type Imported, type PaperMeta } from './types.ts';
import { noteElement, todoParagraph } from './mdx-nodes.ts';

/**
 * Joins words hyphenated at a line end ("defen-\nce" → "defence"). A compound that the text
 * also writes with its hyphen elsewhere ("like-minded") keeps the hyphen.
 */
export function repairHyphenation(text: string): string {
  return text.replace(/(\p{L}+)-[ \t]*\r?\n[ \t]*(\p{Ll}+)/gu, (_all, a: string, b: string) => {
    const compound = `${a}-${b}`.toLowerCase();
    const elsewhere = text.toLowerCase().split(compound).length > 1;
    return elsewhere ? `${a}-${b}` : `${a}${b}`;
  });
}

/** Front-matter keys people use, by the field of the record they mean. */
const keys: Record<string, readonly string[]> = {
  title: ['title'],
  genre: ['genre', 'type'],
  series: ['series', 'collection'],
  number: ['number', 'no'],
  issued: ['issued', 'date', 'published'],
  publisher: ['publisher'],
  publisherPlace: ['publisherPlace', 'place', 'location'],
  url: ['url', 'link', 'canonical', 'source'],
  language: ['language', 'lang'],
  rights: ['rights', 'copyright', 'license', 'licence'],
  disclaimer: ['disclaimer'],
};

/** The record from a parsed front-matter object. */
function metaFromFrontmatter(data: Record<string, unknown>): PaperMeta {
  const meta = emptyMeta();
  const text = (field: string): string | undefined => {
    for (const key of keys[field] ?? []) {
      const value = data[key];
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
    }
    return undefined;
  };
  meta.title = text('title');
  meta.genre = text('genre');
  meta.series = text('series');
  meta.number = text('number');
  meta.issued = isoDate(text('issued'));
  meta.publisher = text('publisher');
  meta.publisherPlace = text('publisherPlace');
  meta.url = text('url');
  meta.language = text('language');
  meta.rights = text('rights');
  meta.disclaimer = text('disclaimer');
  const authors = data['authors'] ?? data['author'];
  for (const a of Array.isArray(authors) ? authors : authors === undefined ? [] : [authors]) {
    if (typeof a === 'string') meta.authors.push(...a.split(/\s*;\s*|\s+and\s+/).map(splitName));
    else if (a && typeof a === 'object' && 'family' in a && 'given' in a)
      meta.authors.push({ family: String(a.family), given: String(a.given) });
  }
  return meta;
}

/** Footnote references become `<Note>` elements holding the definition's text, in place. */
function inlineFootnotes(tree: Root): void {
  const definitions = new Map<string, PhrasingContent[]>();
  tree.children = tree.children.filter((node: RootContent) => {
    if (node.type !== 'footnoteDefinition') return true;
    const parts: PhrasingContent[] = [];
    for (const block of node.children) {
      if (block.type !== 'paragraph') continue;
      if (parts.length > 0) parts.push({ type: 'text', value: ' ' });
      parts.push(...block.children);
    }
    definitions.set(node.identifier, parts);
    return false;
  });
  visit(tree, 'footnoteReference', (node, index, parent) => {
    if (!parent || index === undefined) return;
    parent.children[index] = noteElement(definitions.get(node.identifier) ?? []);
    return SKIP;
  });
}

/** Parses Markdown (`.md`) or plain text (`.txt`) into the common shape. */
export function fromMarkdown(source: string, kind: 'md' | 'txt'): Imported {
  const text = kind === 'txt' ? repairHyphenation(source) : source;
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
  const tree = processor.runSync(processor.parse(text)) as Root;
  let meta = emptyMeta();
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    const data: unknown = parseYaml(first.value);
    if (data && typeof data === 'object') meta = metaFromFrontmatter(data as Record<string, unknown>);
    tree.children.shift();
  }
  inlineFootnotes(tree);
  const unconverted = [];
  for (const [i, node] of tree.children.entries()) {
    if (node.type !== 'table' && node.type !== 'html' && node.type !== 'code') continue;
    const where = `${node.position?.start.line ?? 0}:${node.position?.start.column ?? 0}`;
    const what =
      node.type === 'table'
        ? `a table of ${node.children.length} rows: add it by hand, or delete this line`
        : node.type === 'html'
          ? 'raw HTML: rewrite it as Markdown, or delete this line'
          : 'a code block: Glossa papers hold prose; rewrite it, or delete this line';
    unconverted.push({ where, what });
    tree.children[i] = todoParagraph(where, what);
  }
  return { tree, meta, unconverted, remarks: [] };
}
