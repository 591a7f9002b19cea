/**
 * Resolves and validates every `<Concept>` in an MDX file against the glossary index.
 *
 * - `<Concept id="x">text</Concept>`: `x` must be a concept id.
 * - `<Concept>text</Concept>`: the id is found from the text (titles and aliases,
 *   case-insensitive) and written onto the element, so the component always receives an id.
 * - Each element also gets `uid`, unique within the file, for the card's element id.
 * - Occurrences (concept, paragraph number, section anchor, a sentence of context) are
 *   recorded on `file.data.glossa` and on the frontmatter Astro exposes as
 *   `remarkPluginFrontmatter.glossa`, which the concept pages read.
 *
 * Mistakes stop the build with file:line:column, what was expected, what was found and a fix.
 */
import type { Root, RootContent, Heading } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { relative, sep, basename, extname } from 'node:path';
import { formatProblem, type Problem } from '../../lib/content/problems.ts';
import { resolveTerm, suggestId, suggestTerm, type GlossaryIndex } from '../../lib/content/glossary-index.ts';
import { asConceptId, reservedIds, type ConceptId } from '../../lib/model/ids.ts';
import { sentenceAround } from '../../lib/paper/sentences.ts';

/** One place a concept is used. */
export interface Occurrence {
  /** The concept (or entity) referenced. */
  concept: ConceptId;
  /** Which component marked it: `Concept` or `Entity`. */
  kind: string;
  /** Number of the paragraph it is in, or null outside numbered paragraphs. */
  paragraph: number | null;
  /** Fragment id to link to: `p<n>`, or the id of the section heading above it. */
  anchor: string;
  /** Text of the section heading it is under (or in); empty before the first heading. */
  section: string;
  /** The words the author marked. */
  text: string;
  /** The sentence around it, for quoting on the concept page. */
  context: string;
}

/** What this plugin records per file. */
export interface GlossaData {
  /** Every occurrence, in reading order. */
  occurrences: Occurrence[];
}

declare module 'vfile' {
  interface DataMap {
    /** Set by remarkConcepts. */
    glossa: GlossaData;
  }
}

