// Applies the reader's chosen theme before the first paint (a file, so the CSP allows it as 'self').
try {
  const theme = localStorage.getItem('glossa-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage disabled: follow the system theme.
}
