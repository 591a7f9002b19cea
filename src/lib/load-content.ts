/**
 * Reads and checks the whole content tree before the build starts (called from
 * astro.config.mjs). Every problem is collected with its file:line:column; if there is any,
 * the build stops with all of them. The result feeds the remark plugins.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, sep } from 'node:path';
import { ContentError, type Place, type Problem } from './errors.ts';
import { parseYaml, validate, type PositionedYaml } from './frontmatter.ts';
import { buildIndex, resolveTerm, suggestId, validateRelations, type GlossaryIndex } from './glossary.ts';
import { asConceptId, type ConceptId } from './ids.ts';
import { closest } from './suggest.ts';
import {
  badFileName,
  findTodos,
  formerIdClashes,
  revisionProblems,
  unknownSource,
} from './content-problems.ts';
import type { MarkedTerms } from './mdx-check.ts';
import { readEntry, readFrontmatter } from './read-entry.ts';
import { loadEntities } from './load-entities.ts';
import {
  conceptSchema,
  contrastSchema,
  idPattern,
  paperSchema,
  siteSchema,
  sourceSchema,
  type ConceptData,
} from './schemas.ts';
import { z } from 'astro/zod';

/** Everything the build needs to know before compiling MDX. */
export interface LoadedContent {
  /** The glossary index for `remarkConcepts`. */
  index: GlossaryIndex;
  /** The who's-who index for `<Entity>`. */
  entityIndex: GlossaryIndex;
  /** Ids of all papers. */
  paperIds: string[];
  /** Files the index depends on (for the dev server to watch), and the folders that hold them. */
  files: string[];
  /** Former concept id → current id, for redirect pages. */
  redirects: Record<string, string>;
  /** Things worth fixing that do not stop the build (a concept no paper uses). */
  warnings: Problem[];
  /** "TODO" markers left in content: `npm run build` refuses them, `npm run dev` warns. */
  drafts: Problem[];
  /** The public address from `url` in site.yaml, when set. */
  siteUrl: string | undefined;
}

interface ConceptFile {
  id: ConceptId;
  data: ConceptData;
  yaml: PositionedYaml;
}

