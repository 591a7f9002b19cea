/**
 * The copy buttons of "How to cite" and of the ¶ pins: shown only when this script runs (and the
 * clipboard is available), they copy the reference as rich text (text/html, so the italics APA
 * and MLA require survive a paste into Word or Google Docs) and as plain text, and confirm it
 * visibly and to screen readers through the status region beside the button.
 */
export {};

// The formatting a citation carries: citeproc's italics and bold, super- and subscripts.
const KEEP = new Set(['I', 'EM', 'B', 'STRONG', 'SUP', 'SUB']);

/** A copy of `source` with its text and formatting elements only (no ids, links or attributes). */
function richCopy(source: Node, into: Node): void {
  for (const node of source.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) into.appendChild(document.createTextNode(node.textContent ?? ''));
    else if (node instanceof HTMLElement)
      richCopy(
        node,
        KEEP.has(node.tagName) ? into.appendChild(document.createElement(node.localName)) : into,
      );
  }
}

/** Writes both flavours where the browser can, else plain text. */
async function write(source: HTMLElement): Promise<void> {
  const text = (source.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (typeof ClipboardItem === 'undefined' || !('write' in navigator.clipboard)) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const holder = document.createElement('span');
  richCopy(source, holder);
  // Serialised from nodes built above (text set as text), never parsed from a string.
  const html = holder.outerHTML.replace(/\s+/g, ' ');
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([html], { type: 'text/html' }),
    }),
  ]);
}

if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.g-copy')) button.hidden = false;
  document.addEventListener('click', (event) => {
    const button =
      event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button.g-copy') : null;
    const source = button?.dataset['copy'] ? document.getElementById(button.dataset['copy']) : null;
    const status = button?.parentElement?.querySelector<HTMLElement>('.g-copy__status');
    if (!button || !source || !status) return;
    write(source).then(
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
