/** Problems the content loader reports that need more than a schema: names, sources, drafts, redirects. */
import { readText } from './files.ts';
import { relative, sep } from 'node:path';
import type { Place, Problem } from './problems.ts';
import { slugify } from '../model/ids.ts';
import { closest } from './suggest.ts';
import type { ConceptData, PaperData } from '../model/schemas.ts';
import { paperKey } from '../citations/records.ts';
import type { PositionedYaml } from './yaml.ts';

/** A file name that cannot be an id, with the slug to rename it to. */
export function badFileName(file: string, id: string): Problem {
  const slug = slugify(id);
  return {
    file,
    message: `The file name "${id}" cannot be an id (ids are permanent URLs).`,
    expected: 'a kebab-case ASCII file name: a-z, 0-9 and single hyphens',
    found: JSON.stringify(id),
    suggestion: slug
      ? `Rename the file to "${slug}" and keep the original spelling in "title".`
      : 'Rename the file with ASCII letters; keep the original spelling in "title".',
  };
}

/** A source reference missing from the bibliography. */
export function unknownSource(place: Place, ref: string, known: readonly string[]): Problem {
  const near = closest(ref, known);
  return {
    ...place,
    message: `The source "${ref}" is not in content/bibliography.yaml.`,
    expected: 'the id of a record in content/bibliography.yaml',
    found: JSON.stringify(ref),
    suggestion: near ? `Did you mean "${near}"?` : `Add a record "${ref}" to content/bibliography.yaml.`,
  };
}

/** Every line of the given files that still holds a "TODO" left by the scaffold or an editor. */
export function findTodos(root: string, paths: string[]): Problem[] {
  return paths.flatMap((path) =>
    (readText(path, relative(root, path), []) ?? '')
      .split('\n')
      .flatMap((text, i) => {
        const column = text.search(/\bTODO\b/);
        if (column < 0) return [];
        return [
          {
            file: relative(root, path).split(sep).join('/'),
            line: i + 1,
            column: column + 1,
            message: 'This entry is a draft: it still has a "TODO" to fill in.',
            expected: 'finished text',
            found: JSON.stringify(text.trim().slice(0, 100)),
            suggestion:
              'Replace the TODO with the real value; `npm run build` publishes nothing while one remains.',
          },
        ];
      }),
  );
}

/** A former id must not be a current id, nor claimed by two concepts: redirects must be unambiguous. */
export function formerIdClashes(
  concepts: readonly { id: string; data: Pick<ConceptData, 'formerIds'>; yaml: PositionedYaml }[],
): Problem[] {
  const current = new Set<string>(concepts.map((c) => c.id));
  const claimed = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { id, data, yaml } of concepts) {
    data.formerIds.forEach((former, i) => {
      const owner = current.has(former) ? former : claimed.get(former);
      if (owner !== undefined) {
        problems.push({
          ...yaml.locate(['formerIds', i]),
          message: `Concept "${id}" lists "${former}" as a former id, but "${former}" is ${current.has(former) ? 'a current concept id' : `already a former id of "${owner}"`}.`,
          expected: 'a former id that no other concept uses, now or before',
          found: JSON.stringify(former),
          suggestion:
            'Ids are permanent URLs: keep each one pointing at a single concept; remove this former id.',
        });
      } else claimed.set(former, id);
    });
  }
  return problems;
}

/** A revision dated before the entry was created, or revisions out of order (concepts and entities). */
export function revisionProblems(
  what: string,
  data: { created: string; revisions: readonly { date: string }[] },
  locate: (path: readonly (string | number)[]) => Place,
): Problem[] {
  const problems: Problem[] = [];
  const dates = data.revisions.map((r) => r.date);
  dates.forEach((date, i) => {
    if (date < data.created) {
      problems.push({
        ...locate(['revisions', i, 'date']),
        message: `${what} has a revision dated before the entry was created (${data.created}).`,
        expected: `a date on or after ${data.created}`,
        found: JSON.stringify(date),
        suggestion: 'Correct the revision date, or the "created" date.',
      });
    }
  });
  const today = new Date().toISOString().slice(0, 10);
  dates.forEach((date, i) => {
    if (date > today) {
      problems.push({
        ...locate(['revisions', i, 'date']),
        message: `${what} has a revision dated in the future.`,
        expected: `a date on or before today (${today}): a revision is dated when it is published`,
        found: JSON.stringify(date),
        suggestion: 'Correct the date; publish the revision on the day it is dated.',
      });
    }
  });
  if (dates.some((d, i) => i > 0 && d < (dates[i - 1] ?? d))) {
    problems.push({
      ...locate(['revisions']),
      message: `${what} lists its revisions out of order.`,
      expected: 'revisions oldest first',
      found: dates.join(', '),
      suggestion: 'Sort the revisions by date, oldest first.',
    });
  }
  return problems;
}

/** Two papers with one citation key, or a paper whose key a bibliography record already uses. */
export function paperKeyClashes(
  papers: readonly { id: string; file: string; data: PaperData }[],
  bibliographyIds: readonly string[],
): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { id, file, data } of papers) {
    const key = paperKey(data);
    const other = seen.get(key) ?? (bibliographyIds.includes(key) ? 'content/bibliography.yaml' : undefined);
    if (other !== undefined) {
      problems.push({
        file,
        line: 1,
        column: 1,
        message: `Paper "${id}" has the citation key "${key}", which ${other} already uses.`,
        expected: 'one citation key per work: the first author\'s family name and the year',
        found: JSON.stringify(key),
        suggestion:
          other === 'content/bibliography.yaml'
            ? `Remove the record "${key}" from content/bibliography.yaml: the paper's frontmatter is its record.`
            : `Give one of the two papers its own key in its frontmatter, for example citationKey: ${key}b.`,
      });
    } else seen.set(key, file);
  }
  return problems;
}
