/** The components every MDX file may use without importing them: one for each element of src/lib/model/mdx-elements.ts. */
import Term from './Term.astro';
import Contrast from './Contrast.astro';
import FigureNote from './FigureNote.astro';
import Synopsis from './Synopsis.astro';
import Paragraph from './Paragraph.astro';
import Note from './Note.astro';
import { entryKinds } from '../lib/model/kinds.ts';
import type { BlockName, MarkName } from '../lib/model/mdx-elements.ts';

// Every kind's mark renders as a Term; `satisfies` refuses an element of the table left without a component.
const marks = Object.fromEntries(entryKinds.map((k) => [k.component, Term])) as Record<MarkName, typeof Term>;
const blocks = { Contrast, FigureNote, Synopsis, Note } satisfies Record<BlockName, unknown>;

/** Passed to `<Content components={…}>` by the routes; `p` numbers the paper's paragraphs. */
export const mdxComponents = { ...marks, ...blocks, p: Paragraph };
