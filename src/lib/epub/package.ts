/**
 * The package document (content.opf) and META-INF/container.xml: metadata (Dublin Core, EPUB
 * Accessibility 1.1), the manifest of every file and the spine in the web page's reading order.
 */
import { escapeXml } from './xhtml.ts';
import type { BookRecord } from './types.ts';

/** One file of the book, as the manifest lists it. */
export interface ManifestItem {
  id: string;
  /** Path relative to the package document. */
  href: string;
  mediaType: string;
  /** Manifest properties ("nav", "cover-image", "svg"). */
  properties?: string;
  /** In the spine (reading order), in the order given. */
  spine?: boolean;
}

/** The container file that points reading systems at the package document. */
export const containerXml = (opfPath: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="${escapeXml(opfPath)}" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

/** What the book offers readers of assistive technology (EPUB Accessibility 1.1, schema.org terms). */
export const accessibility = {
  accessMode: ['textual', 'visual'],
  accessModeSufficient: ['textual'],
  accessibilityFeature: [
    'tableOfContents',
    'readingOrder',
    'structuralNavigation',
    'alternativeText',
    'displayTransformability',
    'unlocked',
  ],
  accessibilityHazard: ['none'],
  conformsTo: 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA',
};

const summary =
  'The text of the paper with its headings, numbered paragraphs and editor’s notes as footnotes, ' +
  'a glossary and a who’s who linked from the marked terms, and citations; all content is text. ' +
  'The one image, the cover, has a text alternative and repeats the title page. No scripts, ' +
  'no media, no hazards; the reading system’s fonts and colours apply.';

const el = (name: string, text: string, attributes = ''): string =>
  `    <${name}${attributes}>${escapeXml(text)}</${name}>`;

/** The package document. */
export function packageDocument(book: BookRecord, items: readonly ManifestItem[]): string {
  const meta = (property: string, value: string) => el('meta', value, ` property="${property}"`);
  const metadata = [
    el('dc:identifier', book.identifier, ' id="uid"'),
    el('dc:title', book.title),
    ...book.creators.flatMap((c, i) => [
      el('dc:creator', c.name, ` id="creator${String(i + 1)}"`),
      el('meta', c.fileAs, ` refines="#creator${String(i + 1)}" property="file-as"`),
      el('meta', 'aut', ` refines="#creator${String(i + 1)}" property="role" scheme="marc:relators"`),
    ]),
    el('dc:publisher', book.publisher),
    el('dc:date', book.date),
    el('dc:language', book.lang),
    el('dc:rights', `${book.rights} ${book.license}`),
    el('dc:source', book.source),
    ...(book.description ? [el('dc:description', book.description)] : []),
    meta('dcterms:modified', `${book.modified}T00:00:00Z`),
    ...accessibility.accessMode.map((v) => meta('schema:accessMode', v)),
    ...accessibility.accessModeSufficient.map((v) => meta('schema:accessModeSufficient', v)),
    ...accessibility.accessibilityFeature.map((v) => meta('schema:accessibilityFeature', v)),
    ...accessibility.accessibilityHazard.map((v) => meta('schema:accessibilityHazard', v)),
    meta('schema:accessibilitySummary', summary),
    meta('dcterms:conformsTo', accessibility.conformsTo),
    meta('a11y:certifiedBy', book.publisher),
    // For EPUB 2 reading systems and Calibre, which look for the cover here.
    '    <meta name="cover" content="cover-image"/>',
  ];
  const manifest = items.map(
    (i) =>
      `    <item id="${i.id}" href="${escapeXml(i.href)}" media-type="${i.mediaType}"${i.properties ? ` properties="${i.properties}"` : ''}/>`,
  );
  const spine = items.filter((i) => i.spine).map((i) => `    <itemref idref="${i.id}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${escapeXml(book.lang)}" prefix="a11y: http://www.idpf.org/epub/vocab/package/a11y/#">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
${metadata.join('\n')}
  </metadata>
  <manifest>
${manifest.join('\n')}
  </manifest>
  <spine>
${spine.join('\n')}
  </spine>
</package>
`;
}
