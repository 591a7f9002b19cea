/** The e-book's files, package document, navigation and zip (src/lib/epub/book.ts, package.ts, nav.ts). */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { epubBytes, epubFiles } from '../../src/lib/epub/book.ts';
import { accessibility } from '../../src/lib/epub/package.ts';
import { wrapWords } from '../../src/lib/epub/cover.ts';
import { cacheStats } from '../../src/lib/cache/disk-cache.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { record } from './epub-fixture.ts';

const files = epubFiles(record());
const opf = files.get('EPUB/package.opf') ?? '';

/** XML parse errors of a document (an empty list when it is well-formed). */
function xmlErrors(text: string, type: 'application/xhtml+xml' | 'text/xml' | 'image/svg+xml'): string[] {
  const errors: string[] = [];
  new DOMParser({
    onError: (level, message) => void (level !== 'warning' && errors.push(message)),
  }).parseFromString(text, type);
  return errors;
}

describe('epubFiles', () => {
  it('holds the OCF files, the package, and one document per part of the book', () => {
    expect([...files.keys()]).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'EPUB/package.opf',
      'EPUB/cover.xhtml',
      'EPUB/nav.xhtml',
      'EPUB/paper.xhtml',
      'EPUB/cite.xhtml',
      'EPUB/glossary.xhtml',
      'EPUB/people.xhtml',
      'EPUB/cover.svg',
      'EPUB/style.css',
    ]);
    expect(files.get('META-INF/container.xml')).toContain('full-path="EPUB/package.opf"');
  });

  it('writes every document as well-formed XML, without a script', () => {
    for (const [path, text] of files) {
      if (!/\.(xhtml|opf|svg|xml)$/.test(path)) continue;
      expect(xmlErrors(text, path.endsWith('.xhtml') ? 'application/xhtml+xml' : 'text/xml'), path).toEqual(
        [],
      );
      expect(text, path).not.toMatch(/<script/i);
    }
  });

  it('reads in the web page’s order: cover, contents, paper, how to cite, glossary, who’s who', () => {
    expect([...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'cover',
      'nav',
      'paper',
      'cite',
      'glossary',
      'people',
    ]);
  });

  it('describes the book: title, creator, publisher, date, language, identifier, rights, modified', () => {
    expect(opf).toContain(
      '<dc:identifier id="uid">https://readings.example.org/papers/paper/</dc:identifier>',
    );
    expect(opf).toContain('<dc:title>A Paper: With a Subtitle</dc:title>');
    expect(opf).toContain('<dc:creator id="creator1">Ada Author</dc:creator>');
    expect(opf).toContain('<meta refines="#creator1" property="file-as">Author, Ada</meta>');
    expect(opf).toContain('<dc:publisher>Glossa</dc:publisher>');
    expect(opf).toContain('<dc:date>2026-11-26</dc:date>');
    expect(opf).toContain('<dc:language>en-GB</dc:language>');
    expect(opf).toContain(
      '<dc:rights>May be reproduced with permission: write to rights@example.org. The annotations are licensed under CC BY 4.0.</dc:rights>',
    );
    expect(opf).toContain('<meta property="dcterms:modified">2026-12-02T00:00:00Z</meta>');
    expect(opf).toContain('properties="cover-image"');
  });

  it('has the EPUB Accessibility 1.1 metadata', () => {
    for (const property of [
      'schema:accessMode',
      'schema:accessModeSufficient',
      'schema:accessibilityFeature',
      'schema:accessibilityHazard',
      'schema:accessibilitySummary',
      'dcterms:conformsTo',
    ])
      expect(opf).toContain(`<meta property="${property}">`);
    expect(opf).toContain(`<meta property="dcterms:conformsTo">${accessibility.conformsTo}</meta>`);
  });

  it('nests the paper’s sections in the table of contents', () => {
    const nav = files.get('EPUB/nav.xhtml') ?? '';
    expect(nav).toContain(
      '<li><a href="paper.xhtml">A Paper: With a Subtitle</a><ol><li><a href="paper.xhtml#commentary">COMMENTARY</a><ol><li><a href="paper.xhtml#details">Details</a></li></ol></li></ol></li>',
    );
    expect(nav).toContain('epub:type="toc"');
    expect(nav).toContain('<nav epub:type="landmarks" id="landmarks" hidden="hidden"');
  });

  it('gives each glossary entry its definition, its text (its marks linked inside the book) and its page online', () => {
    const glossary = files.get('EPUB/glossary.xhtml') ?? '';
    expect(glossary).toContain('<section epub:type="glossary"');
    expect(glossary).toContain(
      '<dt id="concept-deterrence" epub:type="glossterm"><dfn>Deterrence</dfn></dt>',
    );
    expect(glossary).toContain('<p class="g-short">Discouraging an attack by its <i>cost</i>.</p>');
    expect(glossary).toContain(
      'href="glossary.xhtml#concept-deterrence" epub:type="glossref">deterrence</a>',
    );
    expect(glossary).toContain(
      'online: <a href="https://readings.example.org/concepts/deterrence/2026-11-29/">https://readings.example.org/concepts/deterrence/2026-11-29/</a>',
    );
  });

  it('keeps the publisher’s rights with its contact as a link, and the citations', () => {
    expect(files.get('EPUB/paper.xhtml')).toContain(
      '<p>May be reproduced with permission: write to <a href="mailto:rights@example.org">rights@example.org</a>.</p>',
    );
    expect(files.get('EPUB/cite.xhtml')).toContain(
      '<p class="g-cite__ref">Reference list: Author, A. (2026). <i>A paper</i>. Glossa.</p>',
    );
  });

  it('says in a preview build that the addresses are not public', () => {
    expect(files.get('EPUB/cite.xhtml')).not.toContain('Preview build');
    expect(epubFiles({ ...record(), preview: true }).get('EPUB/cite.xhtml')).toContain('Preview build');
  });
});

