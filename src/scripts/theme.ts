/**
 * The theme switch: System → Light → Dark → System, remembered in localStorage. The choice is
 * applied before first paint by the small inline script in BaseLayout's <head>.
 */
export {};

const KEY = 'glossa-theme';
const order = ['system', 'light', 'dark'] as const;
type Theme = (typeof order)[number];
const names: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

const button = document.querySelector<HTMLButtonElement>('button.g-theme');
const read = (): Theme => {
  try {
    const saved = localStorage.getItem(KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
};
const apply = (theme: Theme): void => {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
  if (!button) return;
  // The visible text names the state; the accessible name adds what the button does next.
  const next = order[(order.indexOf(theme) + 1) % order.length] ?? 'system';
  button.textContent = `Theme: ${names[theme]}`;
  button.setAttribute('aria-label', `Theme: ${names[theme]}. Switch to ${names[next]}`);
};

let current: Theme = read();

if (button) {
  apply(current);
  button.addEventListener('click', () => {
    const next = order[(order.indexOf(current) + 1) % order.length] ?? 'system';
    current = next;
    try {
      if (next === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, next);
    } catch {
      // Storage can be disabled; the choice then lasts for this page only.
    }
    apply(next);
  });
}
