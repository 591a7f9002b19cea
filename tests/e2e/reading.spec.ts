/** The reading layout: contents, heading links, editor's notes, themes, print. */
import { expect, test } from './fixtures.ts';
import { axeViolations } from './helpers.ts';

const PAPER = '/papers/joining-the-dots/';

test('the paper has a table of contents whose links land on its sections', async ({ page }) => {
  await page.goto(PAPER);
  const toc = page.getByRole('navigation', { name: 'Contents' });
  await expect(toc.getByRole('link')).toHaveText([
    'SYNOPSIS',
    'COMMENTARY',
    'How Deterrence Works',
    'Whiter Deterrence and Ukraine’s Security Guarantees?',
    'How to cite',
    'Concepts in this paper',
    'Versions and history',
  ]);
  for (const href of await toc
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    await expect(page.locator(href), href).toHaveCount(1);
  }
});

test('section headings have permalinks that do not change the heading name', async ({ page }) => {
  await page.goto(PAPER);
  await expect(page.getByRole('heading', { name: 'How Deterrence Works', exact: true })).toBeVisible();
  const anchor = page.getByRole('link', { name: 'Link to the section “How Deterrence Works”' });
  await expect(anchor).toHaveAttribute('href', '#how-deterrence-works');
  await anchor.click();
  await expect(page).toHaveURL(/#how-deterrence-works$/);
});

test('on a wide screen, editor notes sit in the margin, numbered, beside their paragraph', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(PAPER);
  const notes = page.locator('.g-note');
  expect(await notes.count()).toBeGreaterThanOrEqual(6);
  const first = notes.first();
  await expect(first).toBeVisible();
  await expect(first).toContainText('Volodymyr Zelenskyy was President of Ukraine');
  const paragraph = await page.locator('#p2').boundingBox();
  const note = await first.boundingBox();
  if (!paragraph || !note) throw new Error('no paragraph or note');
  expect(note.x).toBeGreaterThanOrEqual(paragraph.x + paragraph.width);
  expect(note.x + note.width).toBeLessThanOrEqual(1400);
  expect(Math.abs(note.y - paragraph.y)).toBeLessThan(40); // beside its paragraph, not below it
  await expect(page.getByRole('note', { name: 'Editor’s note 1' })).toBeVisible();
});

test('on a narrow screen, a note follows its paragraph and its number links to it', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 900 });
  await page.goto(PAPER);
  const note = page.getByRole('note', { name: 'Editor’s note 3' });
  await expect(note).toBeVisible();
  await expect(note).toContainText('Donald Trump was President of the United States');
  const paragraph = await page.locator('#p3').boundingBox();
  const box = await note.boundingBox();
  expect((box?.y ?? 0) + 1).toBeGreaterThanOrEqual((paragraph?.y ?? 0) + (paragraph?.height ?? 0));
  await page.getByRole('link', { name: 'Editor’s note 3' }).click();
  await expect(page).toHaveURL(/#joining-the-dots-note-3$/);
});

test('the theme follows the system, and a chosen theme persists across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(PAPER);
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await bg()).toBe('rgb(253, 252, 249)');
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await expect(toggle).toHaveText('Theme: System');
  await toggle.click();
  await expect(toggle).toHaveText('Theme: Light');
  await toggle.click();
  await expect(toggle).toHaveText('Theme: Dark');
  expect(await bg()).toBe('rgb(23, 22, 20)');
  await page.goto('/concepts/');
  expect(await bg()).toBe('rgb(23, 22, 20)');
  await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Theme: Dark' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await bg()).toBe('rgb(23, 22, 20)'); // back to the system, which is dark now
});

test('axe finds no violation in the dark theme on the paper and a concept page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of [PAPER, '/concepts/deterrence/', '/concepts/']) {
    await page.goto(path);
    expect(await axeViolations(page), path).toEqual([]);
  }
});

test('print: the paper keeps ¶ numbers and notes, shows link addresses, hides cards and controls', async ({
  page,
}) => {
  await page.goto(PAPER);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#p5 .g-pnum')).toBeVisible();
  await expect(page.locator('.g-note').first()).toBeVisible();
  await expect(page.locator('.g-card').first()).toBeHidden();
  await expect(page.locator('.g-toc-paper')).toBeHidden();
  await expect(page.locator('.g-site-search')).toBeHidden();
  await expect(page.locator('.g-theme')).toBeHidden();
  // Notes are blocks of their own, never inside a sentence, and not split across pages.
  await expect(page.locator('p .g-note')).toHaveCount(0);
  expect(
    await page
      .locator('.g-note')
      .first()
      .evaluate((n) => getComputedStyle(n).breakInside),
  ).toBe('avoid');
  const after = await page
    .locator('.g-paper__header a[href^="http"]')
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('rsis.edu.sg');
  await expect(page.getByRole('heading', { name: 'Concepts in this paper' })).toBeVisible();
});

test('print: a concept page prints with its citation', async ({ page }) => {
  await page.goto('/concepts/power/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.g-cite__panel[data-style="apa"] .g-cite__ref')).toBeVisible();
  await expect(page.locator('.g-cite__styles')).toBeHidden();
});

test('a ¶ link lands with room above the paragraph, its outline in view', async ({ page }) => {
  await page.goto('/papers/joining-the-dots/#p7');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const top = await page.locator('#p7').evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(12);
  expect(top).toBeLessThan(60);
});

test('the search box names the "/" key only where a keyboard is likely', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#site-search')).toHaveAttribute('placeholder', 'Search (press /)');
  await expect(page.getByRole('button', { name: 'Theme: System. Switch to Light' })).toBeVisible();
});

test('print: no heading alone at a page foot, no instructions for a screen, lists open', async ({ page }) => {
  await page.goto(PAPER);
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.evaluate(() =>
    [
      '.g-paper__body .g-heading',
      '.g-paper__body h2',
      '.g-contrast caption',
      '.g-contrast thead',
      '.g-cite h2',
    ].map((sel) => {
      const el = document.querySelector(sel);
      return `${sel} ${el ? getComputedStyle(el).breakAfter : 'missing'}`;
    }),
  );
  expect(breaks.filter((b) => !b.endsWith(' avoid'))).toEqual([]);
  await expect(page.locator('.g-how-to-read')).toBeHidden();
  await expect(page.locator('.g-cite-jump')).toBeHidden();
  await expect(
    page.getByText('Underlined terms are defined in “Concepts in this paper”, at the end'),
  ).toBeVisible();
  expect(await page.locator('main').innerText()).not.toMatch(/\b(hover|tap|click)\b/i);
  // The glossary at the end: two columns, the marked concepts only.
  expect(
    await page
      .locator('.g-concepts-used dl')
      .first()
      .evaluate((dl) => getComputedStyle(dl).columnCount),
  ).toBe('2');
  await expect(page.locator('.g-concepts-used h3')).toBeHidden();
  await page.goto('/concepts/deterrence/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.g-map__list li').first()).toBeVisible();
  await expect(page.locator('.g-map__hint')).toBeHidden();
});
