/** Helpers for the definition-card tests: geometry and open cards. */
import type { Locator, Page } from '@playwright/test';

/** Bounding boxes of a term's link (every line box) and of its card, in viewport coordinates. */
export async function geometry(term: Locator) {
  return term.evaluate((el) => {
    const link = el.querySelector('.g-term__link');
    const card = el.querySelector('.g-card');
    if (!link || !card) throw new Error('not a term');
    const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    return {
      link: [...link.getClientRects()].map(box),
      card: box(card.getBoundingClientRect()),
      viewport: {
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
      },
    };
  });
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Problems with a card's placement: outside the viewport, or over its own term. */
export async function placementProblems(term: Locator): Promise<string[]> {
  const g = await geometry(term);
  const problems: string[] = [];
  const c = g.card;
  if (c.left < 0 || c.top < 0 || c.right > g.viewport.width || c.bottom > g.viewport.height) {
    problems.push(`card ${JSON.stringify(c)} leaves the viewport ${JSON.stringify(g.viewport)}`);
  }
  if (g.link.some((l) => overlaps(l, c))) problems.push('card covers its own term');
  return problems;
}

/** Terms whose card is open. */
export const openTerms = (page: Page) => page.locator('.g-term[data-open]');