describe('epubBytes', () => {
  it('stores mimetype first, uncompressed, and writes the same bytes every time', async () => {
    const [a, b] = [epubBytes(record()), epubBytes(record())];
    const bytes = Buffer.from(a);
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(Buffer.compare(bytes, Buffer.from(b))).toBe(0);
    // Read back by another implementation (JSZip checks each CRC-32), every file as written.
    const zip = await JSZip.loadAsync(a, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual([...files.keys()]);
    for (const [path, text] of files) expect(await zip.file(path)?.async('string'), path).toBe(text);
    expect(zip.file('EPUB/paper.xhtml')?.date.toISOString()).toBe('2026-12-02T00:00:00.000Z');
  });
});

describe('wrapWords', () => {
  it('breaks a title at spaces into lines of at most the width', () => {
    expect(wrapWords('Joining the Dots: Security Guarantees for Ukraine', 18)).toEqual([
      'Joining the Dots:',
      'Security',
      'Guarantees for',
      'Ukraine',
    ]);
  });
});

describe('cachedEpubBytes', () => {
  it('makes the book once for the same record and again when the record changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossa-epub-cache-'));
    process.env['GLOSSA_CACHE_DIR'] = dir;
    try {
      const { cachedEpubBytes } = await import('../../src/lib/epub/cached.ts');
      const first = cachedEpubBytes(record());
      const again = cachedEpubBytes(record());
      cachedEpubBytes({ ...record(), title: 'Another title' });
      expect(Buffer.compare(Buffer.from(first), Buffer.from(epubBytes(record())))).toBe(0);
      expect(Buffer.compare(Buffer.from(again), Buffer.from(first))).toBe(0);
      expect(cacheStats().get('epub')).toMatchObject({
        hits: ['paper.epub'],
        misses: ['paper.epub', 'paper.epub'],
      });
    } finally {
      delete process.env['GLOSSA_CACHE_DIR'];
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('epubFiles under a sub-path', () => {
  it('finds the site’s links under the base in the book', () => {
    const book = {
      ...record(),
      base: '/glossa/',
      body: record().body.replaceAll('href="/', 'href="/glossa/'),
    };
    const paper = epubFiles(book).get('EPUB/paper.xhtml') ?? '';
    expect(paper).toContain('href="glossary.xhtml#concept-deterrence" epub:type="glossref">deterrence</a>');
    expect(paper).toContain('href="people.xhtml#entity-nato">NATO</a>');
    expect(paper).toContain('<a href="https://readings.example.org/glossa/concepts/power/">power</a>');
  });
});

describe('languages', () => {
  it('labels the paper’s documents with its language and the site’s own with the site’s', () => {
    const book = epubFiles({ ...record(), lang: 'fr-FR' });
    expect(book.get('EPUB/paper.xhtml')).toContain('lang="fr-FR" xml:lang="fr-FR"');
    expect(book.get('EPUB/cover.xhtml')).toContain('lang="fr-FR"');
    for (const doc of ['nav', 'cite', 'glossary', 'people'])
      expect(book.get(`EPUB/${doc}.xhtml`), doc).toContain('lang="en-GB" xml:lang="en-GB"');
    expect(book.get('EPUB/package.opf')).toContain('<dc:language>fr-FR</dc:language>');
  });
});
