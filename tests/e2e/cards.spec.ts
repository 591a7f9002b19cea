import { expect, test } from '@playwright/test';

const PAPER = '/papers/joining-the-dots/';

test.describe('concept terms', () => {
  test('a term is a link to its concept page, described by its short definition', async ({ page }) => {
    await page.goto(PAPER);
    const term = page.locator('#p5').getByRole('link', { name: 'collective defence' });
    await expect(term).toHaveAccessibleDescription(
      /^Collective defence An arrangement in which states treat an armed attack/,
    );
    await term.click();
    await expect(page).toHaveURL(/\/concepts\/collective-defence\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Collective defence');
  });

  test('hover shows the definition card, and it stays while the pointer is on the card', async ({ page }) => {
    await page.goto(PAPER);
    const term = page.locator('#p8 .g-term').first();
    const card = term.locator('.g-card');
    await expect(card).toBeHidden();
    await term.locator('a').hover();
    await expect(card).toBeVisible();
    await expect(card).toContainText('Deterrence');
    await card.hover();
    await expect(card).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();
  });

  test('keyboard focus shows the definition card', async ({ page }) => {
    await page.goto(PAPER);
    const link = page.locator('#p9 .g-term__link').first();
    const card = page.locator('#p9 .g-card').first();
    await expect(card).toBeHidden();
    await link.focus();
    await expect(card).toBeVisible();
    await expect(card).toContainText('Coercion');
  });

  test('terms inside concept entries resolve to their concept pages', async ({ page }) => {
    await page.goto('/concepts/deterrence/');
    const terms = page.locator('.g-entry .g-term__link');
    expect(await terms.count()).toBeGreaterThan(0);
    for (const href of await terms.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      const response = await page.request.get(href ?? '');
      expect(response.status(), href ?? '').toBe(200);
    }
  });
});
