/**
 * Glossa's MDX elements, as one table: every component an MDX file may use without importing it.
 * The marks are the entry kinds' components (kinds.ts); the rest are the editor's blocks. The
 * content rules, the marks, src/components/mdx-components.ts and the predicates below read it.
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { entryKinds, type EntryKind } from './kinds.ts';

/** One element of the vocabulary. */
export interface MdxElementRow {
  /** The name an author writes (`<Note>`). */
  name: string;
  /** For a mark, the kind of entry it marks; absent for the other elements. */
  marks?: EntryKind;
  /** The attributes it documents (README, Authoring); any other is refused. */
  attributes: readonly string[];
}

/** The editor's elements that are not marks. */
const blocks = [
  { name: 'Note', attributes: [] }, // an editor's note, inline where it applies
  { name: 'Synopsis', attributes: [] }, // the paper's synopsis (not numbered)
  { name: 'Contrast', attributes: ['id', 'label'] }, // a side-by-side comparison from content/contrasts/
  { name: 'FigureNote', attributes: ['credit'] }, // the caption and credit of a figure not reproduced
] as const;

/** Every MDX element of Glossa: the marks of each entry kind, then the editor's elements. */
export const mdxElements: readonly MdxElementRow[] = [
  ...entryKinds.map((k) => ({ name: k.component, marks: k.kind, attributes: ['id'] })),
  ...blocks,
];

/** The name of a mark element ("Concept", "Entity"). */
export type MarkName = (typeof entryKinds)[number]['component'];

/** The name of an editor's element that is not a mark. */
export type BlockName = (typeof blocks)[number]['name'];

/** The name of any of Glossa's MDX elements. */
export type MdxElementName = MarkName | BlockName;

/** The names, in the table's order. */
export const mdxElementNames = mdxElements.map((e) => e.name) as readonly MdxElementName[];

/** An MDX element in a tree, flow or text. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** True when `node` is an MDX element (any name; `<>` fragments too). */
export const isJsxElement = (node: { type: string }): node is JsxElement =>
  node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';

/** True when `node` is the element `name` of the vocabulary (`<Note>`, flow or text). */
export const isMdxElement = (node: { type: string }, name: MdxElementName): node is JsxElement =>
  isJsxElement(node) && node.name === name;
