/** The components every MDX file may use without importing them. */
import Term from './Term.astro';
import Contrast from './Contrast.astro';
import FigureNote from './FigureNote.astro';
import Synopsis from './Synopsis.astro';
import Paragraph from './Paragraph.astro';
import Note from './Note.astro';

/** Passed to `<Content components={…}>` by the layouts; every kind's mark renders as a Term. */
export const mdxComponents = {
  Concept: Term,
  Entity: Term,
  Contrast,
  FigureNote,
  Synopsis,
  Note,
  p: Paragraph,
};
