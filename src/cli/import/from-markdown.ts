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
import { emptyMeta, isoDate, splitName, type Imported, type PaperMeta, type Unconverted } from './types.ts';
import { fromHtml } from './from-html.ts';
import { toString } from 'mdast-util-to-string';
import { noteElement, todoParagraph } from './mdx-nodes.ts';
import { markdownBlocks } from './word-share.ts';

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

/**
 * Footnote references become `<Note>` elements holding the definition's text, in place. A
 * definition may stand anywhere (in a list, a quote) and hold several blocks; their text is kept.
 */
function inlineFootnotes(tree: Root): number {
  const definitions = new Map<string, PhrasingContent[]>();
  visit(tree, 'footnoteDefinition', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const parts: PhrasingContent[] = [];
    for (const block of node.children) {
      if (parts.length > 0) parts.push({ type: 'text', value: ' ' });
      if (block.type === 'paragraph') parts.push(...block.children);
      else parts.push({ type: 'text', value: toString(block) });
    }
    definitions.set(node.identifier, parts);
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  let count = 0;
  visit(tree, 'footnoteReference', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const note = definitions.get(node.identifier);
    if (!note) return;
    parent.children[index] = noteElement(note);
    count += 1;
    return SKIP;
  });
  return count;
}

/** Parses Markdown (`.md`) or plain text (`.txt`) into the common shape. */
export function fromMarkdown(input: string, kind: 'md' | 'txt'): Imported {
  const text = kind === 'txt' ? repairHyphenation(input) : input;
  // A single tilde is pandoc's subscript (H~2~O), not a strikethrough: only ~~ strikes through.
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm, { singleTilde: false })
    .use(remarkFrontmatter, ['yaml']);
  const tree = processor.runSync(processor.parse(text)) as Root;
  let meta = emptyMeta();
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    const data: unknown = parseYaml(first.value);
    if (data && typeof data === 'object') meta = metaFromFrontmatter(data as Record<string, unknown>);
    tree.children.shift();
  }
  const notes = inlineFootnotes(tree);
  inlineHtml(tree);
  const source = markdownBlocks(tree);
  const unconverted: Unconverted[] = [];
  // A block of raw HTML is converted as HTML is; one with no text it can convert is left as a TODO line.
  tree.children = tree.children.flatMap((node): RootContent[] => {
    if (node.type !== 'html') return [node];
    const converted = fromHtml(node.value, { fragment: true });
    if (toString(converted.tree).trim()) return converted.tree.children;
    const where = `${node.position?.start.line ?? 0}:${node.position?.start.column ?? 0}`;
    const what = 'raw HTML: rewrite it as Markdown, or delete this line';
    unconverted.push({ where, what });
    return [todoParagraph(where, what)];
  });
  subSuperscripts(tree);
  const remarks = notes > 0 ? [`${String(notes)} footnote(s) placed inline as <Note>`] : [];
  return { tree, meta, unconverted, remarks, source };
}

/** Pandoc's H~2~O and x^2^ become <sub>/<sup>, which Glossa's MDX allows. */
function subSuperscripts(tree: Root): void {
  visit(tree, 'text', (node, index, parent) => {
    if (!parent || index === undefined || !/[~^]/.test(node.value)) return;
    const parts = node.value.split(/(~[^\s~]+~|\^[^\s^]+\^)/);
    if (parts.length === 1) return;
    const out: PhrasingContent[] = parts
      .filter((p) => p !== '')
      .map((p) =>
        /^(~[^\s~]+~|\^[^\s^]+\^)$/.test(p)
          ? {
              type: 'mdxJsxTextElement',
              name: p.startsWith('~') ? 'sub' : 'sup',
              attributes: [],
              children: [{ type: 'text', value: p.slice(1, -1) }],
            }
          : { type: 'text', value: p },
      );
    parent.children.splice(index, 1, ...out);
    return [SKIP, index + out.length];
  });
}

const comment = /^<!--[\s\S]*-->$/;

/**
 * HTML inside Markdown: comments go (MDX has none); in a sentence, `<br>` becomes a line break,
 * `<sub>`/`<sup>` stay (Glossa's MDX allows them) and other tags go, their text kept.
 */
function inlineHtml(tree: Root): void {
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const tag = node.value.trim();
    if (comment.test(tag)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (parent.type === 'root') return;
    if (/^<br\s*\/?>$/i.test(tag)) parent.children[index] = { type: 'break' };
    else if (!/^<\/?su[bp]>$/i.test(tag)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return SKIP;
  });
}
