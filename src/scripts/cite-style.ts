/**
 * The reader's citation style, remembered: choosing a style in any "How to cite" box chooses it
 * in every box of the page and of later pages (localStorage, as the theme is), and puts that
 * style's line first in the ¶ pins. Without JavaScript, or with storage off, the radio buttons
 * still switch the box they are in (CSS :has()), and the pins list every style.
 */
export {};

const KEY = 'glossa-cite-style';
const radios = () => [...document.querySelectorAll<HTMLInputElement>('.g-cite__styles input[type="radio"]')];

function apply(style: string): void {
  if (!radios().some((r) => r.value === style)) return;
  for (const radio of radios()) if (radio.value === style) radio.checked = true;
  for (const line of document.querySelectorAll<HTMLElement>('.g-pin__styles > li'))
    line.toggleAttribute('data-chosen', line.dataset['style'] === style);
}

let saved: string | null = null;
try {
  saved = localStorage.getItem(KEY);
} catch {
  // Storage can be disabled: the page's first style stays chosen.
}
apply(saved ?? radios()[0]?.value ?? '');

document.addEventListener('change', (event) => {
  const radio = event.target instanceof HTMLInputElement ? event.target : null;
  if (!radio?.closest('.g-cite__styles') || !radio.checked) return;
  apply(radio.value);
  try {
    localStorage.setItem(KEY, radio.value);
  } catch {
    // The choice then lasts for this page only.
  }
});
