/** Where each page's Open Graph card is published; no satori here, so layouts import it cheaply. */

/**
 * Maps a page's pathname, base included ("/glossa/concepts/power/"), to the site-relative path
 * of its card ("og/concepts/power.png"); the home page's card is "og/index.png", and
 * "/404.html" or "/404/" give "og/404.png". Join the result onto the base with `withBase`.
 */
export function ogImagePath(pathname: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  const inBase = prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`));
  const page = (inBase ? pathname.slice(prefix.length) : pathname)
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  return `og/${page || 'index'}.png`;
}
