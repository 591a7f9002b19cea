/**
 * The zipped book through the build cache: made again only when what the book holds (its record:
 * the rendered texts, citations, metadata) or the code that makes it changes. A warm build then
 * renders the texts and hashes the record (~50 ms) instead of building the XHTML and zipping it.
 */
import { bytesCodec, diskCache } from '../cache/disk-cache.ts';
import { epubBytes } from './book.ts';
import type { BookRecord } from './types.ts';

const books = diskCache('epub', 'src/lib/epub/book.ts', bytesCodec);

/** `epubBytes` of book.ts, cached. */
export function cachedEpubBytes(book: BookRecord): Uint8Array<ArrayBuffer> {
  const bytes = books.get(`${book.id}.epub`, ['epubBytes', { ...book, site: book.site.href }], () =>
    Buffer.from(epubBytes(book)),
  );
  return new Uint8Array(bytes);
}
