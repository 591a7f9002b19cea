/**
 * The kinds of glossary entry, as one table: each kind is a row (its collection and folder, URL
 * prefix, nouns, the MDX component that marks it, the field that names it, its citation genre).
 * Code that handles entries reads this table; a third kind is one more row, not a copy of files.
 */

/** One row of the table. */
export interface EntryKindRow {
  /** Key of the kind, used in occurrence records and branded ids. */
  kind: 'concept' | 'entity';
  /** Astro collection, folder under content/ and URL prefix ("concepts" → /concepts/<id>/). */
  collection: 'concepts' | 'entities';
  /** The MDX component that marks an entry of this kind in a paper. */
  component: 'Concept' | 'Entity';
  /** Noun used in editors' messages ("Unknown concept …"). */
  noun: string;
  /** Frontmatter field that holds the entry's display name. */
  nameField: 'title' | 'name';
  /** An example term for messages. */
  example: string;
  /** Title of the kind's index page, also the kicker on an entry page. */
  indexTitle: string;
  /** Site-relative path of the index page. */
  indexPath: string;
  /** CSL item type of an entry when cited. */
  citationType: 'entry-encyclopedia';
}

/** Every kind of entry, in display order. */
export const entryKinds = [
  {
    kind: 'concept',
    collection: 'concepts',
    component: 'Concept',
    noun: 'concept',
    nameField: 'title',
    example: 'collective defence',
    indexTitle: 'Glossary',
    indexPath: 'concepts/',
    citationType: 'entry-encyclopedia',
  },
  {
    kind: 'entity',
    collection: 'entities',
    component: 'Entity',
    noun: 'entity',
    nameField: 'name',
    example: 'NATO',
    indexTitle: 'Who’s who',
    indexPath: 'entities/',
    citationType: 'entry-encyclopedia',
  },
] as const satisfies readonly EntryKindRow[];

/** A kind key: "concept" or "entity". */
export type EntryKind = (typeof entryKinds)[number]['kind'];

/** The row of a kind. */
export function kindRow(kind: EntryKind): EntryKindRow {
  const row = entryKinds.find((k) => k.kind === kind);
  if (!row) throw new Error(`No entry kind "${kind}".`);
  return row;
}

/** "a" or "an" before a noun. */
export const article = (noun: string): string => (/^[aeiou]/i.test(noun) ? 'an' : 'a');
