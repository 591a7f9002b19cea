/** Search: a box on every page ("/" focuses it), a search page, concepts first, no server. */
import { expect, test } from './fixtures.ts';

test('"/" focuses the search box; submitting it lists results with the concept entry first', async ({
  page,
}) => {
  await page.goto('/papers/joining-the-dots/');
  await page.locator('body').press('/');
  const box = page.getByRole('searchbox', { name: 'Search the papers and the glossary' });
  await expect(box).toBeFocused();
  await box.fill('denial');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=denial$/);
  const results = page.locator('.g-search__results > li');
  await expect(results.first().getByRole('link')).toHaveText('Deterrence by denial');
  await expect(results.first()).toContainText('Glossary');
  await expect(results.first().locator('mark').first()).toHaveText(/denial/i);
  await expect(page.getByRole('status')).toHaveText(/\d+ results? for “denial”\./);
  // The paper matches too, after the concept.
  await expect(
    results.getByRole('link', { name: 'Joining the Dots: Security Guarantees for Ukraine' }),
  ).toHaveCount(1);
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/search/?q=zyxwvut');
  await expect(page.getByRole('status')).toHaveText('No results for “zyxwvut”.');
});

test('the reading page loads no search code until search is used', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('pagefind')) scripts.push(r.url());
  });
  await page.goto('/papers/joining-the-dots/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
});
