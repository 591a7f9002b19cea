/**
 * Reads and checks the whole content tree once, before the build starts (called from
 * astro.config.mjs). Every problem is collected with its file:line:column; if there is any, the
 * build stops with all of them. The result is the content itself (Astro's collections are filled
 * from it, see src/lib/astro/content-loader.ts) and the indexes the remark plugins resolve marks with.
 */
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { ContentError, type Problem } from './problems.ts';
import { parseYaml, validate } from './yaml.ts';
import type { GlossaryIndex } from './glossary-index.ts';
import { badFileName, findTodos } from './checks.ts';
import { checkMarks } from './mdx-check.ts';
import { listContent, readText, requireFile } from './files.ts';
import { contentRules } from './mdx-rules.ts';
import { linkRules } from './link-rules.ts';
import { attributeRules } from './attribute-rules.ts';
import { hiddenInFields } from './text-rules.ts';
import { readFrontmatter, readMdxFile, type MdxFile } from './read-entry.ts';
import {
  currentProblems,
  listVersions,
  type ArchivedVersion,
  type CurrentEntry,
} from '../content/archive.ts';
import { lockProblems } from './lock.ts';
import { paperKeyClashes } from './checks.ts';
import { paperKey } from '../citations/records.ts';
import { latestRevision } from '../model/revisions.ts';
import { readEntries, type LoadedEntries, type LoadedFile } from './read-entries.ts';
import { checkContrasts } from './contrasts-check.ts';
import { idPattern } from '../model/ids.ts';
import { entryKinds, type EntryKind } from '../model/kinds.ts';
import { paperSchema, sourceSchema, type ContrastData, type PaperData, type SourceData } from '../model/schemas.ts';
import { siteSchema, type SiteData } from '../model/site-schema.ts';

/** Everything the build needs, read once. */
export interface LoadedContent {
  /** Site settings. */
  site: SiteData;
  /** The source shelf, by id. */
  bibliography: LoadedFile<SourceData>[];
  /** Entries of every kind, by kind. */
  entries: LoadedEntries;
  /** Papers, sorted by id. */
  papers: LoadedFile<PaperData>[];
  /** Side-by-side comparisons. */
  contrasts: LoadedFile<ContrastData>[];
  /**
   * The published versions (content/archive/<collection>/<id>/<date>.mdx), id
   * "<collection>/<id>/<date>", with their frontmatter as written: each version page validates it
   * with its kind's schema. Their lock and revision checks run in `loadContent`.
   */
  archive: LoadedFile<Record<string, unknown>>[];
  /** The current entries and papers as the version checks see them (what `npm run release` publishes from). */
  current: CurrentEntry[];
  /** One index per kind of entry, for the remark plugins. */
  indexes: GlossaryIndex[];
  /** Files the index depends on (for the dev server to watch), and the folders that hold them. */
  files: string[];
  /** Former concept id → current id, for redirect pages. */
  redirects: Record<string, string>;
  /** Things worth fixing that do not stop the build (a concept no paper uses). */
  warnings: Problem[];
  /** "TODO" markers left in content: `npm run build` refuses them, `npm run dev` warns. */
  drafts: Problem[];
  /**
   * Problems with marks in MDX bodies, when `loadContent` was asked to return rather than throw
   * them (`astro dev` shows them in the browser, where the compile of the file reports them too).
   */
  markProblems: Problem[];
}

/** How `loadContent` treats problems with marks in MDX bodies. */
export interface LoadOptions {
  /** `throw` (default) with every other problem, or `return` them in `markProblems`. */
  marks?: 'throw' | 'return';
  /** `npm run release` loads: an entry corrected after today's version was released is what it publishes. */
  releasing?: boolean;
}

/** The index of one kind. */
export function indexOf<K extends EntryKind>(content: Pick<LoadedContent, 'indexes'>, kind: K): GlossaryIndex<K> {
  const index = content.indexes.find((i) => i.kind === kind);
  if (!index) throw new Error(`No index for the entry kind "${kind}".`);
  return index as GlossaryIndex<K>;
}

