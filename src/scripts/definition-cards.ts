/**
 * Progressive enhancement of concept terms (the cards already work with CSS alone):
 * hover with an intent delay and a grace period (WCAG 1.4.13: hoverable, persistent),
 * Esc to dismiss, first tap opens the card on touch, and placement inside the viewport.
 * Everything is in the page already: no request is made.
 */

// A module (not a global script), so its names stay private.
export {};

const OPEN_DELAY = 150;
const CLOSE_DELAY = 300;
const GAP = 6;
const MARGIN = 8;
const MAX_WIDTH = 352;
/** Below this viewport width (px) a card opens above its term when there is room. */
const NARROW = 640;

let openTerm: HTMLElement | null = null;
/**
 * A term whose card was dismissed (Esc, Close) while the pointer was over it: resting there does
 * not reopen it, until the pointer leaves. Any new focus, tap or hover opens it again.
 */
let dismissed: HTMLElement | null = null;
/** Set while the script itself puts focus back on a term's link, which must not reopen its card. */
let refocusing = false;
let openTimer = 0;
let closeTimer = 0;
/** The term under a touch or pen press, and whether its card was open before the press. */
let pressed: { term: HTMLElement; wasOpen: boolean } | null = null;

const termOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>('.g-term') : null;
const linkOf = (term: HTMLElement) => term.querySelector<HTMLAnchorElement>('.g-term__link');
const cardOf = (term: HTMLElement) => term.querySelector<HTMLElement>('.g-card');

function show(term: HTMLElement): void {
  clearTimeout(openTimer);
  clearTimeout(closeTimer);
  if (openTerm && openTerm !== term) hide(openTerm);
  openTerm = term;
  term.dataset['open'] = '';
  addActions(term);
  place(term);
}

function hide(term: HTMLElement): void {
  delete term.dataset['open'];
  // The sentence carries no card text while the card is closed (Reader View, copy, search).
  cardOf(term)?.querySelector('.g-card__actions')?.remove();
  if (openTerm === term) openTerm = null;
}

/** "Read the entry" and "Close", built while the card is open (text set as text, never HTML). */
function addActions(term: HTMLElement): void {
  const card = cardOf(term);
  const link = linkOf(term);
  if (!card || !link || card.querySelector('.g-card__actions')) return;
  const actions = document.createElement('span');
  actions.className = 'g-card__actions';
  const more = document.createElement('a');
  more.className = 'g-card__more';
  more.setAttribute('href', link.getAttribute('href') ?? '');
  more.tabIndex = -1;
  more.textContent = 'Read the entry';
  const close = document.createElement('button');
  close.className = 'g-card__close';
  close.type = 'button';
  close.tabIndex = -1;
  close.textContent = 'Close';
  const title = card.querySelector('.g-card__title')?.getAttribute('data-text') ?? '';
  close.setAttribute('aria-label', `Close the definition of ${title}`);
  actions.append(more, close);
  card.append(actions);
}

/** Below the term when it fits, else above; clamped to the viewport; never over the term. */
function place(term: HTMLElement): void {
  const card = cardOf(term);
  const link = linkOf(term);
  if (!card || !link) return;
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = document.documentElement.clientHeight;
  card.style.maxWidth = `${Math.min(MAX_WIDTH, viewportWidth - 2 * MARGIN)}px`;
  card.style.maxHeight = '';
  card.style.overflowY = '';
  const first = link.getClientRects()[0] ?? link.getBoundingClientRect();
  const whole = link.getBoundingClientRect();
  const { width, height } = card.getBoundingClientRect();
  const below = viewportHeight - whole.bottom - GAP - MARGIN;
  const above = whole.top - GAP - MARGIN;
  // On a narrow screen a card below its term covers the rest of the paragraph, and with it the
  // next term the reader may want to tap: there the card goes above the term when it fits.
  const narrow = viewportWidth < NARROW;
  const side = narrow && height <= above ? 'above' : height <= below || below >= above ? 'below' : 'above';
  const room = side === 'below' ? below : above;
  if (height > room) {
    // Only a card cut to the room it has scrolls (see .g-card in global.css).
    card.style.maxHeight = `${Math.max(room, 0)}px`;
    card.style.overflowY = 'auto';
  }
  const left = Math.max(MARGIN, Math.min(first.left, viewportWidth - width - MARGIN));
  const top = side === 'below' ? whole.bottom + GAP : whole.top - GAP - Math.min(height, room);
  // Absolute, not fixed, so the card scrolls with its term and never moves on its own.
  const parent = card.offsetParent ?? document.documentElement;
  const origin = parent.getBoundingClientRect();
  card.dataset['side'] = side;
  card.style.left = `${left - origin.left - parent.clientLeft}px`;
  card.style.top = `${top - origin.top - parent.clientTop}px`;
}

document.documentElement.classList.add('g-js');

document.addEventListener('pointerover', (event) => {
  if (event.pointerType !== 'mouse') return;
  const term = termOf(event.target);
  if (!term) return;
  if (term === openTerm) {
    clearTimeout(closeTimer);
    return;
  }
  if (term === dismissed) return;
  clearTimeout(openTimer);
  openTimer = window.setTimeout(() => show(term), OPEN_DELAY);
});

document.addEventListener('pointerout', (event) => {
  if (event.pointerType !== 'mouse') return;
  const term = termOf(event.target);
  if (!term || term.contains(event.relatedTarget as Node | null)) return;
  clearTimeout(openTimer);
  if (dismissed === term) dismissed = null;
  if (term !== openTerm || term.contains(document.activeElement)) return;
  clearTimeout(closeTimer);
  closeTimer = window.setTimeout(() => hide(term), CLOSE_DELAY);
});

document.addEventListener('focusin', (event) => {
  const term = termOf(event.target);
  if (term && !refocusing) show(term);
});

document.addEventListener('focusout', (event) => {
  const term = termOf(event.target);
  if (!term || term.contains(event.relatedTarget as Node | null)) return;
  if (term === openTerm && !term.matches(':hover')) hide(term);
});

/** Closes a term's card by the reader's choice; focus inside it goes back to the term's link. */
function dismiss(term: HTMLElement, refocus: boolean): void {
  hide(term);
  dismissed = term.matches(':hover') ? term : null;
  if (!refocus) return;
  refocusing = true;
  linkOf(term)?.focus();
  refocusing = false;
}

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !openTerm) return;
  dismiss(openTerm, openTerm.contains(document.activeElement));
});

document.addEventListener('pointerdown', (event) => {
  const term = event.pointerType === 'mouse' ? null : termOf(event.target);
  pressed = term ? { term, wasOpen: term === openTerm } : null;
});

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const term = termOf(target);
  if (target?.closest('.g-card__close') && term) {
    dismiss(term, true);
    return;
  }
  // Touch or pen: the first tap on a term opens its card; a second tap follows the link.
  if (term && pressed?.term === term && target?.closest('.g-term__link') && !pressed.wasOpen) {
    event.preventDefault();
    dismissed = null;
    show(term);
  } else if (openTerm && openTerm !== term) {
    hide(openTerm);
  }
  pressed = null;
});

window.addEventListener(
  'resize',
  () => {
    if (openTerm) place(openTerm);
  },
  { passive: true },
);
