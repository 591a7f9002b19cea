/**
 * Records every place a paper names an entry without marking it (a mark is shown once per section;
 * the entry page lists every place): each title and alias, word-bounded, in the paper's text
 * outside headings and editor's notes. Runs after remarkEntries; each entry is listed once per
 * block, and not at all in a block where it is marked.
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { GlossaryIndex } from '../../lib/content/glossary-index.ts';
import { markTest } from '../../lib/content/marks.ts';
import { factsOf } from '../../lib/paper/facts.ts';
import { blockText, nameFinder, type NamedTerm } from '../../lib/paper/mentions.ts';
import { sentenceOf } from '../../lib/paper/sentences.ts';
import { isMdxElement } from '../../lib/model/mdx-elements.ts';

/** Options of `remarkMentions`. */
export interface RemarkMentionsOptions {
  /** One index per kind of entry. Required. */
  indexes: readonly GlossaryIndex[];
  /** Which files to scan; default every file. Glossa lists the uses in papers. */
  include?: (file: VFile) => boolean;
}

const isNote = (node: Nodes) => isMdxElement(node, 'Note');

/** Remark plugin: unmarked mentions of entries, into the paper's facts. */
export function remarkMentions(options: RemarkMentionsOptions) {
  const terms: NamedTerm[] = options.indexes.flatMap((index) =>
    [...index.byId.values()].flatMap((e) =>
      [e.title, ...e.aliases].map((text) => ({ text, kind: index.kind, id: e.id })),
    ),
  );
  const find = nameFinder(terms);
  const isMark = markTest(options.indexes);
  return (tree: Root, file: VFile): void => {
    if (options.include && !options.include(file)) return;
    const facts = factsOf(file);
    const marked = facts.occurrences.filter((o) => o.marked);
    let section = { anchor: '', title: '' };
    for (const top of tree.children) {
      if (top.type === 'heading') {
        const id = top.data?.hProperties?.['id'];
        section = facts.sections.find((s) => s.anchor === id) ?? section;
        continue;
      }
      const offset = top.position?.start.offset ?? -1;
      const anchor = top.type === 'paragraph' ? top.data?.hProperties?.['id'] : undefined;
      const paragraph = facts.paragraphs.find((p) => p.anchor === anchor)?.n ?? null;
      const { text, skipped } = blockText(top, isNote, isMark);
      const seen = new Set(marked.filter((o) => o.order === offset).map((o) => `${o.kind}:${o.id}`));
      for (const found of find(text)) {
        if (skipped.some(([from, to]) => found.start < to && found.end > from)) continue;
        for (const { kind, id } of found.entries) {
          if (seen.has(`${kind}:${id}`)) continue;
          seen.add(`${kind}:${id}`);
          facts.occurrences.push({
            kind,
            id,
            paragraph,
            anchor: paragraph === null ? section.anchor : String(anchor),
            section: section.title,
            text: found.text,
            context: sentenceOf(text, found.start, found.end),
            marked: false,
            order: offset,
          });
        }
      }
    }
  };
}
