/** Checks concept relations: every target exists, none is the concept itself, `broader` has no cycle. */
import type { ConceptData } from '../model/schemas.ts';
import { suggestId, type GlossaryIndex, type Locate } from './glossary-index.ts';
import type { Problem } from './problems.ts';

/** Relation kinds as written in frontmatter. */
export const relationKinds = ['broader', 'contrastsWith', 'related'] as const;

/** Checks every relation: the target exists, is not the concept itself, and `broader` has no cycle. */
export function validateRelations(
  concepts: readonly { id: string; data: Pick<ConceptData, 'relations'> }[],
  index: GlossaryIndex,
  locate: Locate,
): Problem[] {
  const problems: Problem[] = [];
  for (const { id, data } of concepts) {
    for (const kind of relationKinds) {
      data.relations[kind].forEach((target, i) => {
        const place = locate(id, ['relations', kind, i]);
        if (target === id) {
          problems.push({
            ...place,
            message: `Concept "${id}" lists itself in relations.${kind}.`,
            expected: 'the id of another concept',
            found: JSON.stringify(target),
            suggestion: `Remove "${target}" from relations.${kind}.`,
          });
        } else if (!index.byId.has(target)) {
          const near = suggestId(index, target);
          problems.push({
            ...place,
            message: `Concept "${id}" has a ${kind} relation to "${target}", which is not a concept.`,
            expected: 'the id of an existing concept (a file name in content/concepts/)',
            found: JSON.stringify(target),
            suggestion: near
              ? `Did you mean "${near}"? Otherwise create content/concepts/${target}.mdx.`
              : `Create content/concepts/${target}.mdx, or remove the relation.`,
          });
        }
      });
    }
  }
  problems.push(...findBroaderCycles(concepts, locate));
  return problems;
}

function findBroaderCycles(
  concepts: readonly { id: string; data: Pick<ConceptData, 'relations'> }[],
  locate: Locate,
): Problem[] {
  const broader = new Map(concepts.map((c) => [c.id, [...c.data.relations.broader]]));
  const state = new Map<string, 'visiting' | 'done'>();
  const problems: Problem[] = [];
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(id)), id];
      const from = cycle[cycle.length - 2] ?? id;
      problems.push({
        ...locate(from, ['relations', 'broader', broader.get(from)?.indexOf(id) ?? 0]),
        message: `The broader relations form a cycle: ${cycle.join(' → ')}.`,
        expected: 'broader relations that lead upwards to a most general concept',
        found: `"${from}" lists "${id}" as broader, and "${id}" leads back to "${from}"`,
        suggestion: `Remove one link of the cycle, or use "related" for one of them.`,
      });
      return;
    }
    state.set(id, 'visiting');
    for (const next of broader.get(id) ?? []) if (broader.has(next)) visit(next, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of broader.keys()) visit(id, []);
  return problems;
}
