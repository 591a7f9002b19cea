/** Reads content/contrasts/*.yaml and checks that each compares two existing concepts. */
import { readText } from './files.ts';
import { basename } from 'node:path';
import { contrastSchema, type ContrastData } from '../model/schemas.ts';
import { suggestId, type GlossaryIndex } from './glossary-index.ts';
import type { Problem } from './problems.ts';
import { parseYaml, validate } from './yaml.ts';
import type { LoadedFile } from './read-entries.ts';

/** The valid comparisons among `paths`; problems are appended to `problems`. */
export function checkContrasts(
  paths: readonly string[],
  rel: (path: string) => string,
  indexes: readonly GlossaryIndex[],
  problems: Problem[],
): LoadedFile<ContrastData>[] {
  const concepts = indexes.find((i) => i.kind === 'concept');
  const contrasts: LoadedFile<ContrastData>[] = [];
  for (const path of paths) {
    const id = basename(path, '.yaml');
    const parsed = parseYaml(readText(path, rel(path), problems) ?? '', rel(path));
    const { data, problems: invalid } = validate(contrastSchema, parsed, `Comparison "${id}"`);
    problems.push(...parsed.problems, ...invalid);
    if (!data) continue;
    const before = problems.length;
    data.concepts.forEach((target, i) => {
      if (concepts?.byId.has(target)) return;
      const near = concepts && suggestId(concepts, target);
      problems.push({
        ...parsed.locate(['concepts', i]),
        message: `Comparison "${id}" compares "${target}", which is not a concept.`,
        expected: 'the id of an existing concept',
        found: JSON.stringify(target),
        suggestion: near ? `Did you mean "${near}"?` : `Create content/concepts/${target}.mdx first.`,
      });
    });
    if (problems.length === before) contrasts.push({ id, data, file: rel(path) });
  }
  return contrasts;
}
