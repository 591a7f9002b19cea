/**
 * Resolves every mark of a glossary entry in an MDX file (`<Concept>`, `<Entity>`) with the rule
 * in src/lib/content/marks.ts and records where each is used in the paper's facts.
 *
 * - `<Concept>text</Concept>`: the id is found from the text and written onto the element.
 * - Each element gets `kind`, `title` and `short` from the index (the component renders them, no
 *   lookup of its own) and `uid`, unique within the file, for the card's element ids.
 *
 * Every problem in the file is collected (file:line:column, expected, found, fix), then the
 * plugin throws one ContentError listing them all.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { relative, sep, basename, extname } from 'node:path';
import { ContentError, type Problem } from '../../lib/content/problems.ts';
import type { GlossaryIndex } from '../../lib/content/glossary-index.ts';
import { findMarks, markTest, resolveMark } from '../../lib/content/marks.ts';
import { factsOf, type SectionFact } from '../../lib/paper/facts.ts';
import { sentenceAround } from '../../lib/paper/sentences.ts';

/** Options of `remarkEntries`. */
export interface RemarkEntriesOptions {
  /** One index per kind of entry (see `buildIndex`). Required. */
  indexes: readonly GlossaryIndex[];
}

const attribute = (name: string, value: string): MdxJsxAttribute => ({
  type: 'mdxJsxAttribute',
  name,
  value,
});

/** Remark plugin: resolve the marks of every kind of entry and record their occurrences. */
export function remarkEntries(options: RemarkEntriesOptions) {
  const isMark = markTest(options.indexes);
  return (tree: Root, file: VFile): void => {
    const facts = factsOf(file);
    const problems: Problem[] = [];
    const prefix = file.path ? basename(file.path, extname(file.path)) : 'doc';
    const counts = new Map<string, number>();
    const sectionOf = sectionsByNode(tree, facts.sections);
    const paragraphOf = new Map(facts.paragraphs.map((p) => [p.anchor, p.n]));
    for (const mark of findMarks(tree, options.indexes)) {
      const start = mark.node.position?.start;
      const place = { file: displayPath(file), line: start?.line, column: start?.column };
      const { entry, problem } = resolveMark(mark, place, isMark);
      if (problem) {
        problems.push(problem);
        continue;
      }
      const { kind } = mark.index;
      const count = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, count);
      mark.node.attributes = [
        ...mark.node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== 'id'),
        attribute('id', entry.id),
        attribute('kind', kind),
        attribute('uid', `${prefix}-${kind}-${String(count)}`),
        attribute('title', entry.title),
        attribute('short', entry.short),
      ];
      const top = mark.ancestors[1] ?? mark.node;
      const anchor = top.type === 'paragraph' ? top.data?.hProperties?.['id'] : undefined;
      const paragraph = typeof anchor === 'string' ? (paragraphOf.get(anchor) ?? null) : null;
      const section = sectionOf.get(top) ?? { anchor: '', title: '' };
      facts.occurrences.push({
        kind,
        id: entry.id,
        paragraph,
        anchor: typeof anchor === 'string' && paragraph !== null ? anchor : section.anchor,
        section: section.title,
        text: toString(mark.node).trim(),
        context: sentenceAround(mark.ancestors, mark.node),
        marked: true,
        order: top.position?.start.offset ?? -1,
      });
    }
    if (problems.length > 0) throw new ContentError(problems);
  };
}

/** Maps each top-level node to the section (recorded by remarkSections) it sits under. */
function sectionsByNode(tree: Root, sections: readonly SectionFact[]): Map<unknown, SectionFact> {
  const map = new Map<unknown, SectionFact>();
  const anchors = new Map(sections.map((s) => [s.anchor, s]));
  let current: SectionFact = { anchor: '', title: '', depth: 0 };
  for (const node of tree.children) {
    const id = node.type === 'heading' ? node.data?.hProperties?.['id'] : undefined;
    if (typeof id === 'string') current = anchors.get(id) ?? current;
    map.set(node, current);
  }
  return map;
}

function displayPath(file: VFile): string {
  if (!file.path) return '<input>';
  return relative(file.cwd, file.path).split(sep).join('/');
}
