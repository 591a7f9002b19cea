/**
 * What the definition-card checks share: the page under test, the script's timings, polling,
 * the state of a card, loading the paper and Tab onto a term, and card placement.
 */
import type { Engine, PageFunction } from './adapters/types.ts';

export const PAPER = '/papers/joining-the-dots/';
/** A term in running text with room around it: the first one in paragraph 9. */
export const TERM = '#p9 .g-term';
export const LINK = `${TERM} > .g-term__link`;
/** The script's hover intent delay (src/scripts/definition-cards.ts, OPEN_DELAY). */
export const OPEN_DELAY = 150;
/** The script's grace period before a card closes (CLOSE_DELAY). */
export const CLOSE_DELAY = 300;

export class Skip extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Skip';
  }
}

export interface CheckContext {
  engine: Engine;
  /** An absolute URL on the test server. */
  url(path: string): string;
}

export interface Check {
  id: string;
  title: string;
  /** Throws on failure; may return a note for the result line. */
  run(context: CheckContext): Promise<string | undefined>;
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Polls a page function until it returns something truthy. Errors while polling (a page that is
 * navigating) count as "not yet".
 */
export async function waitFor<A, R>(
  engine: Engine,
  fn: PageFunction<A, R>,
  arg: A,
  what: string,
  timeout = 3_000,
): Promise<R> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await engine.evaluate(fn, arg);
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${what} (after ${timeout} ms; last: ${String(last)})`);
    await sleep(25);
  }
}

interface CardState {
  /** The term carries data-open. */
  open: boolean;
  /** The card is rendered (display is not none and it has a size). */
  visible: boolean;
  /** The pointer is over the card. */
  hovered: boolean;
  /** The term's link has focus. */
  focused: boolean;
  card: { left: number; top: number; width: number; height: number };
}

/** The state of the card of the term that `sel` matches. */
const cardState: PageFunction<string, CardState | null> = (sel) => {
  const term = document.querySelector(sel);
  const card = term?.querySelector('.g-card');
  const link = term?.querySelector('.g-term__link');
  if (!term || !card || !link) return null;
  const r = card.getBoundingClientRect();
  return {
    open: term.hasAttribute('data-open'),
    visible: getComputedStyle(card).display !== 'none' && r.width > 0 && r.height > 0,
    hovered: card.matches(':hover'),
    focused: document.activeElement === link,
    card: { left: r.left, top: r.top, width: r.width, height: r.height },
  };
};

export async function state(engine: Engine, selector = TERM): Promise<CardState> {
  const s = await engine.evaluate(cardState, selector);
  if (!s) throw new Error(`no term at ${selector}`);
  return s;
}

/** Waits for the term's card to be open and shown, or closed and hidden; returns its state. */
export async function waitForCard(
  engine: Engine,
  open: boolean,
  what: string,
  selector = TERM,
  timeout = 3_000,
) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const s = await state(engine, selector);
    if (open ? s.open && s.visible : !s.open && !s.visible) return s;
    if (Date.now() > deadline) throw new Error(`${what}: ${JSON.stringify(s)}`);
    await sleep(25);
  }
}

/** Loads the paper at a size, with JavaScript's enhancement in place. */
export async function openPaper({ engine, url }: CheckContext, width = 1280, height = 800): Promise<void> {
  await engine.setViewport(width, height);
  await engine.goto(url(PAPER));
  await waitFor(
    engine,
    () => document.documentElement.classList.contains('g-js'),
    null,
    'the card script did not run (no g-js class on <html>)',
  );
}

/** Focus just before the term, then Tab onto it, as a keyboard user would. */
export async function tabOntoTerm(context: CheckContext): Promise<void> {
  const { engine } = context;
  await openPaper(context);
  // Start from whatever is focusable just before the term (today, its paragraph's number).
  const before = await engine.evaluate((sel: string) => {
    const link = document.querySelector(sel);
    const focusable = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
    ].filter((el) => el.tabIndex >= 0 && !el.closest('[hidden], [inert]') && el.getClientRects().length);
    const start = focusable[focusable.findIndex((el) => el === link) - 1];
    start?.setAttribute('data-engines-start', '');
    return start ? start.outerHTML.slice(0, 80) : null;
  }, LINK);
  assert(before, 'nothing focusable before the term');
  await engine.focus('[data-engines-start]');
  await engine.press('Tab');
  const focused = await engine.evaluate((sel: string) => {
    const active = document.activeElement;
    return active === document.querySelector(sel)
      ? true
      : `${active?.localName ?? 'nothing'} ${active?.className ?? ''} ${active?.textContent?.slice(0, 40) ?? ''}`;
  }, LINK);
  assert(focused === true, `Tab from ${before} focused ${String(focused)}, not the term`);
}

type Box = { left: number; right: number; top: number; bottom: number };

/** Focuses every term of the paper in turn and returns what is wrong with where its card is. */
const placementProblems: PageFunction<null, Promise<{ count: number; problems: string[] }>> = async () => {
  await document.fonts.ready;
  const overlaps = (a: Box, b: Box) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const box = (r: DOMRect): Box => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
  const round = (b: Box) => Object.values(b).map(Math.round).join(',');
  const problems: string[] = [];
  const terms = [...document.querySelectorAll('.g-paper .g-term')];
  for (const term of terms) {
    const link = term.querySelector<HTMLElement>('.g-term__link');
    const card = term.querySelector<HTMLElement>('.g-card');
    if (!link || !card) continue;
    const name = `"${link.textContent ?? ''}"`;
    // Focus as Tab would, then let any scroll that reveals the term settle first: Chromium and
    // Firefox scroll before the focus events, WebKit a frame after them.
    link.focus();
    let frames = 0;
    let y = -1;
    while (frames < 3 || (y !== scrollY && frames < 30)) {
      y = scrollY;
      await new Promise((done) => requestAnimationFrame(done));
      frames++;
    }
    if (!term.hasAttribute('data-open') || getComputedStyle(card).display === 'none') {
      problems.push(`${name}: card did not open on focus`);
      continue;
    }
    const viewport = {
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
    };
    const c = box(card.getBoundingClientRect());
    if (c.left < 0 || c.top < 0 || c.right > viewport.width || c.bottom > viewport.height) {
      problems.push(`${name}: card [${round(c)}] leaves the ${viewport.width}×${viewport.height} viewport`);
    }
    const lines = [...link.getClientRects()].map(box);
    if (lines.some((l) => overlaps(l, c))) {
      const where = `card [${round(c)}], term [${lines.map(round).join('] [')}], ${card.dataset['side'] ?? '?'}`;
      problems.push(`${name}: card covers its term (${where})`);
    }
  }
  return { count: terms.length, problems };
};

export function placement(width: number, height: number): Check['run'] {
  return async (context) => {
    await openPaper(context, width, height);
    const size = await context.engine.evaluate(() => document.documentElement.clientWidth, null);
    // A classic scrollbar may take its width from the viewport; overlay scrollbars take none.
    assert(size <= width && size >= width - 20, `viewport is ${size}px wide, not ${width}px`);
    const { count, problems } = await context.engine.evaluate(placementProblems, null);
    assert(count > 10, `only ${count} terms found in the paper`);
    assert(problems.length === 0, `${problems.length} of ${count} cards misplaced:\n${problems.join('\n')}`);
    return `${count} cards`;
  };
}
