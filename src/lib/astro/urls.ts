/** Internal URLs that respect Astro's `base`, so the site works under a sub-path. */

/** Joins a site-relative path ("concepts/power/") onto the configured base. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}

/** URL of a concept page. */
export const conceptUrl = (id: string): string => withBase(`concepts/${id}/`);

/** URL of a paper page, optionally with a fragment such as "p7". */
export const paperUrl = (id: string, fragment?: string): string =>
  withBase(`papers/${id}/`) + (fragment ? `#${fragment}` : '');

/** URL of an entity page (who's who). */
export const entityUrl = (id: string): string => withBase(`entities/${id}/`);
