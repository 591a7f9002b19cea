/**
 * The facts of one paper, produced once by the MDX pipeline (the remark plugins in
 * src/plugins/remark/) and read by everything else: paragraph numbers and their anchors, section
 * anchors, and every marked term with its sentence. Plugins write the record on `file.data.glossa`;
 * `remarkPaperFacts` publishes it with the compiled paper, where `src/lib/astro/facts.ts` reads it.
 */
import type { EntryKind } from '../model/kinds.ts';

/** A numbered paragraph of the paper's own text. */
export interface ParagraphFact {
  /** 1-based number in reading order. */
  n: number;
  /** Element id and URL fragment of the paragraph ("p7"). */
  anchor: string;
}

/** A section heading (h2 or h3). */
export interface SectionFact {
  /** Element id and URL fragment of the heading. */
  anchor: string;
  /** Text of the heading. */
  title: string;
  /** Heading depth: 2 or 3. */
  depth: number;
}

/** One place an entry is marked in a paper. */
export interface Occurrence {
  /** Which kind of entry the mark refers to. */
  kind: EntryKind;
  /** The entry's id. */
  id: string;
  /** Number of the paragraph it is in, or null outside numbered paragraphs. */
  paragraph: number | null;
  /** Fragment id to link to: the paragraph's anchor, or the anchor of the section above it. */
  anchor: string;
  /** Text of the section heading it is under (or in); empty before the first heading. */
  section: string;
  /** The words the author marked. */
  text: string;
  /** The sentence around it, for quoting on the entry page. */
  context: string;
  /** Whether the author marked it (`<Concept>`), or the paper only names it. */
  marked: boolean;
  /** Where its block starts in the source (character offset), for reading order. */
  order: number;
}

/** Everything the pipeline records about one paper. */
export interface PaperFacts {
  /** Numbered paragraphs, in order (empty for files that are not papers). */
  paragraphs: ParagraphFact[];
  /** Section headings, in order. */
  sections: SectionFact[];
  /** Marked terms and unmarked mentions (marked first, each in reading order; sort by `order`). */
  occurrences: Occurrence[];
  /** The text of the paper's `<Synopsis>`, as printed (no marks, no editor's notes): its abstract. */
  synopsis?: string;
}

declare module 'vfile' {
  interface DataMap {
    /** The paper's facts, filled in by Glossa's remark plugins. */
    glossa: PaperFacts;
  }
}

/** The record on a file, created empty on first use so that each plugin adds its own part. */
export function factsOf(file: { data: { glossa?: PaperFacts } }): PaperFacts {
  file.data.glossa ??= { paragraphs: [], sections: [], occurrences: [] };
  return file.data.glossa;
}

/** Key of an entry in occurrence maps: "concept:deterrence". */
export const entryKey = (kind: EntryKind, id: string): string => `${kind}:${id}`;
