/** Ids and the lookup keys used to resolve what authors write inside `<Concept>`. */

/** A concept id: kebab-case ASCII, the file name and URL segment. Branded to keep it apart from text. */
export type ConceptId = string & { readonly __brand: 'ConceptId' };

/** Marks a string already checked against the id rules as a concept id. */
export const asConceptId = (id: string): ConceptId => id as ConceptId;

/**
 * The key a term is looked up by: Unicode-normalised, lower case, typographic quotes and
 * dashes folded, whitespace collapsed. "Collective  Defence" and "collective defence" match.
 */
export function termKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D"']/g, '')
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
 * Element ids the layouts put around an MDX body. Heading slugs skip them (a body heading
 * "Sources" becomes "sources-1"), so a page never has two elements with one id.
 */
export const reservedIds = [
  'main',
  'contents',
  'definition',
  'entry',
  'role',
  'comparisons',
  'relations',
  'neighbourhood',
  'in-the-paper',
  'sources',
  'how-to-cite',
  'history',
  'concepts-used',
] as const;
