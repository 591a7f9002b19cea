/**
 * Content is data: an MDX body may hold Markdown, Glossa's components and a few HTML inline
 * elements, nothing that runs. Expressions (`{…}`), `import`/`export`, unknown components,
 * fragments and attribute expressions are refused with file:line:column and the fix; so are
 * marks that would publish wrong HTML (a mark inside a link, a note inside a note, the same
 * comparison twice, a paper with no text). One rule for the up-front check and the compile.
 */
import type { Nodes, Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { isMdxElement, mdxElementNames, mdxElements } from '../model/mdx-elements.ts';
import type { Place, Problem } from './problems.ts';
import { closest } from './suggest.ts';

/** HTML inline elements allowed in content (anything else is refused). */
export const htmlAllowed = ['abbr', 'b', 'br', 'cite', 'em', 'i', 'small', 'strong', 'sub', 'sup'] as const;

const marks = new Set<string>(mdxElements.filter((e) => e.marks).map((e) => e.name));
const allowed = new Set<string>([...mdxElementNames, ...htmlAllowed]);

/** Where an MDX body starts in its file. */
export interface BodyPlace {
  file: string;
  firstLine: number;
}

/** Every rule broken in `tree`, with the file's line and column. */
export function contentRules(
  tree: Root,
  where: BodyPlace,
  options: { paper?: boolean; contrasts?: readonly string[] } = {},
): Problem[] {
  const problems: Problem[] = [];
  const place = (node: Nodes): Place => {
    const start = node.position?.start;
    return { file: where.file, line: start && start.line + where.firstLine - 1, column: start?.column };
  };
  const add = (node: Nodes, problem: Omit<Problem, keyof Place>) => problems.push({ ...place(node), ...problem });
  const contrasts = new Map<string, Nodes>();
  visitParents(tree, (node, ancestors) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, {
          message: 'An `import` or `export` line is code, and content is data.',
          expected: 'Markdown and Glossa’s components (they need no import)',
          found: JSON.stringify(node.value.split('\n')[0]?.slice(0, 80) ?? ''),
          suggestion: 'Remove the line. To start a paragraph with the word, write \\import or \\export.',
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, {
          message: 'Braces { } hold a JavaScript expression in MDX, and content is data.',
          expected: 'text, or a literal brace written \\{ and \\}',
          found: JSON.stringify(`{${node.value.slice(0, 60)}}`),
          suggestion: `Write the braces as text: \\{${node.value.slice(0, 40)}\\}.`,
        });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        if (name === null) {
          add(node, {
            message: 'A fragment <>…</> is not content.',
            expected: 'Markdown and Glossa’s components',
            found: '<>…</>',
            suggestion: 'Remove the <> and </>, keeping the text between them.',
          });
          return;
        }
        if (!allowed.has(name)) {
          const near = closest(name, allowed);
          add(node, {
            message: `<${name}> is not a component Glossa knows.`,
            expected: `one of ${mdxElementNames.map((c) => `<${c}>`).join(', ')}, or the HTML ${htmlAllowed.join(', ')}`,
            found: `<${name}>`,
            suggestion: near
              ? `Did you mean <${near}>? To write the angle bracket itself, write \\<${name}>.`
              : `Remove it, or write the angle bracket as \\<${name}> to show it as text.`,
          });
        }
        for (const attribute of node.attributes) {
          const expression =
            attribute.type === 'mdxJsxExpressionAttribute' ||
            (attribute.value !== null && typeof attribute.value === 'object');
          if (!expression) continue;
          add(node, {
            message: `<${name}> has an attribute written as an expression, and content is data.`,
            expected: 'attributes in quotes, such as id="deterrence"',
            found: attribute.type === 'mdxJsxAttribute' ? `${attribute.name}={…}` : '{...…}',
            suggestion: 'Write the value in double quotes.',
          });
        }
        if (marks.has(name) && ancestors.some((a) => a.type === 'link')) {
          add(node, {
            message: `<${name}> is inside a link: a marked term is a link itself, and a link inside a link is not valid HTML.`,
            expected: `the mark outside the link, or the link without the mark`,
            found: `[… <${name}>…</${name}> …](…)`,
            suggestion: 'Remove the mark, or move it out of the link text.',
          });
        }
        if (name === 'Note' && ancestors.some((a) => isMdxElement(a, 'Note'))) {
          add(node, {
            message: '<Note> is inside another <Note>.',
            expected: 'one note per place in the text',
            found: '<Note>…<Note>…</Note>…</Note>',
            suggestion: 'Merge the two notes into one, or put the second after the first.',
          });
        }
        const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
        if (name === 'Contrast' && typeof id === 'string' && options.contrasts && !options.contrasts.includes(id)) {
          const near = closest(id, options.contrasts);
          add(node, {
            message: `<Contrast id="${id}"> names a comparison that does not exist.`,
            expected: 'the id of a file in content/contrasts/',
            found: `id="${id}"`,
            suggestion: near ? `Did you mean id="${near}"?` : `Create content/contrasts/${id}.yaml, or remove the element.`,
          });
        } else if (name === 'Contrast' && typeof id === 'string') {
          if (contrasts.has(id)) {
            add(node, {
              message: `<Contrast id="${id}"> is shown twice in this file.`,
              expected: 'each comparison once per page (its ids must be unique)',
              found: `a second <Contrast id="${id}" />`,
              suggestion: 'Remove one of the two.',
            });
          } else contrasts.set(id, node);
        }
        return;
      }
      default:
        return;
    }
  });
  // MDX unwraps a paragraph holding only a <Note> (an imported file whose only text was a footnote),
  // so the compile finds no paragraph there: say so now, not as a stack trace later.
  const text = (n: Nodes) =>
    n.type === 'paragraph' &&
    n.children.some(
      (c) => !(c.type === 'mdxJsxTextElement' && c.name === 'Note') && !(c.type === 'text' && c.value.trim() === ''),
    );
  if (options.paper && !tree.children.some(text)) {
    problems.push({
      file: where.file,
      line: where.firstLine,
      column: 1,
      message: 'The paper has no text.',
      expected: 'the paper’s paragraphs after the frontmatter',
      found: 'no paragraph',
      suggestion: 'Paste the text of the paper below the closing ---, one paragraph per block.',
    });
  }
  return problems;
}
