import { expect, test } from './fixtures.ts';
import { axeViolations } from './helpers.ts';

for (const path of [
  '/',
  '/papers/joining-the-dots/',
  '/concepts/',
  '/concepts/deterrence-by-denial/',
  '/concepts/musketeer-principle/',
  '/404.html',
]) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('axe finds no violation with a definition card open', async ({ page }) => {
  await page.goto('/papers/joining-the-dots/');
  await page.locator('#p10 .g-term__link').first().focus();
  await expect(page.locator('#p10 .g-card').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
