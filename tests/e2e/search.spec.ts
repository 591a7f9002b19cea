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
  await expect(paper.getByRole('link').first()).toHaveAttribute('href', /\/papers\/joining-the-dots\/#p1$/);
  await expect(paper.getByRole('link', { name: '¶ 1' })).toHaveAttribute('href', /#p1$/);
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

test('dated versions are not searched: every hit is a live page, the entry first', async ({ page }) => {
  await page.goto('/search/?q=deterrence%20by%20denial');
  const links = page.locator('.g-search__results > li > a');
  await expect(links.first()).toHaveAttribute('href', '/concepts/deterrence-by-denial/');
  const hrefs = await page
    .locator('.g-search__results a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => /\/\d{4}-\d{2}-\d{2}\//.test(h))).toEqual([]);
  // A superseded version is reachable from its entry's history, not from search.
  await page.goto('/search/?q=musketeers');
  await expect(page.locator('.g-search__results > li').first()).toBeVisible();
  await expect(page.locator('.g-search__results a[href*="/2026-11-29/"]')).toHaveCount(0);
  await page.goto('/entities/the-three-musketeers/');
  await expect(page.locator('a[href="/entities/the-three-musketeers/2026-11-29/"]').first()).toBeAttached();
});

test('the paper comes right after the entries it names, with every matching ¶ linked', async ({ page }) => {
  await page.goto('/search/?q=NATO');
  const results = page.locator('.g-search__results > li');
  await expect(results.first()).toBeVisible();
  // The entries named for the word come first (NATO, NATO membership for Ukraine), then the paper.
  const titles = await results.locator('> a').allTextContents();
  const at = titles.indexOf('Joining the Dots: Security Guarantees for Ukraine');
  expect(at, titles.join(' | ')).toBeGreaterThan(0);
  expect(titles.slice(0, at).filter((t) => !t.includes('NATO'))).toEqual([]);
  const paper = results.nth(at);
  const places = paper.locator('.g-search__places a');
  expect(await places.allTextContents()).toEqual(['¶ 2', '¶ 7', '¶ 16', '¶ 17']);
  await expect(places.nth(1)).toHaveAttribute('href', '/papers/joining-the-dots/#p7');
  await expect(paper.locator('.g-search__places li').nth(1)).toContainText(
    'Collective defence, operationalised in an alliance like NATO',
  );
});

test('every counted hit can be reached: "Show more" lists the rest', async ({ page }) => {
  await page.goto('/search/?q=deterrence');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^\d+ results for “deterrence”\.$/);
  const count = Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(20);
  const results = page.locator('.g-search__results > li');
  await expect(results).toHaveCount(20);
  const more = page.getByRole('button', { name: /Show more results/ });
  await more.click();
  await expect(results).toHaveCount(count);
  await expect(more).toBeHidden();
  await expect(results.nth(20).locator('a').first()).toBeFocused();
});

test('excerpts are whole sentences, mark the query’s words only, and keep table cells apart', async ({
  page,
}) => {
  await page.goto('/search/?q=deterrence%20by%20denial');
  await expect(page.locator('.g-search__results mark').first()).toBeVisible();
  const marks = await page.locator('.g-search__results mark').allTextContents();
  // Pagefind matches stems ("deterrent"); never "by" or a word's punctuation.
  expect(marks.filter((m) => !/^(deterr\w*|denial)$/i.test(m))).toEqual([]);
  const first = (await page.locator('.g-search__results > li').first().locator('p').textContent()) ?? '';
  expect(first).toMatch(/^Deterrence by denial discourages an attack/);
  await page.goto('/search/?q=mechanism');
  await expect(page.locator('.g-search__results mark').first()).toBeVisible();
  const text = (await page.locator('.g-search__results').textContent()) ?? '';
  expect(text).not.toMatch(/compared(Mechanism)|denial(Mechanism)|punishment(Deterrence)/);
});

test('a paper with many matching paragraphs lists six, and "Show all" the rest', async ({ page }) => {
  await page.goto('/search/?q=deterrence');
  const paper = page.locator('.g-search__results > li', { has: page.locator('.g-search__places') });
  const places = paper.locator('.g-search__places li');
  await expect(places.first()).toBeVisible();
  const total = await places.count();
  expect(total).toBeGreaterThan(6);
  await expect(paper.locator('.g-search__places li:visible')).toHaveCount(6);
  await paper.getByRole('button', { name: `Show all ${String(total)} places in the paper` }).click();
  await expect(paper.locator('.g-search__places li:visible')).toHaveCount(total);
  await expect(places.nth(6).getByRole('link')).toBeFocused();
  for (const href of await paper
    .locator('.g-search__places a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(/^\/papers\/joining-the-dots\/(#[\w-]+)?$/);
});