/** Reads `contentDir`, validates it and builds the indexes; throws ContentError listing every problem. */
export function loadContent(
  root: string,
  contentDir = join(root, 'content'),
  options: LoadOptions = {},
): LoadedContent {
  const problems: Problem[] = [];
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const readYamlFile = (path: string) => parseYaml(readText(path, rel(path), problems) ?? '', rel(path));
  // .md beside .mdx is a common slip: named, not silently skipped.
  const listDir = (dir: string, ext: string) =>
    listContent(dir, ext, rel, problems, ext === '.mdx' ? ['.md', '.markdown'] : ['.yml', '.json']);

  const sitePath = join(contentDir, 'site.yaml');
  const hasSite = requireFile(sitePath, rel(sitePath), 'the site settings: title, publisher, licence, language, categories', problems);
  const site = hasSite ? readYamlFile(sitePath) : parseYaml('', rel(sitePath));
  // YAML that does not parse is one problem; its fields are not checked as well (no cascade).
  const siteResult = hasSite && site.problems.length === 0 ? validate(siteSchema, site, 'site.yaml') : { problems: [] };
  problems.push(...site.problems, ...siteResult.problems);

  const bibPath = join(contentDir, 'bibliography.yaml');
  const hasBib = requireFile(bibPath, rel(bibPath), 'the source shelf: one CSL-JSON record per key', problems);
  const bib = hasBib ? readYamlFile(bibPath) : parseYaml('{}', rel(bibPath));
  const bibResult =
    bib.problems.length === 0
      ? validate(z.record(z.string().regex(idPattern), sourceSchema), bib, 'bibliography.yaml')
      : { problems: [] };
  problems.push(...bib.problems, ...bibResult.problems);

  const papers: LoadedFile<PaperData>[] = [];
  const paperBodies: MdxFile[] = [];
  const paperFiles = listDir(join(contentDir, 'papers'), '.mdx');
  for (const path of paperFiles) {
    const paper = readMdxFile(path, rel(path), problems);
    if (!paper) continue;
    paperBodies.push(paper);
    if (!idPattern.test(paper.id)) {
      problems.push(badFileName(rel(path), paper.id));
      continue;
    }
    if (paper.yaml.problems.length) continue;
    const { data, problems: invalid } = validate(paperSchema, paper.yaml, `Paper "${paper.id}"`);
    problems.push(...invalid);
    if (data) papers.push({ id: paper.id, data, file: paper.file, body: paper.body, raw: paper.raw });
  }
  if (paperFiles.length === 0) {
    problems.push({
      file: rel(join(contentDir, 'papers')),
      message: 'There is no paper to publish.',
      expected: 'at least one content/papers/<id>.mdx',
      found: 'no .mdx file',
      suggestion: 'Add a paper; the README explains its frontmatter.',
    });
  }

  problems.push(...paperKeyClashes(papers, Object.keys((bib.value ?? {}) as object)));

  const sourceIds = hasBib
    ? [...Object.keys((bib.value ?? {}) as object), ...papers.map((p) => paperKey(p.data))]
    : undefined;
  const read = readEntries({ contentDir, rel, listDir, sourceIds, site: siteResult.data, problems });
  const contrasts = checkContrasts(listDir(join(contentDir, 'contrasts'), '.yaml'), rel, read.indexes, problems);

  const bodies = [...entryKinds.flatMap((k) => read.files[k.kind]), ...paperBodies];

  // Every mark in every body, with the rule the remark plugin applies: all problems now, not one per build.
  const used = new Set<string>();
  const markProblems: Problem[] = [];
  const contrastIds = contrasts.map((c) => c.id);
  // Names a reader sees (ids, titles, aliases, short definitions) hold no hidden characters.
  for (const yaml of [site, bib, ...bodies.map((b) => b.yaml)])
    if (yaml.problems.length === 0) problems.push(...hiddenInFields(yaml));
  for (const body of bodies) {
    if (!body.tree) continue;
    const paper = paperBodies.includes(body);
    problems.push(
      ...contentRules(body.tree, body, { paper, contrasts: contrastIds }),
      ...linkRules(body.tree, body),
      ...attributeRules(body.tree, body),
    );
    const marks = checkMarks(body.tree, body, read.indexes);
    (options.marks === 'return' ? markProblems : problems).push(...marks.problems);
    if (paper) for (const key of marks.used) used.add(key);
  }

  // The published versions: their lock, and current entries changed without a new revision.
  const archiveDir = join(contentDir, 'archive');
  const versions = listVersions(archiveDir, problems, rel(archiveDir));
  const archive = readArchive(versions, archiveDir, rel, problems);
  const current = entryKinds.flatMap((k) =>
    read.entries[k.kind].map((e): CurrentEntry => {
      const yaml = read.files[k.kind].find((f) => f.id === e.id)?.yaml;
      return {
        collection: k.collection,
        id: e.id,
        file: e.file,
        text: e.raw ?? '',
        formerIds: 'formerIds' in e.data ? e.data.formerIds : [],
        latest: latestRevision(e.data.revisions),
        revisions: e.data.revisions.map((r, i) => ({ date: r.date, line: yaml?.locate(['revisions', i]).line })),
      };
    }),
  );
  // The annotated edition of a paper is versioned like an entry (issue #34): its revisions are the
  // edition's, and a paper with none is one version, of the day it was first published.
  for (const p of papers) {
    const yaml = paperBodies.find((b) => b.id === p.id)?.yaml;
    const revisions = p.data.revisions.length > 0 ? p.data.revisions : [{ date: p.data.created }];
    current.push({
      collection: 'papers',
      id: p.id,
      file: p.file,
      text: p.raw ?? '',
      formerIds: [],
      latest: latestRevision(revisions),
      revisions: revisions.map((r, i) => ({
        date: r.date,
        line: p.data.revisions.length > 0 ? yaml?.locate(['revisions', i]).line : undefined,
      })),
    });
  }
  problems.push(
    ...lockProblems(archiveDir, rel(archiveDir), versions),
    ...currentProblems(current, versions, rel(archiveDir), { releasing: options.releasing ?? false }),
  );

  if (problems.length || !siteResult.data || !bibResult.data) throw new ContentError(problems);
  const warnings = read.entries.concept
    .filter((c) => !used.has(`concept:${c.id}`))
    .map((c): Problem => ({
      file: c.file,
      message: `Concept "${c.id}" is not used in any paper (a warning: it is still published).`,
      expected: 'at least one <Concept> in a paper that refers to it',
      found: 'no reference',
      suggestion: `Mark a use in a paper, e.g. <Concept id="${c.id}">…</Concept>, or keep it as a glossary-only entry.`,
    }));
  const entryPaths = entryKinds.flatMap((k) => read.files[k.kind].map((f) => join(root, f.file)));
  return {
    site: siteResult.data,
    bibliography: Object.entries(bibResult.data).map(([id, data]) => ({ id, data, file: rel(bibPath) })),
    entries: read.entries,
    papers,
    contrasts,
    archive,
    current,
    indexes: read.indexes,
    files: [
      sitePath,
      bibPath,
      ...entryPaths,
      ...entryKinds.map((k) => join(contentDir, k.collection)),
      join(contentDir, 'contrasts'),
    ],
    redirects: Object.fromEntries(read.entries.concept.flatMap((c) => c.data.formerIds.map((f) => [f, c.id]))),
    warnings,
    drafts: findTodos(root, [...entryPaths, ...paperFiles]),
    markProblems,
  };
}

/** The published versions: frontmatter read (positions for messages), the body kept for the compile. */
function readArchive(
  versions: readonly ArchivedVersion[],
  archiveDir: string,
  rel: (path: string) => string,
  problems: Problem[],
): LoadedFile<Record<string, unknown>>[] {
  const archive: LoadedFile<Record<string, unknown>>[] = [];
  for (const version of versions) {
    const file = rel(join(archiveDir, version.path));
    const front = readFrontmatter(version.text, file, problems);
    if (!front) continue;
    const data = front.yaml.value;
    archive.push({
      id: `${version.collection}/${version.id}/${version.date}`,
      data:
        typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
      file,
      body: front.body.body,
      raw: version.text,
    });
  }
  return archive;
}