/** Options of `remarkConcepts`. */
export interface RemarkConceptsOptions {
  /** The glossary index (see `buildIndex`). Required. */
  index: GlossaryIndex;
  /** Noun used in messages; default `concept`. */
  noun?: string;
  /** Folder of the entries, for messages; default `content/concepts`. */
  folder?: string;
  /** An example term for messages; default `collective defence`. */
  example?: string;
  /** Component name to look for; default `Concept`. */
  name?: string;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
const isJsx = (node: { type: string }): node is JsxElement =>
  node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';

/** Remark plugin: resolve `<Concept>` references and record occurrences. */
export function remarkConcepts(options: RemarkConceptsOptions) {
  const { index } = options;
  const name = options.name ?? 'Concept';
  const noun = options.noun ?? 'concept';
  const folder = options.folder ?? 'content/concepts';
  const example = options.example ?? 'collective defence';
  const article = /^[aeiou]/.test(noun) ? 'an' : 'a';
  // Uids must not collide when the plugin runs once per component (Concept, Entity).
  const uidTag = name === 'Concept' ? '' : `${name.toLowerCase()}-`;
  return (tree: Root, file: VFile): void => {
    const occurrences: Occurrence[] = [];
    const sections = sectionsOf(tree);
    const prefix = file.path ? basename(file.path, extname(file.path)) : 'doc';
    let count = 0;
    visitParents(tree, (node, ancestors) => {
      if (!isJsx(node) || node.name !== name) return;
      const fail = (ruleId: string, problem: Omit<Problem, 'file' | 'line' | 'column'>): never => {
        const start = node.position?.start;
        const where = { file: displayPath(file), line: start?.line, column: start?.column };
        const error = file.message(formatProblem({ ...where, ...problem }), {
          place: node.position,
          ruleId,
          source: 'glossa',
        });
        error.fatal = true;
        throw error;
      };
      const text = toString(node).trim();
      const inner: JsxElement[] = [];
      visitParents(node, (child) => {
        if (child !== node && isJsx(child) && child.name === name) inner.push(child);
      });
      if (inner.length > 0 || ancestors.some((a) => isJsx(a) && a.name === name)) {
        fail(`nested-${noun}`, {
          message: `<${name}> is nested inside another <${name}>.`,
          expected: `plain words inside <${name}>`,
          found: `<${name}>…<${name}>${text}</${name}>…</${name}>`,
          suggestion: 'Mark the two terms separately, side by side.',
        });
      }
      if (!text) {
        fail(`empty-${noun}`, {
          message: `<${name}> has no text.`,
          expected: `the words to show in the paper, such as <${name}>${example}</${name}>`,
          found: `<${name}></${name}>`,
          suggestion: 'Put the term between the tags, or remove the element.',
        });
      }
      const idAttr = node.attributes.find(
        (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'id',
      );
      let id: ConceptId | undefined;
      if (idAttr) {
        const value = typeof idAttr.value === 'string' ? idAttr.value : undefined;
        if (value !== undefined && index.byId.has(asConceptId(value))) id = asConceptId(value);
        else {
          const near = value === undefined ? undefined : suggestId(index, value);
          fail(`unknown-${noun}-id`, {
            message: `Unknown ${noun} id ${JSON.stringify(value ?? '{…}')} in <${name}>.`,
            expected: `id="…" naming a file in ${folder}/ (a plain string, not an expression)`,
            found: `id=${JSON.stringify(value ?? '{…}')}`,
            suggestion: near
              ? `Did you mean id="${near}"? (${index.byId.get(near)?.title ?? near})`
              : `Create ${folder}/${value ?? `your-${noun}`}.mdx, or remove the id to resolve "${text}" by title.`,
          });
        }
      } else {
        id = resolveTerm(index, text);
        if (!id) {
          const near = suggestTerm(index, text);
          const nearId =
            near === undefined
              ? undefined
              : (resolveTerm(index, near) ?? (index.byId.has(asConceptId(near)) ? near : undefined));
          fail(`unknown-${noun}`, {
            message: `Unknown ${noun} "${text}": no ${noun} has this title or alias.`,
            expected: `the title or an alias of ${article} ${noun}, or an explicit id="…"`,
            found: `<${name}>${text}</${name}>`,
            suggestion: nearId
              ? `Did you mean "${near}"? Write <${name} id="${nearId}">${text}</${name}>, or add "${text}" to the aliases of ${folder}/${nearId}.mdx.`
              : `Add "${text}" as an alias of the ${noun} you mean, or create ${folder}/<id>.mdx.`,
          });
        }
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id ?? '' });
      }
      count += 1;
      node.attributes.push({
        type: 'mdxJsxAttribute',
        name: 'uid',
        value: `${prefix}-${uidTag}${String(count)}`,
      });
      const top = ancestors[1] ?? node;
      const paragraph = numberOf(top);
      const section = sections.get(top as RootContent) ?? { anchor: '', title: '' };
      occurrences.push({
        concept: id as ConceptId,
        kind: name,
        paragraph,
        anchor: paragraph === null ? section.anchor : `p${String(paragraph)}`,
        section: section.title,
        text,
        context: sentenceAround(top, node),
      });
    });
    // Another run of this plugin (for another component) may have recorded its own already.
    const all = [...(file.data.glossa?.occurrences ?? []), ...occurrences];
    file.data.glossa = { occurrences: all };
    const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, glossa: { occurrences: all } };
  };
}

function numberOf(node: RootContent | Root): number | null {
  const n = node.type === 'paragraph' ? node.data?.hProperties?.['dataP'] : undefined;
  return typeof n === 'number' ? n : null;
}

/** Maps each top-level node to the heading it sits under: its id (as Astro's heading ids) and text. */
function sectionsOf(tree: Root): Map<RootContent, { anchor: string; title: string }> {
  const slugger = new GithubSlugger();
  for (const reserved of reservedIds) slugger.slug(reserved);
  const map = new Map<RootContent, { anchor: string; title: string }>();
  let current = { anchor: '', title: '' };
  for (const node of tree.children) {
    // Only h2/h3 are sections (rehypeHeadingAnchors gives them their ids with the same slugger).
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      const title = toString(node as Heading);
      current = { anchor: slugger.slug(title), title };
    }
    map.set(node, current);
  }
  return map;
}

function displayPath(file: VFile): string {
  if (!file.path) return '<input>';
  return relative(file.cwd, file.path).split(sep).join('/');
}
