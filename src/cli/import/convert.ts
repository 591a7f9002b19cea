/** One source file (HTML, Word, Markdown or plain text) to the text of a paper's MDX file. */
import { extname } from 'node:path';
import { fromMarkdown } from './from-markdown.ts';
import { fromHtml } from './from-html.ts';
import { fromDocx } from './from-docx.ts';
import { extractMatter } from './front-back-matter.ts';
import { figures, joinPageBreaks, mergeText, normaliseHeadings, unlinkEmpty, wrapSynopsis } from './tidy.ts';
import { body, frontmatter } from './paper-file.ts';
import { toString } from 'mdast-util-to-string';
import { fixLinks, dropImages, inlineReferences, linkRemarks } from './links.ts';
import { wordShare, writtenText, type Share } from './word-share.ts';
import type { Imported, PaperMeta, Unconverted } from './types.ts';

/** The formats `npm run import` reads, by file extension. */
export const formats = {
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
} as const;

/** The converted paper and what the editor should know about it. */
export interface Conversion {
  /** Text of `content/papers/<id>.mdx`. */
  mdx: string;
  /** The record as read from the source. */
  meta: PaperMeta;
  /** Things left as TODO lines, with their place in the source. */
  unconverted: Unconverted[];
  /** What the importer did that the editor should check. */
  remarks: string[];
  /** How much of the source's main text the paper holds. */
  share: Share;
  /** Whether the paper has a paragraph of its own text (outside notes), as the build requires. */
  prose: boolean;
}

/** Options of `convert`. */
export interface ConvertOptions {
  /** CSS selector of the article's element in a web page (instead of Readability's choice). */
  selector?: string | undefined;
  /** The source's address, to resolve relative links (instead of the page's canonical or og:url). */
  url?: string | undefined;
}

/** Reads `data` as the format its file name says. */
async function read(path: string, data: Buffer, options: ConvertOptions): Promise<Imported> {
  const format = formats[extname(path).toLowerCase() as keyof typeof formats];
  if (format === 'docx')
    return fromDocx(data).catch((error: unknown) => {
      throw new Error(
        `${path}: cannot be read as a Word file (.docx); nothing was written.\n  Fix: open it in Word or LibreOffice and save it again as "Word Document (.docx)".`,
        { cause: error },
      );
    });
  if (format === 'html') return fromHtml(data.toString('utf8'), { selector: options.selector });
  if (format === 'md' || format === 'txt') return fromMarkdown(data.toString('utf8'), format);
  throw new Error(
    `${path}: cannot import a "${extname(path)}" file. Expected one of ${Object.keys(formats).join(', ')}. Save the page as HTML, or the document as .docx, and try again.`,
  );
}

/** Converts the file at `path` (its bytes in `data`) to a paper dated `today`. */
export async function convert(
  path: string,
  data: Buffer,
  today: string,
  options: ConvertOptions = {},
): Promise<Conversion> {
  const { tree, meta, unconverted, remarks, source, base } = await read(path, data, options);
  if (options.url && !meta.url) {
    meta.url = options.url;
    meta.from.url = '--url';
  }
  remarks.push(...extractMatter(tree, meta));
  inlineReferences(tree);
  const unlinked = unlinkEmpty(tree);
  remarks.push(...linkRemarks(fixLinks(tree, options.url ?? base ?? meta.url)));
  figures(tree, unconverted);
  remarks.push(...linkRemarks(dropImages(tree)));
  const figureCount = tree.children.filter(
    (n) => n.type === 'mdxJsxFlowElement' && n.name === 'FigureNote',
  ).length;
  const joined = joinPageBreaks(tree);
  normaliseHeadings(tree);
  if (wrapSynopsis(tree))
    remarks.push('the synopsis/abstract section is set apart as <Synopsis> (not numbered)');
  mergeText(tree);
  const notes: string[] = [];
  if (unlinked.length > 0) {
    notes.push(
      `Some words of the original carry links without a target (${unlinked
        .slice(0, 6)
        .map((w) => `“${w}”`)
        .join(
          ', ',
        )}${unlinked.length > 6 ? ' and others' : ''}); they appear here as plain text; follow them in the publisher's version.`,
    );
    remarks.push(`${String(unlinked.length)} link(s) to "#" kept as plain text, with an edition note`);
  }
  if (figureCount > 0) {
    notes.push(
      `The original's ${figureCount === 1 ? 'figure is' : `${String(figureCount)} figures are`} not reproduced; caption and credit are kept.`,
    );
    remarks.push(
      `${String(figureCount)} figure(s) kept as caption and credit (<FigureNote>); Glossa has no image component`,
    );
  }
  if (joined > 0) remarks.push(`${String(joined)} paragraph(s) split by a page break joined`);
  const editionNote = notes.length > 0 ? notes.join(' ') : undefined;
  const share = wordShare(source, writtenText(tree, meta));
  const prose = tree.children.some(
    (n) =>
      n.type === 'paragraph' &&
      !toString(n).startsWith('TODO: not converted') &&
      n.children.some(
        (c) => !(c.type === 'mdxJsxTextElement' && c.name === 'Note') && toString(c).trim() !== '',
      ),
  );
  return {
    mdx: frontmatter(meta, today, editionNote) + '\n' + written(path, tree),
    meta,
    unconverted,
    remarks,
    share,
    prose,
  };
}

/** The body as MDX; a node the writer has no form for is refused with its kind, not the writer's own error. */
export function written(path: string, tree: Parameters<typeof body>[0]): string {
  try {
    return body(tree);
  } catch (error) {
    const kind = /unknown node `([^`]+)`/.exec(error instanceof Error ? error.message : '')?.[1] ?? 'part';
    throw new Error(
      `${path}: the converted text holds a ${kind} that Glossa's MDX cannot hold; nothing was written.\n  Fix: name the article's element with --selector "<css selector>", or save the source as Markdown and import that.`,
      { cause: error },
    );
  }
}
