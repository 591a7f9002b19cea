/** Search: a box on every page ("/" focuses it), a search page, concepts first, no server. */
import { expect, test } from './fixtures.ts';
import { axeViolations } from './helpers.ts';

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

test('results come as you type, after a pause; Enter still searches at once', async ({ page }) => {
  await page.goto('/search/');
  const box = page.locator('#search-query');
  await box.pressSequentially('punishment', { delay: 40 });
  await expect(page.locator('.g-search__results > li').first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=punishment$/);
  await expect(page.getByRole('status')).toHaveText(/results? for “punishment”/);
});

test('a result links to the paragraph or section where the match is', async ({ page }) => {
  await page.goto('/search/?q=sticking%20point');
  const paper = page.locator('.g-search__results > li', {
    has: page.getByRole('link', { name: 'Joining the Dots: Security Guarantees for Ukraine' }),
  });
  await expect(paper.getByRole('link')).toHaveAttribute('href', /\/papers\/joining-the-dots\/#p1$/);
  await expect(paper).toContainText('¶ 1');
});

test('the glossary list on the paper page is not indexed as the paper', async ({ page }) => {
  // Words of the alliance's short definition: on the paper page only in "Concepts in this paper".
  await page.goto('/search/?q=formal%20commitment%20among%20states');
  await expect(page.locator('.g-search__results > li').first()).toBeVisible();
  await expect(page.locator('.g-search__results a[href*="/papers/"]')).toHaveCount(0);
});

test('excerpts keep words apart, and highlights are readable in both themes', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/search/?q=broader');
    await expect(page.locator('.g-search__results mark').first()).toBeVisible();
    const excerpts = await page.locator('.g-search__results p').allTextContents();
    expect(excerpts.filter((e) => /concepts[A-Z]/.test(e))).toEqual([]);
    expect(await axeViolations(page), scheme).toEqual([]);
  }
});
