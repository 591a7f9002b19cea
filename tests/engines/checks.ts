/**
 * The definition-card checks, written once against the Engine interface and run unchanged in
 * every engine by run.ts. Each check loads the page itself, so each stands alone.
 *
 * A check fails by throwing. Where an engine truly cannot do something, the check throws a Skip
 * that names the engine and says why, so the gap shows in the results and in the README's
 * browser-support table; a Skip is never used to hide a product bug.
 */
import {
  CLOSE_DELAY,
  LINK,
  OPEN_DELAY,
  TERM,
  assert,
  openPaper,
  placement,
  sleep,
  state,
  tabOntoTerm,
  waitFor,
  waitForCard,
  type Check,
} from './check-helpers.ts';

export { PAPER, Skip, type Check, type CheckContext } from './check-helpers.ts';

export const checks: Check[] = [
  {
    id: 'hover',
    title: 'hover shows the card after the intent delay; it stays while the pointer moves onto it',
    async run(context) {
      const { engine } = context;
      await openPaper(context);
      await engine.evaluate((sel: string) => {
        const term = document.querySelector(sel);
        if (!term) throw new Error(`no ${sel}`);
        term.scrollIntoView({ block: 'center' });
        // Times measured in the page, so the driver's own latency does not count.
        const times = { over: -1, open: -1 };
        (window as unknown as { hoverTimes: typeof times }).hoverTimes = times;
        term.addEventListener('pointerover', () => {
          if (times.over < 0) times.over = performance.now();
        });
        new MutationObserver(() => {
          if (times.open < 0 && term.hasAttribute('data-open')) times.open = performance.now();
        }).observe(term, { attributes: true, attributeFilter: ['data-open'] });
      }, TERM);
      await engine.movePointer(2, 2);
      assert(!(await state(engine)).open, 'card open before the pointer came');
      await engine.hover(LINK);
      await waitForCard(engine, true, 'card did not open on hover');
      const times = await engine.evaluate(
        () => (window as unknown as { hoverTimes: { over: number; open: number } }).hoverTimes,
        null,
      );
      assert(times.over >= 0, 'no pointerover event reached the term');
      const delay = times.open - times.over;
      // Timers never fire early; 5 ms allows for clock rounding (Firefox coarsens performance.now).
      assert(
        delay >= OPEN_DELAY - 5,
        `card opened ${delay.toFixed(0)} ms after the pointer came: no intent delay`,
      );
      assert(delay < 1_000, `card took ${delay.toFixed(0)} ms to open`);

      const { card } = await state(engine);
      await engine.movePointer(card.left + Math.min(20, card.width / 2), card.top + card.height / 2, 8);
      await sleep(CLOSE_DELAY * 2.5);
      const onCard = await state(engine);
      assert(onCard.hovered, 'the pointer did not reach the card');
      assert(onCard.open && onCard.visible, 'card closed while the pointer was on it');

      await engine.movePointer(2, 2, 4);
      await waitForCard(engine, false, 'card stayed open after the pointer left term and card');
      return `opened ${delay.toFixed(0)} ms after the pointer came`;
    },
  },
  {
    id: 'keyboard',
    title: 'keyboard focus (Tab from just before) shows the card',
    async run(context) {
      await tabOntoTerm(context);
      await waitForCard(context.engine, true, 'card did not open on keyboard focus');
    },
  },
  {
    id: 'escape',
    title: 'Esc closes the card and focus stays on the term link',
    async run(context) {
      const { engine } = context;
      await tabOntoTerm(context);
      await waitForCard(engine, true, 'card did not open on keyboard focus');
      await engine.press('Escape');
      const after = await waitForCard(engine, false, 'Esc did not close the card');
      assert(after.focused, 'focus left the term link on Esc');
      await sleep(CLOSE_DELAY);
      const later = await state(engine);
      assert(
        !later.open && later.focused,
        `card reopened or focus moved after Esc: ${JSON.stringify(later)}`,
      );
    },
  },
  {
    id: 'reopen',
    title: 'after Esc on a hovered card, focus opens it again; after Esc on focus, a new hover does',
    async run(context) {
      const { engine } = context;
      await openPaper(context);
      await engine.movePointer(2, 2);
      await engine.hover(LINK);
      await waitForCard(engine, true, 'card did not open on hover');
      await engine.press('Escape');
      await waitForCard(engine, false, 'Esc did not close the hovered card');
      await sleep(CLOSE_DELAY);
      assert(!(await state(engine)).open, 'the card reopened while the pointer rested on its term');
      await engine.focus(LINK);
      await waitForCard(engine, true, 'focus on the term did not reopen the card dismissed with Esc');
      await engine.press('Escape');
      const closed = await waitForCard(engine, false, 'Esc did not close the focused card');
      assert(closed.focused, 'focus left the term link on Esc');
      await engine.movePointer(2, 2, 4);
      await engine.hover(LINK);
      await waitForCard(engine, true, 'a new hover did not reopen the card dismissed with Esc');
      await engine.press('Escape');
      await waitForCard(engine, false, 'Esc did not close the card the second time');
      // Leave the pointer off the term: a later check's hover must be a movement onto it.
      await engine.movePointer(2, 2, 4);
      return undefined;
    },
  },
  {
    id: 'placement-390',
    title: 'at 390 px wide every card lies inside the viewport and does not cover its term',
    run: placement(390, 844),
  },
  {
    id: 'placement-1280',
    title: 'at 1280 px wide every card lies inside the viewport and does not cover its term',
    run: placement(1280, 800),
  },
  {
    id: 'link',
    title: "the term links to its concept page, whose h1 is the concept's title",
    async run(context) {
      const { engine } = context;
      await openPaper(context);
      const term = await engine.evaluate((sel: string) => {
        const link = document.querySelector<HTMLAnchorElement>(`${sel} > .g-term__link`);
        const title = document.querySelector(`${sel} .g-card__title`)?.getAttribute('data-text')?.trim();
        return link ? { href: link.getAttribute('href') ?? '', title: title ?? '' } : null;
      }, TERM);
      assert(term, 'no term link');
      assert(/^\/concepts\/[a-z0-9-]+\/$/.test(term.href), `href ${term.href} is not a concept page`);
      assert(term.title, 'the card has no title');
      // Follow it as a keyboard user does: focus the link (its card opens) and press Enter.
      await engine.focus(LINK);
      await engine.press('Enter');
      await waitFor(
        engine,
        (href: string) => location.pathname === href && document.readyState === 'complete',
        term.href,
        `Enter on the term did not load ${term.href}`,
        15_000,
      );
      const h1 = await engine.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '', null);
      assert(h1 === term.title, `h1 is "${h1}", the card says "${term.title}"`);
    },
  },
  {
    id: 'console',
    title: 'no console errors on the paper page (loading, hovering, focusing, Esc)',
    async run(context) {
      const { engine } = context;
      await openPaper(context);
      await engine.hover(LINK);
      await waitForCard(engine, true, 'card did not open on hover');
      await engine.press('Escape');
      await engine.focus('#p10 .g-term__link');
      await waitForCard(engine, true, 'card did not open on focus', '#p10 .g-term');
      await engine.movePointer(2, 2);
      await sleep(CLOSE_DELAY * 2);
      const errors = await engine.consoleErrors();
      assert(errors.length === 0, `${errors.length} console error(s):\n${errors.join('\n')}`);
    },
  },
];
