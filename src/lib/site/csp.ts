/**
 * The Content Security Policy. Every page carries it in a `<meta>` that Astro writes with the
 * hashes of that page's own scripts and styles (`script-src`, `style-src`); the directives here
 * cover every other kind of resource with the narrowest source that works. Hosts that read a
 * `_headers` file (Netlify, Cloudflare Pages) also send `headerPolicy`: the same directives
 * without the per-page hashes, plus `frame-ancestors`, which a `<meta>` cannot carry.
 */

/** On every page: nothing is loaded unless a directive below (or Astro's hashes) allows it. */
export const pageDirectives = [
  "default-src 'none'",
  // The favicon; nothing else is an image file (the concept map is inline SVG).
  "img-src 'self'",
  // The text face, served from this site (src/styles/fonts.css).
  "font-src 'self'",
  "object-src 'none'",
  // No page uses <base>; none may add one to redirect relative links.
  "base-uri 'none'",
  // The search box submits to /search/ on this site.
  "form-action 'self'",
] as const;

/** Added on the search page only: Pagefind fetches its index and runs a worker from /pagefind/. */
export const searchDirectives = ["connect-src 'self'", "worker-src 'self'"] as const;

/**
 * The policy for a `_headers` file. It holds no `script-src`/`style-src` (their hashes differ
 * per page and per build; the `<meta>` enforces them) and therefore no `default-src`, which
 * would fall back onto scripts and styles: every other fetch directive is listed instead.
 * A browser enforces both policies, so the header only adds restrictions to the `<meta>`.
 */
export function headerPolicy(): string {
  const fetchDirectives = [
    "child-src 'none'",
    "connect-src 'self'",
    "font-src 'self'",
    "frame-src 'none'",
    "img-src 'self'",
    "manifest-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "worker-src 'self'",
  ];
  return [...fetchDirectives, "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"].join('; ');
}

const cspMeta = /<meta http-equiv="content-security-policy" content="[^"]*">/;

/**
 * Moves Astro's CSP `<meta>` to straight after `<meta charset>`: a policy in a `<meta>` applies
 * only to what follows it, and the charset must stay within the first 1024 bytes. Returns the
 * page unchanged when it has no CSP `<meta>` (a redirect page).
 */
export function moveCspFirst(html: string): string {
  const meta = cspMeta.exec(html)?.[0];
  if (!meta) return html;
  const rest = html.replace(meta, '');
  const anchor = /<meta charset="[^"]*">/i.exec(rest) ?? /<head>/i.exec(rest);
  if (!anchor) return html;
  const at = anchor.index + anchor[0].length;
  return `${rest.slice(0, at)}${meta}${rest.slice(at)}`;
}
