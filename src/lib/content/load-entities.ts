/** Reads and checks content/entities/*.mdx (who's who) and builds their index for `<Entity>`. */
import { join } from 'node:path';
import type { Place, Problem } from './problems.ts';
import { buildIndex, type GlossaryIndex } from './glossary-index.ts';
import { asConceptId, type ConceptId } from '../model/ids.ts';
import { readEntry } from './read-entry.ts';
import { entitySchema } from '../model/schemas.ts';
import { revisionProblems, unknownSource } from './checks.ts';

/** Reads every entity file of `paths`; problems are appended to `problems`. */
export function loadEntities(
  paths: readonly string[],
  rel: (path: string) => string,
  sourceIds: readonly string[],
  problems: Problem[],
): GlossaryIndex {
  const entries: {
    id: ConceptId;
    data: { title: string; aliases: string[]; short: string };
    locate: (p: readonly (string | number)[]) => Place;
  }[] = [];
  for (const path of paths) {
    const entry = readEntry(path, rel(path), entitySchema, 'Entity', problems);
    if (!entry?.data) continue;
    const { id, yaml: parsed, data } = entry;
    problems.push(...revisionProblems(`Entity "${id}"`, data, parsed.locate));
    data.sources.forEach((source, i) => {
      if (!sourceIds.includes(source.ref))
        problems.push(unknownSource(parsed.locate(['sources', i, 'ref']), source.ref, sourceIds));
    });
    entries.push({
      id: asConceptId(id),
      data: { title: data.name, aliases: data.aliases, short: data.short },
      locate: parsed.locate,
    });
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  const { index, problems: clashes } = buildIndex(entries, (id, path) =>
    (byId.get(id)?.locate ?? (() => ({ file: join('content/entities', `${id}.mdx`) })))(
      path.map((p) => (p === 'title' ? 'name' : p)),
    ),
  );
  const asEntity = (text: string | undefined) =>
    text
      ?.replace(/<Concept\b/g, '<Entity')
      .replace(/<\/Concept>/g, '</Entity>')
      .replace(/\bconcept\b/g, 'entity');
  problems.push(
    ...clashes.map((p) => ({
      ...p,
      message: asEntity(p.message) ?? p.message,
      suggestion: asEntity(p.suggestion),
    })),
  );
  return index;
}
