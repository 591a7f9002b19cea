/** Site-relative paths of pages, joined onto a base, so the site works under a sub-path. Pure. */
import { kindRow, type EntryKind } from '../model/kinds.ts';

/** Joins a site-relative path ("concepts/power/") onto `base` ("/" or "/glossa/"). */
export function joinBase(path: string, base: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}

/** Site-relative path of an entry page ("concepts/power/"). */
export const entryPath = (kind: EntryKind, id: string): string => `${kindRow(kind).collection}/${id}/`;

/** Site-relative path of a paper page, with an optional fragment ("papers/x/#p7"). */
export const paperPath = (id: string, fragment?: string): string =>
  `papers/${id}/` + (fragment ? `#${fragment}` : '');
