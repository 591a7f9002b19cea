/**
 * The copy buttons of "How to cite": shown only when this script runs (and the clipboard is
 * available), they copy the plain text of the reference and confirm it visibly and to screen
 * readers through the status region beside the button.
 */
export {};

if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.g-copy')) button.hidden = false;
  document.addEventListener('click', (event) => {
    const button =
      event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button.g-copy') : null;
    const source = button?.dataset['copy'] ? document.getElementById(button.dataset['copy']) : null;
    const status = button?.parentElement?.querySelector<HTMLElement>('.g-copy__status');
    if (!button || !source || !status) return;
    const text = (source.textContent ?? '').replace(/\s+/g, ' ').trim();
    navigator.clipboard.writeText(text).then(
      () => {
        status.textContent = 'Copied to the clipboard.';
        window.setTimeout(() => (status.textContent = ''), 4000);
      },
      () => {
        status.textContent = 'Could not copy; select the reference and copy it by hand.';
      },
    );
  });
}
