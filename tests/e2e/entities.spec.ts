/** Who’s who: people, organisations and documents, with the same cards and citable pages. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { axeViolations } from './helpers.ts';

const entityIds = readdirSync(join(process.cwd(), 'content/entities'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -4));

test('the paper marks people and organisations with cards that link to their pages', async ({ page }) => {
  await page.goto('/papers/joining-the-dots/');
  const term = page.locator('#p2').getByRole('link', { name: 'Volodymyr Zelenskyy', exact: true });
  await expect(term).toHaveAttribute('href', '/entities/volodymyr-zelenskyy/');
  await expect(term).toHaveAccessibleDescription(/^President of Ukraine, in office since May 2019/);
  await term.focus();
  await expect(page.locator('#p2 .g-term').first().locator('.g-card')).toBeVisible();
  await term.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Volodymyr Zelenskyy');
  await expect(page.getByRole('heading', { name: 'As at 25 March 2025' })).toBeVisible();
  await expect(page.locator('.g-uses__list a').first()).toHaveText('¶ 2');
});

test("the who's who lists every entity, grouped, each page citable with metadata", async ({ page }) => {
  await page.goto('/entities/');
  await expect(page.locator('dt a')).toHaveCount(entityIds.length);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'People',
    'Organisations',
    'Documents',
    'Events',
  ]);
  expect(await axeViolations(page)).toEqual([]);
  for (const id of entityIds) {
    await page.goto(`/entities/${id}/`);
    expect(await page.locator('meta[name="DC.type"]').getAttribute('content'), id).toBe(
      'encyclopediaArticle',
    );
    await expect(page.locator('.g-cite__panel[data-style="apa"] .g-cite__ref'), id).toContainText(
      'Glossa. (2026).',
    );
    await expect(page.locator('.g-cite__downloads a'), id).toHaveCount(4);
  }
  await page.goto('/entities/nato/');
  expect(await axeViolations(page)).toEqual([]);
});

test('titles of works are in italics in the card, the index and the page; metadata has the words only', async ({
  page,
}) => {
  await page.goto('/concepts/musketeer-principle/');
  const term = page.locator('.g-term', { has: page.locator('a[href="/entities/alexandre-dumas/"]') }).first();
  // The card's words are drawn, not text: the sentence around the term is only the sentence
  // (its link and Close button are built only while it is open).
  expect(await term.evaluate((el) => el.textContent)).toBe('Alexandre Dumas');
  await term.locator('.g-term__link').focus();
  const italic = term.locator('.g-card__i');
  await expect(italic).toHaveCount(1);
  expect(await italic.evaluate((el) => getComputedStyle(el, '::before').fontStyle)).toBe('italic');
  expect(await italic.evaluate((el) => getComputedStyle(el, '::before').content)).toBe(
    '"The Three Musketeers"',
  );
  await expect(term.locator('.g-term__link')).toHaveAccessibleDescription(
    /author of The Three Musketeers \(1844\)/,
  );

  await page.goto('/entities/');
  await expect(page.locator('dd i', { hasText: 'Common Security' })).toHaveCount(1);
  await page.goto('/entities/alexandre-dumas/');
  await expect(page.locator('.g-definition i, .g-lead i').first()).toHaveText('The Three Musketeers');
  await expect(page.locator('.g-sources__note i')).toHaveText([
    'Les Trois Mousquetaires',
    'The Three Musketeers',
  ]);
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain(
    'author of The Three Musketeers (1844)',
  );
});

test('the who’s who lists people by surname', async ({ page }) => {
  await page.goto('/entities/');
  const people = await page.locator('#kind-person ~ dl dt').allTextContents();
  const surnames = people.map((name) => name.trim().split(/\s+/).at(-1) ?? '');
  expect(surnames.length).toBeGreaterThan(5);
  expect(surnames).toEqual([...surnames].sort((a, b) => a.localeCompare(b)));
  expect(surnames.slice(0, 2)).toEqual(['Chang', 'Dumas']);
});
