/** The concept map: drawn at build time, linked, explained, and said again in words. */
import { expect, test } from './fixtures.ts';
import { conceptIds } from './helpers.ts';

test('the glossary map has a node per concept, each linking to an existing page', async ({
  page,
  request,
}) => {
  await page.goto('/concepts/');
  const map = page.locator('section[aria-labelledby="map"] .g-map');
  const nodes = map.locator('svg a.g-map__node');
  await expect(nodes).toHaveCount(conceptIds.length);
  for (const href of await nodes.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
  // The legend explains every relation kind drawn; the list says the same relations in words.
  const edges = await map.locator('svg.g-map__svg path.g-map__edge').count();
  await expect(map.locator('.g-map__list li')).toHaveCount(edges);
  await expect(map.locator('.g-map__legend li')).toHaveCount(3);
});

test('every concept with relations shows its neighbourhood, centred on itself', async ({ page }) => {
  for (const id of conceptIds) {
    await page.goto(`/concepts/${id}/`);
    const hasRelations = (await page.locator('.g-relations dd').count()) > 0;
    const map = page.locator('section[aria-labelledby="neighbourhood"] .g-map');
    await expect(map, id).toHaveCount(hasRelations ? 1 : 0);
    if (!hasRelations) continue;
    await expect(map.locator('a.g-map__node--focus'), id).toHaveAttribute('href', `/concepts/${id}/`);
    // Every relation listed on the page is a node of the map.
    const related = await page
      .locator('.g-relations dd a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const nodes = await map
      .locator('a.g-map__node')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of related) expect(nodes, id).toContain(href);
  }
});

test('the map is usable at 390 px: it scrolls inside its own region and its nodes are reachable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/concepts/');
  const region = page.locator('section[aria-labelledby="map"] .g-map__scroll');
  const widths = await region.evaluate((el) => ({
    client: el.clientWidth,
    scroll: el.scrollWidth,
    page: document.documentElement.scrollWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(390);
  expect(widths.client).toBeLessThanOrEqual(390);
  await region.locator('a.g-map__node').first().focus();
  await expect(region.locator('a.g-map__node').first()).toBeFocused();
});
