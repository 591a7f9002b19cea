/**
 * The paper's e-book from the reader's side: the paper page links it and lists it among the
 * edition's downloads, and the book's XHTML, opened in Chromium at a phone's width, parses as
 * XHTML, fits the screen, has no axe violation (WCAG 2.2 AA) and takes a marked term to its
 * definition inside the book. `npm run screenshots` also saves the README's picture of it.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { expect, test } from './fixtures.ts';
import { axeViolations } from './helpers.ts';

const id = 'joining-the-dots';
let folder = '';
const doc = (name: string) => pathToFileURL(join(folder, 'EPUB', name)).href;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'glossa-epub-'));
  const zip = await JSZip.loadAsync(readFileSync(join('dist', 'papers', id, `${id}.epub`)));
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), await file.async('nodebuffer'));
  }
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('the paper page links the e-book and lists it with the edition’s downloads', async ({
  page,
  request,
}) => {
  await page.goto(`/papers/${id}/`);
  const link = page.getByRole('link', { name: 'Download as e-book' });
  const href = await link.getAttribute('href');
  expect(href).toBe(`/papers/${id}/${id}.epub`);
  await expect(page.locator('.g-cite__downloads a', { hasText: 'E-book (EPUB 3)' })).toHaveAttribute(
    'href',
    href ?? '',
  );
  const response = await request.get(href ?? '');
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(30, 58).toString()).toBe('mimetypeapplication/epub+zip');
});

for (const name of [
  'cover.xhtml',
  'nav.xhtml',
  'paper.xhtml',
  'cite.xhtml',
  'glossary.xhtml',
  'people.xhtml',
]) {
  test(`${name} reads on a phone: XHTML, no sideways scrolling, no axe violation`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(doc(name));
    await expect(page.locator('parsererror')).toHaveCount(0);
    expect(await page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a marked term in the book opens its definition in the glossary', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(doc('paper.xhtml'));
  await page.locator('#p1 a.g-term__link', { hasText: 'security guarantees' }).click();
  await expect(page).toHaveURL(/glossary\.xhtml#concept-security-guarantees$/);
  await expect(page.locator('#concept-security-guarantees')).toBeInViewport();
  await expect(page.locator('#concept-security-guarantees + dd .g-short')).not.toBeEmpty();
});

test('README screenshot: the book’s paper at 390 px', async ({ page }) => {
  test.skip(!process.env['GLOSSA_SCREENSHOTS'], 'run with `npm run screenshots`');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(doc('paper.xhtml'));
  await page.evaluate(() => document.querySelector('#commentary')?.scrollIntoView());
  await page.screenshot({ path: 'docs/screenshots/epub-mobile.png' });
});
