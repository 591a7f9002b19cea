/** Reads and checks content/entities/*.mdx (who's who) and builds their index for `<Entity>`. */
import { basename, join } from 'node:path';
import type { Place, Problem } from './errors.ts';
import { validate } from './frontmatter.ts';
import { buildIndex, type GlossaryIndex } from './glossary.ts';
import { asConceptId, type ConceptId } from './ids.ts';
import { readFrontmatter } from './read-entry.ts';
import { entitySchema, idPattern } from './schemas.ts';
import { badFileName, revisionProblems, unknownSource } from './content-problems.ts';

/** Reads every entity file in `dir`; problems are appended to `problems`. */
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
    const id = basename(path, '.mdx');
    const parsed = readFrontmatter(path, rel(path), problems);
    if (!parsed) continue;
    if (!idPattern.test(id)) {
      problems.push(badFileName(rel(path), id));
      continue;
    }
    const { data, problems: invalid } = validate(entitySchema, parsed, `Entity "${id}"`);
    problems.push(...invalid);
    if (!data) continue;
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
