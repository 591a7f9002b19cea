/** Ids of entries, and the lookup keys used to resolve what authors write inside `<Concept>`. */
import type { EntryKind } from './kinds.ts';

/** Kebab-case ASCII id: the permanent file name and URL segment of an entry. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry id of one kind: kebab-case ASCII, the file name and URL segment. Branded per kind. */
export type EntryId<K extends EntryKind = EntryKind> = string & { readonly __brand: K };

/** A concept id. */
export type ConceptId = EntryId<'concept'>;

/** An entity (who's-who) id. */
export type EntityId = EntryId<'entity'>;

/** Marks a string already checked against the id rules as an id of `kind`. */
export const asEntryId = <K extends EntryKind>(_kind: K, id: string): EntryId<K> => id as EntryId<K>;

/**
 * The key a term is looked up by: Unicode-normalised, lower case, typographic quotes and
 * dashes folded, whitespace collapsed, hidden characters dropped (they are refused in names on
 * their own: an alias with one still finds its marks, so the editor reads one problem, not two).
 * "Collective  Defence" and "collective defence" match.
 */
export function termKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D"']/g, '')
    .replace(/[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A kebab-case ASCII id made from a title: accents dropped, other characters become hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The id of the document a compiled MDX file holds, the prefix of its anchors: the file's name, or
 * for a published version (content/archive/<collection>/<id>/<YYYY-MM-DD>.mdx) its folder's, so
 * that a version page's anchors (notes, marks) are its current page's and begin with a letter.
 */
export function documentId(path: string): string {
  const parts = path.split(/[\\/]/);
  const stem = (parts.at(-1) ?? '').replace(/\.[^.]*$/, '');
  return /^\d{4}-\d{2}-\d{2}$/.test(stem) && parts.length > 1 ? (parts.at(-2) ?? stem) : stem;
}
