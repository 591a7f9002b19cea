/** The concept map: drawn at build time, linked, explained, and said again in words. */
import type { Page } from '@playwright/test';
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
  await expect(map.locator('.g-map__legend li')).toHaveCount(3); // the whole glossary draws all three
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

/** Problems with a page's maps: labels outside their box, boxes outside the drawing, legend lines not drawn. */
async function mapProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const figure of document.querySelectorAll('.g-map')) {
      const svg = figure.querySelector<SVGSVGElement>('.g-map__svg');
      if (!svg) continue;
      const s = svg.getBoundingClientRect();
      for (const node of svg.querySelectorAll('.g-map__node')) {
        const rect = node.querySelector('rect')?.getBoundingClientRect();
        if (!rect) continue;
        for (const t of node.querySelectorAll('text')) {
          const b = t.getBoundingClientRect();
          if (b.left < rect.left - 0.5 || b.right > rect.right + 0.5)
            out.push(`"${t.textContent ?? ''}" overflows its box`);
        }
        if (
          rect.left < s.left - 0.5 ||
          rect.right > s.right + 0.5 ||
          rect.top < s.top - 0.5 ||
          rect.bottom > s.bottom + 0.5
        )
          out.push(`box "${node.textContent ?? ''}" is clipped`);
      }
      const drawn = new Set(
        [...svg.querySelectorAll('path.g-map__edge')].map(
          (p) => /g-map__edge--(\w+)/.exec(p.getAttribute('class') ?? '')?.[1],
        ),
      );
      const listed = [...figure.querySelectorAll('.g-map__legend path.g-map__edge')].map(
        (p) => /g-map__edge--(\w+)/.exec(p.getAttribute('class') ?? '')?.[1],
      );
      if (listed.some((k) => !drawn.has(k)) || listed.length !== drawn.size)
        out.push(`legend lists ${listed.join(', ')}; the map draws ${[...drawn].join(', ')}`);
    }
    return out;
  });
}

for (const width of [320, 1280, 1920]) {
  test(`at ${width} px no map box is clipped and each legend lists only the lines drawn`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const problems: string[] = [];
    for (const path of ['/concepts/', '/concepts/deterrence/', '/concepts/power/', '/concepts/coercion/']) {
      await page.goto(path);
      for (const p of await mapProblems(page)) problems.push(`${path}: ${p}`);
    }
    expect(problems).toEqual([]);
  });
}

test('printed, a map keeps its legend on its page', async ({ page }) => {
  await page.goto('/concepts/deterrence/');
  await page.emulateMedia({ media: 'print' });
  const style = await page
    .locator('.g-map')
    .first()
    .evaluate((el) => [
      getComputedStyle(el).breakInside,
      getComputedStyle(el.querySelector('figcaption') ?? el).breakAfter,
    ]);
  expect(style).toEqual(['avoid', 'avoid']);
});

for (const width of [1280, 1920]) {
  test(`at ${width} px every map shows every concept without scrolling, and no hint says it scrolls`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/concepts/', '/concepts/deterrence/', '/concepts/collective-defence/']) {
      await page.goto(path);
      const out = await page.evaluate(() => {
        const view = document.documentElement.clientWidth;
        const problems: string[] = [];
        if (document.documentElement.scrollWidth > view) problems.push('the page scrolls sideways');
        for (const box of document.querySelectorAll<HTMLElement>('.g-map__scroll')) {
          if (box.scrollWidth > box.clientWidth + 1)
            problems.push(`a map box scrolls (${box.scrollWidth} > ${box.clientWidth})`);
          for (const node of box.querySelectorAll('.g-map__node rect')) {
            const r = node.getBoundingClientRect();
            if (r.left < 0 || r.right > view) problems.push(`a node at ${r.left}–${r.right} is out of view`);
          }
        }
        for (const hint of document.querySelectorAll('.g-map__hint'))
          if (getComputedStyle(hint).display !== 'none') problems.push('the scroll hint shows');
        return problems;
      });
      expect(out, path).toEqual([]);
    }
  });
}

test('at 390 px a map wider than the window says so, and points to the list', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/concepts/');
  const hint = page.locator('section[aria-labelledby="map"] .g-map__hint');
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('scroll it sideways');
  await expect(page.locator('section[aria-labelledby="map"] .g-map__list summary')).toBeVisible();
});
