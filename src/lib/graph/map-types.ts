/** The pieces of a concept map: relations and placed concepts (shared by the layout files). */

/** A kind of relation drawn on the map, as written in concept frontmatter. */
export type RelationKind = 'broader' | 'contrastsWith' | 'related';

/** One relation between two concepts; `from` is the concept whose frontmatter declares it. */
export interface MapRelation {
  from: string;
  to: string;
  kind: RelationKind;
  /** The relation as a sentence, with the concepts' titles. */
  label: string;
}

/** A concept placed on the map; x and y are the centre of its box. */
export interface MapNode {
  id: string;
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The title wrapped into at most three lines. */
  lines: string[];
}
