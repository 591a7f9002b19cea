/** The components every MDX file may use without importing them. */
import Concept from './Concept.astro';
import Contrast from './Contrast.astro';
import FigureNote from './FigureNote.astro';
import Synopsis from './Synopsis.astro';
import Paragraph from './Paragraph.astro';
import Note from './Note.astro';
import Entity from './Entity.astro';

/** Passed to `<Content components={…}>` by the layouts. */
export const mdxComponents = { Concept, Contrast, FigureNote, Synopsis, Note, Entity, p: Paragraph };
