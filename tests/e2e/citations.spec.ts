/** Students cite: the How-to-cite box, copy, downloads, pinpoints and the metadata Zotero reads. */
import { expect, test } from './fixtures.ts';
import { conceptIds } from './helpers.ts';

const PAPER = '/papers/joining-the-dots/';

test('every concept page carries the metadata Zotero reads, as an encyclopedia entry', async ({ page }) => {
  for (const id of conceptIds) {
    await page.goto(`/concepts/${id}/`);
    const meta = async (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
    expect(await meta('DC.type'), id).toBe('encyclopediaArticle');
    expect(await meta('citation_title'), id).toBe(
      await page.getByRole('heading', { level: 1 }).textContent(),
    );
    expect(await meta('citation_author'), id).toBe('Glossa');
    expect(await meta('citation_date'), id).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(await meta('citation_public_url'), id).toBe(
      await page.locator('link[rel="canonical"]').getAttribute('href'),
    );
    expect(await meta('DC.source'), id).toBe('Glossa');
    expect(await meta('prism.publicationName'), id).toBe('Glossa');
    expect(await meta('citation_language'), id).toBe('en-GB');
    await expect(page.locator('meta[property="og:type"]'), id).toHaveCount(0);
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as Record<string, unknown>;
    expect(jsonLd['@type'], id).toBe('DefinedTerm');
    expect((jsonLd['inDefinedTermSet'] as Record<string, unknown>)['@type'], id).toBe('DefinedTermSet');
  }
});

test('the paper page carries report metadata for the original publication', async ({ page }) => {
  await page.goto(PAPER);
  const meta = async (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
  expect(await meta('DC.type')).toBe('report');
  expect(await meta('citation_author')).toBe('Chang, Jun Yan');
  expect(await meta('citation_date')).toBe('2025/03/25');
  expect(await meta('citation_technical_report_number')).toBe('039/2025');
  expect(await meta('citation_technical_report_institution')).toMatch(
    /^S\. Rajaratnam School of International Studies/,
  );
});

test('How to cite: the style choice shows one style at a time, with an in-text form', async ({ page }) => {
  await page.goto('/concepts/musketeer-principle/');
  const box = page.locator('.g-cite');
  await expect(box.locator('.g-cite__panel:visible')).toHaveCount(1);
  await expect(box.locator('.g-cite__panel:visible .g-cite__ref')).toHaveText(
    'Glossa. (2026). Musketeer principle. In Glossa. http://localhost:4321/concepts/musketeer-principle/',
  );
  await box.getByLabel('MLA 9').check();
  await expect(box.locator('.g-cite__panel:visible .g-cite__ref')).toHaveText(
    'Glossa. “Musketeer Principle.” Glossa, 26 Nov. 2026, http://localhost:4321/concepts/musketeer-principle/.',
  );
  await expect(box.locator('.g-cite__panel:visible .g-cite__cite')).toHaveText('In the text: (Glossa)');
});

test('the copy button puts the citation on the clipboard and confirms it, visibly and to screen readers', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/concepts/deterrence-by-denial/');
  const panel = page.locator('.g-cite__panel[data-style="chicago-author-date"]');
  await page.locator('.g-cite').getByLabel('Chicago (author-date)').check();
  await panel.getByRole('button', { name: 'Copy the Chicago (author-date) reference' }).click();
  await expect(panel.getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Glossa. 2026. “Deterrence by Denial.” In Glossa. http://localhost:4321/concepts/deterrence-by-denial/.',
  );
});

test('downloads: BibTeX (both variants), RIS and CSL-JSON for a concept and for both paper records', async ({
  page,
  request,
}) => {
  await page.goto('/concepts/power/');
  const links = page.locator('.g-cite__downloads a');
  await expect(links).toHaveText(['BibTeX (biblatex @online)', 'BibTeX (classic @misc)', 'RIS', 'CSL-JSON']);
  const bodies = await Promise.all(
    (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map(async (href) =>
      (await request.get(href)).text(),
    ),
  );
  expect(bodies[0]).toMatch(/^@online\{power,/);
  expect(bodies[1]).toMatch(/^@misc\{power,/);
  expect(bodies[2]).toMatch(/^TY {2}- ENCYC\r?\n/);
  expect(JSON.parse(bodies[3] ?? '')).toEqual([
    expect.objectContaining({ type: 'entry-encyclopedia', title: 'Power' }),
  ]);
  await page.goto(PAPER);
  await expect(page.locator('.g-cite__record')).toHaveCount(2);
  expect(await (await request.get(`${PAPER}original.ris`)).text()).toMatch(/^TY {2}- RPRT/);
  expect(await (await request.get(`${PAPER}edition.json`)).text()).toContain('Joining the Dots');
});

test('a ¶ number links to its paragraph and offers the APA pinpoint', async ({ page }) => {
  await page.goto(PAPER);
  const pin = page.locator('#p7-cite');
  await expect(pin).toBeHidden();
  await page.locator('#p7 > a.g-pnum').click();
  await expect(page).toHaveURL(/#p7$/);
  await expect(pin).toBeVisible();
  await expect(pin).toContainText('Cite this paragraph: (Chang, 2025, para. 7)');
  await expect(pin.getByRole('link')).toHaveText('http://localhost:4321/papers/joining-the-dots/#p7');
});

test('the revision history is shown, and the citation uses the latest revision date', async ({ page }) => {
  await page.goto('/concepts/power/');
  await expect(page.locator('.g-history li').first()).toContainText('2026-11-26: First published.');
  await expect(page.locator('.g-cite__panel[data-style="apa"] .g-cite__ref')).toContainText('(2026)');
});
