/** Phones to wide screens: one header layout, one left edge, readable comparisons, long dates. */
import { expect, test } from './fixtures.ts';

const PAGES = ['/', '/papers/joining-the-dots/', '/concepts/deterrence-by-denial/', '/search/'];

for (const width of [320, 390, 600, 768, 1024, 1280, 1920, 2560]) {
  test(`at ${width} px: one header layout, one left edge, nothing wider than the page`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const layouts = new Set<string>();
    for (const path of PAGES) {
      await page.goto(path);
      const g = await page.evaluate(() => {
        const left = (sel: string) =>
          Math.round(document.querySelector(sel)?.getBoundingClientRect().left ?? -1);
        const header = [...document.querySelectorAll('.g-header > *')].map((el) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        });
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          edges: [left('.g-brand'), left('main > :first-child'), left('.g-footer > :first-child')],
          header,
          rows: [...new Set(header.map((r) => Math.round(r.top / 8)))].length,
        };
      });
      expect(g.overflow, path).toBeLessThanOrEqual(0);
      expect(new Set(g.edges).size, `${path}: left edges ${g.edges.join(', ')}`).toBe(1);
      for (const [i, a] of g.header.entries()) {
        expect(a.right, `${path}: header item ${i} leaves the page`).toBeLessThanOrEqual(width);
        for (const b of g.header.slice(i + 1))
          expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, path).toBe(
            false,
          );
      }
      layouts.add(`${g.rows} rows`);
    }
    expect([...layouts]).toHaveLength(1);
  });
}

for (const width of [320, 390]) {
  test(`at ${width} px the comparison shows both concepts, stacked, inside the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/papers/joining-the-dots/', '/concepts/deterrence-by-denial/']) {
      await page.goto(path);
      const cells = page.locator('.g-contrast td');
      expect(await cells.count()).toBeGreaterThan(4);
      for (const cell of await cells.all()) {
        const box = await cell.boundingBox();
        expect((box?.x ?? 0) + (box?.width ?? 0), path).toBeLessThanOrEqual(width);
      }
      const labels = await cells.evaluateAll((tds) =>
        tds.map((td) => getComputedStyle(td, '::before').content),
      );
      expect(
        labels.some((l) => l.includes('Deterrence by denial')),
        path,
      ).toBe(true);
    }
  });
}

test('dates in prose are long, with the ISO date in datetime', async ({ page }) => {
  await page.goto('/concepts/deterrence/');
  const times = await page
    .locator('main time')
    .evaluateAll((ts) =>
      ts.map((t) => ({ text: t.textContent ?? '', iso: t.getAttribute('datetime') ?? '' })),
    );
  expect(times.length).toBeGreaterThan(0);
  for (const t of times) {
    expect(t.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(t.text).toMatch(
      /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
    );
  }
});

test('long addresses wrap at their slashes', async ({ page }) => {
  await page.goto('/concepts/deterrence/');
  expect(await page.locator('.g-history code wbr').count()).toBeGreaterThan(2);
});
