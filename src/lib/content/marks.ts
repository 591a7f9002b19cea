/**
 * The one rule for resolving what an author marks in MDX (`<Concept>`, `<Entity>`: one component
 * per kind in src/lib/model/kinds.ts). The remark plugin (remark-entries) and the up-front content
 * check both call it, so a mark means the same thing, with the same messages, in both.
 */
import type { Nodes, Parents, Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { article, kindRow } from '../model/kinds.ts';
import { isJsxElement, type JsxElement } from '../model/mdx-elements.ts';
import {
  resolveTerm,
  suggestId,
  suggestTerm,
  type EntrySummary,
  type GlossaryIndex,
} from './glossary-index.ts';
import type { Place, Problem } from './problems.ts';

/** One mark found in a tree, with its ancestors (root first). */
export interface Mark {
  node: JsxElement;
  ancestors: Parents[];
  index: GlossaryIndex;
}

/** Every mark in `tree`, in reading order, with the index of its kind. */
export function findMarks(tree: Root, indexes: readonly GlossaryIndex[]): Mark[] {
  const byComponent = new Map(indexes.map((index) => [kindRow(index.kind).component as string, index]));
  const marks: Mark[] = [];
  visitParents(tree, (node, ancestors) => {
    const index = isJsxElement(node) && node.name !== null ? byComponent.get(node.name) : undefined;
    if (index && isJsxElement(node)) marks.push({ node, ancestors: [...ancestors], index });
  });
  return marks;
}

/** The entry a mark refers to, or the problem that stops it resolving. */
export function resolveMark(
  mark: Mark,
  place: Place,
  isMark: (node: Nodes) => boolean,
): { entry: EntrySummary; problem?: undefined } | { entry?: undefined; problem: Problem } {
  const { node, ancestors, index } = mark;
  const name = node.name ?? '';
  const { noun, collection, example } = kindRow(index.kind);
  const folder = `content/${collection}`;
  const fail = (problem: Omit<Problem, keyof Place>) => ({ problem: { ...place, ...problem } });
  const text = toString(node).trim();
  let nested = ancestors.some(isMark);
  visitParents(node, (child) => {
    if (child !== node && isMark(child)) nested = true;
  });
  if (nested) {
    return fail({
      message: `<${name}> is nested inside another mark.`,
      expected: `plain words inside <${name}>`,
      found: `<${name}>…<${name}>${text}</${name}>…</${name}>`,
      suggestion: 'Mark the two terms separately, side by side.',
    });
  }
  const invisible = [...text].filter((c) => /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/u.test(c));
  if (invisible.length) {
    const names = [...new Set(invisible)].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
    const visible = [...text].filter((c) => !invisible.includes(c)).join('');
    return fail({
      message: `<${name}> holds an invisible character (${names.join(', ')}), which no reader can see or search for.`,
      expected: 'visible letters, spaces and punctuation only',
      found: JSON.stringify(text).replace(/[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/gu, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`),
      suggestion: `Retype the term without it: <${name}>${visible}</${name}>.`,
    });
  }
  if (!text) {
    return fail({
      message: `<${name}> has no text.`,
      expected: `the words to show in the paper, such as <${name}>${example}</${name}>`,
      found: `<${name}></${name}>`,
      suggestion: 'Put the term between the tags, or remove the element.',
    });
  }
  const idAttr = node.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'id',
  );
  if (idAttr) {
    const value = typeof idAttr.value === 'string' ? idAttr.value : undefined;
    const entry = value === undefined ? undefined : index.byId.get(value);
    if (entry) return { entry };
    const near = value === undefined ? undefined : suggestId(index, value);
    return fail({
      message: `Unknown ${noun} id ${JSON.stringify(value ?? '{…}')} in <${name}>.`,
      expected: `id="…" naming a file in ${folder}/ (a plain string, not an expression)`,
      found: `id=${JSON.stringify(value ?? '{…}')}`,
      suggestion: near
        ? `Did you mean id="${near}"? (${index.byId.get(near)?.title ?? near})`
        : `Create ${folder}/${value ?? `your-${noun}`}.mdx, or remove the id to resolve "${text}" by name.`,
    });
  }
  const id = resolveTerm(index, text);
  const entry = id === undefined ? undefined : index.byId.get(id);
  if (entry) return { entry };
  const near = suggestTerm(index, text);
  const nearId =
    near === undefined ? undefined : (resolveTerm(index, near) ?? (index.byId.has(near) ? near : undefined));
  return fail({
    message: `Unknown ${noun} "${text}": no ${noun} has this title or alias.`,
    expected: `the title or an alias of ${article(noun)} ${noun}, or an explicit id="…"`,
    found: `<${name}>${text}</${name}>`,
    suggestion: nearId
      ? `Did you mean "${near}"? Write <${name} id="${nearId}">${text}</${name}>, or add "${text}" to the aliases of ${folder}/${nearId}.mdx.`
      : `Add "${text}" as an alias of the ${noun} you mean, or create ${folder}/<id>.mdx.`,
  });
}

/** Whether a node is a mark of one of the indexed kinds. */
export function markTest(indexes: readonly GlossaryIndex[]): (node: Nodes) => boolean {
  const names = new Set<string>(indexes.map((index) => kindRow(index.kind).component));
  return (node) => isJsxElement(node) && names.has(node.name ?? '');
}
