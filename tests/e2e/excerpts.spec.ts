/**
 * "In the paper" quotations on entry pages are whole sentences of the paper: verbatim, never
 * cut inside a sentence (no ellipsis), starting where a sentence starts.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from './fixtures.ts';

const dist = join(process.cwd(), 'dist');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const pages = (folder: string) =>
  readdirSync(join(dist, folder), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dist, folder, d.name, 'index.html')))
    .map((d) => join(folder, d.name, 'index.html'));

test('every quotation from the paper is a whole sentence, word for word', () => {
  const paper = parseHTML(readFileSync(join(dist, 'papers/joining-the-dots/index.html'), 'utf8')).document;
  // Blocks of the paper, each its own text (cells, items, notes and paragraphs apart).
  const blocks = [...paper.querySelectorAll('.g-paper__body :is(p, li, td, th, h2, h3)')].map((el) =>
    squash(el.textContent ?? ''),
  );
  const problems: string[] = [];
  let count = 0;
  for (const page of [...pages('concepts'), ...pages('entities')]) {
    const { document } = parseHTML(readFileSync(join(dist, page), 'utf8'));
    for (const quote of document.querySelectorAll('.g-uses blockquote p')) {
      const text = squash(quote.textContent ?? '');
      count++;
      if (text.includes('…')) problems.push(`${page}: ellipsis in "${text}"`);
      if (!/^[\p{Lu}\p{N}“‘"'(]/u.test(text)) problems.push(`${page}: starts mid-sentence: "${text}"`);
      if (!blocks.some((b) => b.includes(text))) problems.push(`${page}: not in the paper: "${text}"`);
    }
  }
  expect(count).toBeGreaterThan(40); // the paper has 48 marks today
  expect(problems).toEqual([]);
});
