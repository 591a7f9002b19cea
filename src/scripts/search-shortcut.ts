/**
 * "/" anywhere (outside a text field) moves focus to the search box in the header. The box names
 * the key only where this script runs and a keyboard is likely (a fine pointer), not on phones.
 */
export {};

const box = document.querySelector<HTMLInputElement>('#site-search');
if (box && matchMedia('(pointer: fine)').matches) box.placeholder = 'Search (press /)';

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  )
    return;
  if (!box) return;
  event.preventDefault();
  box.focus();
});
