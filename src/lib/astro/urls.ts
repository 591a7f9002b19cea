/** Internal URLs under Astro's configured `base` (Astro-aware: reads import.meta.env.BASE_URL). */
import type { EntryKind } from '../model/kinds.ts';
import { entryPath, joinBase, paperPath } from '../site/urls.ts';

/** Joins a site-relative path ("concepts/power/") onto the configured base. */
export const withBase = (path: string): string => joinBase(path, import.meta.env.BASE_URL);

/** URL of an entry page (a concept, a who's-who entry). */
export const entryUrl = (kind: EntryKind, id: string): string => withBase(entryPath(kind, id));

/** URL of a paper's e-book: /papers/<id>/<id>.epub (the route src/pages/papers/[id]/[book].epub.ts). */
export const bookUrl = (id: string): string => withBase(`${paperPath(id)}${id}.epub`);

/** URL of a paper page, optionally with a fragment such as "p7". */
export const paperUrl = (id: string, fragment?: string): string => withBase(paperPath(id, fragment));

/** URL of one published version of a paper's annotated edition: /papers/<id>/<YYYY-MM-DD>/. */
export const paperVersionUrl = (id: string, date: string): string => withBase(`${paperPath(id)}${date}/`);

/** Absolute, canonical URL of a site path. */
export const canonical = (path: string, site: URL | undefined): string =>
  new URL(path, site ?? 'http://localhost:4321').href;
