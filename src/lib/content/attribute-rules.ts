/**
 * Attributes in an MDX body: each allowed element takes only the attributes it documents, so
 * nothing an author writes reaches the page as an event handler, an inline style, a class of the
 * site or an id that clashes with the paragraph anchors. Values of those attributes may not hold
 * bidi controls or invisible characters.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Problem } from './problems.ts';
import { isJsxElement, mdxElements, type JsxElement } from '../model/mdx-elements.ts';
import { htmlAllowed, type BodyPlace } from './mdx-rules.ts';
import { hiddenCharacters, showHidden } from './text-rules.ts';

/**
 * The attributes each element documents (README, Authoring): Glossa's elements from their table
 * (src/lib/model/mdx-elements.ts), the allowed HTML here; an element not listed takes none.
 */
export const documentedAttributes: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(mdxElements.map((e) => [e.name, e.attributes])),
  abbr: ['title', 'lang'],
  b: ['lang'],
  cite: ['lang'],
  em: ['lang'],
  i: ['lang'],
  small: ['lang'],
  strong: ['lang'],
};

/** Every attribute of `tree` an element does not document, or whose value hides characters. */
export function attributeRules(tree: Root, where: BodyPlace): Problem[] {
  const problems: Problem[] = [];
  const check = (node: JsxElement) => {
    const name = node.name;
    // An element that is not allowed at all is refused as a whole by the content rules: one problem.
    if (name === null || !(name in documentedAttributes || htmlAllowed.includes(name as never))) return;
    const known = documentedAttributes[name] ?? [];
    for (const attribute of node.attributes) {
      // Expressions and spreads are refused by the content rules, with their own message.
      if (attribute.type !== 'mdxJsxAttribute') continue;
      const start = attribute.position?.start ?? node.position?.start;
      const place = { file: where.file, line: start && start.line + where.firstLine - 1, column: start?.column };
      if (!known.includes(attribute.name)) {
        problems.push({
          ...place,
          message: `<${name}> does not take the attribute "${attribute.name}".`,
          expected: known.length ? `only ${known.map((k) => `${k}="…"`).join(', ')}` : `<${name}> without attributes`,
          found: `${attribute.name}=${JSON.stringify(typeof attribute.value === 'string' ? attribute.value.slice(0, 60) : true)}`,
          suggestion: `Remove ${attribute.name}=…; the site styles and numbers its elements itself.`,
        });
        continue;
      }
      const value = typeof attribute.value === 'string' ? attribute.value : '';
      const hidden = hiddenCharacters(value);
      if (hidden.length) {
        problems.push({
          ...place,
          message: `The attribute ${attribute.name} of <${name}> holds ${hidden.join(', ')}, which no reader can see.`,
          expected: 'visible characters only (no bidi controls, zero-width or other invisible characters)',
          found: showHidden(value),
          suggestion: 'Delete the attribute value and type it again.',
        });
      }
      if (attribute.name === 'lang' && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) {
        problems.push({
          ...place,
          message: `The lang attribute of <${name}> is not a language tag.`,
          expected: 'a BCP 47 language tag such as "fr" or "uk"',
          found: JSON.stringify(value),
          suggestion: 'Write the language as a tag, e.g. lang="fr".',
        });
      }
    }
  };
  visit(tree, (node) => {
    if (isJsxElement(node)) check(node);
  });
  return problems;
}
