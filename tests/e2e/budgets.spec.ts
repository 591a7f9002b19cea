/** Byte budgets measured on the built files in dist/ (deterministic, no browser timing). */
import { expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(process.cwd(), 'dist');
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Every script a page runs: inline bodies and same-site files, with their gzip sizes. */
function scriptsOf(page: string): { source: string; gzip: number }[] {
  const html = readFileSync(join(dist, page), 'utf8');
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].flatMap(([, attrs = '', body = '']) => {
    if (/type="application\/(ld\+)?json"/.test(attrs)) return [];
    const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) return [{ source: src, gzip: gz(readFileSync(join(dist, src.replace(/^\//, '')))) }];
    return [{ source: 'inline', gzip: gz(body) }];
  });
}

test('the paper page ships at most 3 KB (gzip) of JavaScript, and no framework', () => {
  const scripts = scriptsOf('papers/joining-the-dots/index.html');
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  expect(scripts.length).toBeGreaterThan(0); // the card enhancement is there
  expect(total, JSON.stringify(scripts)).toBeLessThanOrEqual(3 * 1024);
  const html = readFileSync(join(dist, 'papers/joining-the-dots/index.html'), 'utf8');
  expect(html).not.toMatch(/astro-island|react-dom|preact|\bvue\b|svelte|solid-js/i);
});

test('a concept page ships at most 3 KB (gzip) of JavaScript', () => {
  const total = scriptsOf('concepts/deterrence/index.html').reduce((sum, s) => sum + s.gzip, 0);
  expect(total).toBeLessThanOrEqual(3 * 1024);
});