/** Reads `root/content`, validates it and builds the index; throws ContentError listing every problem. */
export function loadContent(root: string, contentDir = join(root, 'content')): LoadedContent {
  const problems: Problem[] = [];
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const readYamlFile = (path: string) => parseYaml(readFileSync(path, 'utf8'), rel(path));
  const listDir = (dir: string, ext: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(ext))
          .sort()
          .map((f) => join(dir, f))
      : [];

  const sitePath = join(contentDir, 'site.yaml');
  const site = readYamlFile(sitePath);
  problems.push(...site.problems);
  const siteResult = validate(siteSchema, site, 'site.yaml');
  problems.push(...siteResult.problems);
  const siteData = siteResult.data;

  const bibPath = join(contentDir, 'bibliography.yaml');
  const bib = readYamlFile(bibPath);
  problems.push(
    ...bib.problems,
    ...validate(z.record(z.string().regex(idPattern), sourceSchema), bib, 'bibliography.yaml').problems,
  );
  const sourceIds = Object.keys((bib.value ?? {}) as object);

  const concepts: ConceptFile[] = [];
  const invalidIds: ConceptId[] = [];
  const conceptFiles = listDir(join(contentDir, 'concepts'), '.mdx');
  for (const path of conceptFiles) {
    const entry = readEntry(path, rel(path), conceptSchema, 'Concept', problems);
    if (!entry) continue;
    const { id, yaml: parsed, data } = entry;
    if (data) concepts.push({ id: asConceptId(id), data, yaml: parsed });
    // An invalid entry still exists: index it by id so other files' references to it do not fail too.
    else invalidIds.push(asConceptId(id));
  }

  const byId = new Map(concepts.map((c) => [c.id, c]));
  const locate = (id: ConceptId, path: readonly (string | number)[]): Place =>
    byId.get(id)?.yaml.locate(path) ?? { file: `content/concepts/${id}.mdx` };
  const placeholders = invalidIds.map((id) => ({ id, data: { title: id, aliases: [], short: '' } }));
  const { index, problems: clashes } = buildIndex([...concepts, ...placeholders], locate);
  problems.push(...clashes, ...validateRelations(concepts, index, locate));

  const categoryIds = siteData?.categories.map((c) => c.id) ?? [];
  for (const { id, data } of concepts) {
    if (siteData && !categoryIds.includes(data.category)) {
      const near = closest(data.category, categoryIds);
      problems.push({
        ...locate(id, ['category']),
        message: `Concept "${id}" is in category "${data.category}", which content/site.yaml does not list.`,
        expected: `one of: ${categoryIds.join(', ')}`,
        found: JSON.stringify(data.category),
        suggestion: near
          ? `Did you mean "${near}"?`
          : 'Add the category to content/site.yaml, or pick a listed one.',
      });
    }
    data.sources.forEach((source, i) => {
      if (!sourceIds.includes(source.ref))
        problems.push(unknownSource(locate(id, ['sources', i, 'ref']), source.ref, sourceIds));
    });
    problems.push(...revisionProblems(`Concept "${id}"`, data, (path) => locate(id, path)));
  }

  for (const path of listDir(join(contentDir, 'contrasts'), '.yaml')) {
    const parsed = readYamlFile(path);
    problems.push(...parsed.problems);
    const { data, problems: invalid } = validate(
      contrastSchema,
      parsed,
      `Comparison "${basename(path, '.yaml')}"`,
    );
    problems.push(...invalid);
    data?.concepts.forEach((target, i) => {
      if (!index.byId.has(asConceptId(target))) {
        const near = suggestId(index, target);
        problems.push({
          ...parsed.locate(['concepts', i]),
          message: `Comparison "${basename(path, '.yaml')}" compares "${target}", which is not a concept.`,
          expected: 'the id of an existing concept',
          found: JSON.stringify(target),
          suggestion: near ? `Did you mean "${near}"?` : `Create content/concepts/${target}.mdx first.`,
        });
      }
    });
  }

  const entityFiles = listDir(join(contentDir, 'entities'), '.mdx');
  const entityIndex = loadEntities(entityFiles, rel, sourceIds, problems);

  const paperIds: string[] = [];
  const paperTerms: MarkedTerms[] = [];
  const paperFiles = listDir(join(contentDir, 'papers'), '.mdx');
  for (const path of paperFiles) {
    const id = basename(path, '.mdx');
    const parsed = readFrontmatter(path, rel(path), problems, paperTerms);
    if (!parsed) continue;
    if (!idPattern.test(id)) problems.push(badFileName(rel(path), id));
    problems.push(...validate(paperSchema, parsed, `Paper "${id}"`).problems);
    paperIds.push(id);
  }
  if (paperIds.length === 0) {
    problems.push({
      file: rel(join(contentDir, 'papers')),
      message: 'There is no paper to publish.',
      expected: 'at least one content/papers/<id>.mdx',
      found: 'no .mdx file',
      suggestion: 'Add a paper; the README explains its frontmatter.',
    });
  }

  problems.push(...formerIdClashes(concepts));
  if (problems.length) throw new ContentError(problems);
  const used = new Set(
    paperTerms.flatMap((t) => [...t.ids, ...t.texts.map((text) => resolveTerm(index, text) ?? '')]),
  );
  const warnings = concepts
    .filter((c) => !used.has(c.id))
    .map((c): Problem => ({
      file: rel(join(contentDir, 'concepts', `${c.id}.mdx`)),
      message: `Concept "${c.id}" is not used in any paper (a warning: it is still published).`,
      expected: 'at least one <Concept> in a paper that refers to it',
      found: 'no reference',
      suggestion: `Mark a use in a paper, e.g. <Concept id="${c.id}">…</Concept>, or keep it as a glossary-only entry.`,
    }));
  const files = [
    sitePath,
    bibPath,
    ...conceptFiles,
    ...entityFiles,
    join(contentDir, 'concepts'),
    join(contentDir, 'entities'),
    join(contentDir, 'contrasts'),
  ];
  const redirects = Object.fromEntries(concepts.flatMap((c) => c.data.formerIds.map((f) => [f, c.id])));
  return {
    index,
    entityIndex,
    paperIds,
    files,
    warnings,
    redirects,
    drafts: findTodos(root, [...conceptFiles, ...entityFiles, ...paperFiles]),
    siteUrl: siteData?.url,
  };
}
