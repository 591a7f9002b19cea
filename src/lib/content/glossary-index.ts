/**
 * The index of one kind of entry: id → entry, term → id. Pure: built from records that the
 * loader read, so that the remark plugins, the content check and the pages share one rule for
 * resolving what an author marks.
 */
import { asEntryId, termKey, type EntryId } from '../model/ids.ts';
import { kindRow, type EntryKind } from '../model/kinds.ts';
import type { Problem, Place } from './problems.ts';
import { closest } from './suggest.ts';

/** What the remark plugins need to know about an entry. */
export interface EntrySummary<K extends EntryKind = EntryKind> {
  id: EntryId<K>;
  /** Display name (a concept's title, an entity's name). */
  title: string;
  aliases: readonly string[];
  short: string;
}

/** The index of one kind, handed to the remark plugins as an option. */
export interface GlossaryIndex<K extends EntryKind = EntryKind> {
  /** Which kind of entry this indexes. */
  kind: K;
  /** Entries by id. */
  byId: ReadonlyMap<string, EntrySummary<K>>;
  /** Entry id by lookup key (titles and aliases, see `termKey`). */
  byTerm: ReadonlyMap<string, EntryId<K>>;
}

/** Finds where a field of an entry's frontmatter is written; the loader knows the files. */
export type Locate = (id: string, path: readonly (string | number)[]) => Place;

/** Builds the index of `kind` and reports names or aliases that two entries claim. */
export function buildIndex<K extends EntryKind>(
  kind: K,
  entries: readonly { id: string; data: { title: string; aliases: readonly string[]; short: string } }[],
  locate: Locate,
): { index: GlossaryIndex<K>; problems: Problem[] } {
  const { noun, nameField, component } = kindRow(kind);
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  const byId = new Map<string, EntrySummary<K>>();
  const byTerm = new Map<string, EntryId<K>>();
  const problems: Problem[] = [];
  // Names first, so that an alias colliding with a name is reported on the alias.
  for (const { id, data } of entries) {
    const entryId = asEntryId(kind, id);
    byId.set(id, { id: entryId, title: data.title, aliases: data.aliases, short: data.short });
    const key = termKey(data.title);
    const owner = byTerm.get(key);
    if (owner && owner !== id) {
      problems.push({
        ...locate(id, [nameField]),
        message: `${Noun} "${id}" has the same ${nameField} as ${noun} "${owner}".`,
        expected: `a ${nameField} no other ${noun} uses`,
        found: JSON.stringify(data.title),
        suggestion: `Merge the two entries, or give one a more specific ${nameField}.`,
      });
    } else byTerm.set(key, entryId);
  }
  for (const { id, data } of entries) {
    data.aliases.forEach((alias, i) => {
      const key = termKey(alias);
      const owner = byTerm.get(key);
      if (owner === undefined) byTerm.set(key, asEntryId(kind, id));
      else if (owner !== id) {
        const isName = termKey(byId.get(owner)?.title ?? '') === key;
        problems.push({
          ...locate(id, ['aliases', i]),
          message: `The alias "${alias}" of ${noun} "${id}" is already ${isName ? `the ${nameField}` : 'an alias'} of ${noun} "${owner}".`,
          expected: `an alias that names only this ${noun}`,
          found: JSON.stringify(alias),
          suggestion: `Remove "${alias}" from one of the two entries; in a paper write <${component} id="…">${alias}</${component}> to choose explicitly.`,
        });
      }
    });
  }
  return { index: { kind, byId, byTerm }, problems };
}

/** The id a term resolves to (by name or alias, case-insensitive), if any. */
export function resolveTerm<K extends EntryKind>(index: GlossaryIndex<K>, text: string): EntryId<K> | undefined {
  return index.byTerm.get(termKey(text));
}

/** The closest known name, alias or id to a term that did not resolve, for "did you mean". */
export function suggestTerm(index: GlossaryIndex, text: string): string | undefined {
  return closest(text, [
    ...index.byId.keys(),
    ...[...index.byId.values()].map((c) => c.title),
    ...index.byTerm.keys(),
  ]);
}

/** The closest known id to one that does not exist. */
export function suggestId<K extends EntryKind>(index: GlossaryIndex<K>, id: string): EntryId<K> | undefined {
  const byName = resolveTerm(index, id.replace(/-/g, ' '));
  if (byName) return byName;
  const near = closest(id, index.byId.keys());
  return near === undefined ? undefined : asEntryId(index.kind, near);
}
