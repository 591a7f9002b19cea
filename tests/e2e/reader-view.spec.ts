/**
 * Reader View and text tools read the paper as written: Mozilla Readability (Firefox's Reader
 * View) on the built page gives every paragraph of the source word for word, with no card text,
 * no paragraph or note number glued in; copying a paragraph copies only its words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { expect, test } from './fixtures.ts';
import { normalise, sourceParagraphs } from './helpers.ts';

const PAPER = '/papers/joining-the-dots/';

/** The text blocks of the article Readability extracts from a built page. */
function readerBlocks(page: string): string[] {
  const html = readFileSync(join(process.cwd(), 'dist', page), 'utf8');
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  expect(article?.content, 'Readability found no article').toBeTruthy();
  const { document: out } = parseHTML(`<!doctype html><html><body>${article?.content ?? ''}</body></html>`);
  return [...out.querySelectorAll('p, li, h2, h3, td, th, figcaption')].map((el) =>
    normalise(el.textContent ?? ''),
  );
}

test('Readability gives every source paragraph word for word, in order, and nothing glued in', () => {
  const blocks = readerBlocks('papers/joining-the-dots/index.html');
  const { synopsis, paragraphs } = sourceParagraphs();
  const expected = [synopsis, ...paragraphs];
  // Each source paragraph is one block of the article, in order (notes may follow as blocks).
  let at = 0;
  const missing: string[] = [];
  for (const paragraph of expected) {
    const found = blocks.indexOf(paragraph, at);
    if (found < 0) missing.push(paragraph.slice(0, 60));
    else at = found + 1;
  }
  expect(missing).toEqual([]);
  // A block that begins like a source paragraph is that paragraph (no card or number inside).
  const glued = blocks.filter((b) => expected.some((p) => b !== p && b.startsWith(p.slice(0, 40))));
  expect(glued).toEqual([]);
  expect(blocks.filter((b) => /Read the entry|Close the definition|\bClose\b/.test(b))).toEqual([]);
});

test('Readability on a concept page keeps its sentences free of card text', () => {
  const blocks = readerBlocks('concepts/deterrence/index.html');
  expect(blocks.length).toBeGreaterThan(3);
  expect(blocks.filter((b) => /Read the entry|Close the definition/.test(b))).toEqual([]);
});

test('copying a paragraph copies its words, without note or paragraph numbers', async ({ page }) => {
  await page.goto(PAPER);
  const { paragraphs } = sourceParagraphs();
  for (const n of [2, 3, 15]) {
    const copied = await page.locator(`#p${n}`).evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? '';
    });
    expect(normalise(copied), `paragraph ${n}`).toBe(paragraphs[n - 1]);
  }
});
