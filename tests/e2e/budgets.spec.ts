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

/** Stylesheets a page loads: linked files (render-blocking unless media=print) and inline <style>. */
function stylesOf(page: string) {
  const html = readFileSync(join(dist, page), 'utf8');
  const linked = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map(([tag]) => ({
    href: /href="([^"]+)"/.exec(tag)?.[1] ?? '',
    blocking: !/media="print"/.test(tag),
  }));
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, css = '']) => css);
  const files = linked.map((l) => readFileSync(join(dist, l.href.replace(/^\//, '')), 'utf8'));
  return { html, linked, css: [...files, ...inline] };
}

for (const page of ['papers/joining-the-dots/index.html', 'concepts/deterrence/index.html']) {
  test(`${page}: CSS ≤ 12 KB gzip, one render-blocking stylesheet, two font files ≤ 30 KB, nothing third-party`, () => {
    const { html, linked, css } = stylesOf(page);
    expect(gz(css.join('\n'))).toBeLessThanOrEqual(12 * 1024);
    expect(linked.filter((l) => l.blocking).length).toBeLessThanOrEqual(1);
    const fonts = new Set(
      css.flatMap((c) => [...c.matchAll(/url\(([^)]+\.(?:woff2?|ttf|otf))\)/g)].map((m) => m[1])),
    );
    // The text face: regular and italic, cut to the site's characters (src/integrations/font-subset.ts).
    expect(fonts.size).toBeLessThanOrEqual(2);
    const fontBytes = [...fonts].reduce(
      (sum, f) => sum + readFileSync(join(dist, (f ?? '').replace(/^\//, ''))).length,
      0,
    );
    expect(fontBytes, 'font bytes').toBeLessThanOrEqual(30 * 1024);
    // Every resource the page loads is the site's own: no absolute URL in src/href of loaded resources.
    const loaded = [
      ...html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]*"/g),
    ]
      .map(([tag]) => tag)
      .filter((tag) => !/rel="(canonical|sitemap|schema\.DC)"/.test(tag)); // links browsers do not load
    expect(loaded).toEqual([]);
  });
}

test('the paper page is at most 45 KB of HTML (gzip)', () => {
  expect(gz(readFileSync(join(dist, 'papers/joining-the-dots/index.html')))).toBeLessThanOrEqual(45 * 1024);
});

test('loading the paper and a concept page requests nothing from another origin', async ({
  page,
  baseURL,
}) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL ?? '') && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  for (const path of ['/papers/joining-the-dots/', '/concepts/deterrence/', '/search/?q=power']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});

for (const width of [390, 1280]) {
  test(`loading the paper at ${width} px shifts no layout`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/papers/joining-the-dots/');
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBeLessThan(0.001);
  });
}
