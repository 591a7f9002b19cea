import { expect, test } from './fixtures.ts';
import { conceptIds } from './helpers.ts';

test.describe('the glossary', () => {
  test('the index links every concept, A–Z with its short definition, and by category by title only', async ({
    page,
  }) => {
    await page.goto('/concepts/');
    const az = page.locator('section[aria-labelledby="a-z"] dt a');
    const byCategory = page.locator('section[aria-labelledby="by-category"] li a');
    await expect(az).toHaveCount(conceptIds.length);
    await expect(byCategory).toHaveCount(conceptIds.length);
    const hrefs = await az.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(conceptIds.map((id) => `/concepts/${id}/`).sort());
    const titles = await az.allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    await expect(page.locator('section[aria-labelledby="a-z"] dd').first()).not.toBeEmpty();
    await expect(page.locator('section[aria-labelledby="by-category"] dd')).toHaveCount(0);
    // One paper on the site: no "Used in" line repeated under every concept.
    await expect(page.locator('.g-glossary__used')).toHaveCount(0);
  });

  test('every concept page exists, with definition, entry, sources and history', async ({ page }) => {
    for (const id of conceptIds) {
      const response = await page.goto(`/concepts/${id}/`);
      expect(response?.status(), id).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
      await expect(page.locator('.g-definition')).not.toBeEmpty();
      await expect(page.locator('.g-entry p').first()).not.toBeEmpty();
      await expect(page.locator('.g-sources li').first()).toBeVisible();
      await expect(page.locator('.g-history li').first()).toBeVisible();
    }
  });

  test('relations show in both directions', async ({ page }) => {
    await page.goto('/concepts/deterrence/');
    const relations = page.locator('.g-relations');
    // deterrence-by-denial lists deterrence as broader; the inverse shows here as narrower.
    await expect(
      relations
        .locator('div', { hasText: 'Narrower concepts' })
        .getByRole('link', { name: 'Deterrence by denial' }),
    ).toBeVisible();
    await page.goto('/concepts/deterrence-by-denial/');
    await expect(
      page
        .locator('.g-relations div', { hasText: 'Broader concepts' })
        .getByRole('link', { name: 'Deterrence', exact: true }),
    ).toBeVisible();
  });

  test('"In the paper" lists each occurrence with its ¶ number, context and a working link', async ({
    page,
  }) => {
    await page.goto('/concepts/collective-defence/');
    const items = page.locator('.g-uses__list li');
    expect(await items.count()).toBeGreaterThanOrEqual(4);
    await expect(items.first().getByRole('link')).toHaveText('¶ 5');
    await expect(items.first().locator('blockquote')).toContainText('premised upon collective defence');
    await items.first().getByRole('link').click();
    await expect(page).toHaveURL(/\/papers\/joining-the-dots\/#p5$/);
    await expect(page.locator('#p5')).toContainText('For all the dancing around the issue');
  });

  test('every occurrence link on every concept page points at a paragraph that exists', async ({ page }) => {
    const targets = new Set<string>();
    for (const id of conceptIds) {
      await page.goto(`/concepts/${id}/`);
      for (const href of await page
        .locator('.g-uses__list a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
        targets.add(href);
    }
    expect(targets.size).toBeGreaterThan(15);
    await page.goto('/papers/joining-the-dots/');
    for (const href of targets) {
      const fragment = href.split('#')[1] ?? '';
      expect(fragment, href).not.toBe('');
      await expect(page.locator(`[id="${fragment}"]`), href).toHaveCount(1);
    }
  });

  test('the comparison appears on both concept pages', async ({ page }) => {
    for (const id of ['deterrence-by-punishment', 'deterrence-by-denial']) {
      await page.goto(`/concepts/${id}/`);
      await expect(page.getByRole('table', { name: /punishment and deterrence by denial/ })).toBeVisible();
    }
  });

  test('home lists the paper and the glossary; unknown addresses get the 404 page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Joining the Dots: Security Guarantees for Ukraine' }).click();
    await expect(page).toHaveURL(/\/papers\/joining-the-dots\/$/);
    const response = await page.goto('/concepts/no-such-concept/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });

  test('"Also" names true alternative names, not inflections of the title', async ({ page }) => {
    await page.goto('/concepts/deterrence/');
    const also = page.locator('.g-aliases');
    await expect(also).toContainText('deterrence theory');
    await expect(also).not.toContainText('deterring');
  });

  test('definitions use typographic quotes and apostrophes', async ({ page }) => {
    await page.goto('/concepts/musketeer-principle/');
    const definition = page.locator('.g-definition');
    await expect(definition).toContainText('\u201Call for one and one for all\u201D');
    await expect(definition).not.toContainText('"');
    await expect(definition).not.toContainText("'");
  });
});

test('the home page is for readers: site title, the paper with a way in, what the edition adds, the glossary', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossa');
  await expect(page.locator('.g-cards')).toContainText('Jun Yan Chang');
  // A <data> element (not <time>): Zotero must not take the paper's date for the home page's.
  await expect(page.locator('.g-cards data')).toHaveAttribute('value', '2025-03-25');
  await page.getByRole('link', { name: /^Start reading/ }).click();
  await expect(page).toHaveURL(/\/papers\/joining-the-dots\/$/);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'What this edition adds' })).toBeVisible();
  const glance = page.locator('section[aria-labelledby="glossary"] .g-titles a');
  expect(await glance.count()).toBe(conceptIds.length);
  expect(await page.locator('main').innerText()).not.toMatch(/[a-z]\.[A-Z0-9]/); // no glued sentences
});
