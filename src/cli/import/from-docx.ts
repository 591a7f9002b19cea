/**
 * A Word file (.docx) to the common tree: mammoth turns the document into HTML (footnotes and
 * endnotes as linked lists, captions kept by style), the core and app properties give the record.
 */
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import type { Element, Root } from 'hast';
import { fromHtml } from './from-html.ts';
import { emptyMeta, isoDate, splitName, type Imported, type PaperMeta } from './types.ts';
import { languageTag } from './paper-file.ts';

const ns = {
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  cp: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
  app: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
};

/** Reads `docProps/core.xml` and `docProps/app.xml`: title, creator, dates, company, category. */
async function properties(data: Buffer): Promise<PaperMeta> {
  const zip = await JSZip.loadAsync(data);
  const read = async (path: string) => {
    const xml = await zip.file(path)?.async('string');
    return xml ? new DOMParser().parseFromString(xml, 'text/xml') : undefined;
  };
  const core = await read('docProps/core.xml');
  const app = await read('docProps/app.xml');
  const get = (doc: typeof core, space: string, name: string) =>
    doc?.getElementsByTagNameNS(space, name)[0]?.textContent?.trim() || undefined;
  const meta = emptyMeta();
  const from = "the Word file's properties";
  meta.title = get(core, ns.dc, 'title');
  if (meta.title) meta.from.title = `${from} (dc:title)`;
  const creator = get(core, ns.dc, 'creator');
  if (creator)
    meta.authors = creator
      .split(/\s*;\s*/)
      .filter(Boolean)
      .map(splitName);
  if (creator) meta.from.authors = `${from} (dc:creator)`;
  meta.issued = isoDate(get(core, ns.dcterms, 'created'));
  if (meta.issued)
    meta.issuedCheck = "the Word file's creation date, which may differ from the publication date";
  if (meta.issued) meta.from.issued = `${from} (dcterms:created)`;
  meta.publisher = get(app, ns.app, 'Company');
  if (meta.publisher) meta.from.publisher = `${from} (Company)`;
  meta.genre = get(core, ns.cp, 'category');
  meta.language = languageTag(get(core, ns.dc, 'language'));
  return meta;
}

/** Names a place in a Word file: the number of the top-level block (paragraph, table…) it is in. */
const blockNumber = (doc: Root) => (el: Element) => {
  const at = el.position?.start.offset ?? 0;
  const before = doc.children.filter((c) => c.type === 'element' && (c.position?.start.offset ?? 0) <= at);
  return `block ${String(before.length)} of the document`;
};

/** Converts a .docx file. */
export async function fromDocx(data: Buffer): Promise<Imported> {
  const meta = await properties(data);
  const result = await mammoth.convertToHtml(
    { buffer: data },
    {
      styleMap: [
        "p[style-name='Caption'] => p.caption:fresh",
        'p.Caption => p.caption:fresh',
        "p[style-name='Title'] => h1:fresh",
        'p.Title => h1:fresh',
        // Word's built-in quotation styles: consecutive paragraphs make one block quote.
        "p[style-name='Quote'] => blockquote > p:fresh",
        "p[style-name='Intense Quote'] => blockquote > p:fresh",
        'p.Quote => blockquote > p:fresh',
        'p.IntenseQuote => blockquote > p:fresh',
      ],
      // Glossa does not reproduce images: keep a marker, not the bytes.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: 'word-embedded-image' })),
    },
  );
  const imported = fromHtml(result.value, { fragment: true, meta, locate: blockNumber });
  for (const message of result.messages) imported.remarks.push(`mammoth: ${message.message}`);
  return imported;
}
