/**
 * Writes the imported paper as `content/papers/<id>.mdx`, in the scaffold's conventions
 * (`src/cli/templates.ts`): every field explained, every value the source did not carry marked
 * "TODO:", so that the dev server shows the draft and the build refuses it until it is filled in.
 */
import { unified } from 'unified';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Root } from 'mdast';
import type { PaperMeta } from './types.ts';

const q = (value: string) => JSON.stringify(value.replace(/\s+/g, ' ').trim());
const field = (value: string | undefined, todo: string) => (value ? q(value) : q(`TODO: ${todo}`));

/** The frontmatter block for `meta`, dated `today`. */
export function frontmatter(meta: PaperMeta, today: string, editionNote: string | undefined): string {
  const authors =
    meta.authors.length === 0
      ? ['  - family: TODO-family-name', '    given: TODO-given-names']
      : meta.authors.flatMap((a) => [
          `  - family: ${q(a.family)}`,
          `    given: ${q(a.given)}`,
          ...(a.bio ? [`    bio: ${q(a.bio)}`] : []),
        ]);
  const optional = (name: string, value: string | undefined) => (value ? [`${name}: ${q(value)}`] : []);
  const issued = meta.issued
    ? `issued: "${meta.issued}"${meta.issuedCheck ? ` # TODO: check: ${meta.issuedCheck}` : ''}`
    : `issued: "${today}" # TODO: publication date of the original, YYYY-MM-DD`;
  return [
    '---',
    '# The bibliographic record of the ORIGINAL publication, as far as the imported source carried it.',
    '# A value the source did not carry is marked for you to fill in; `npm run build` refuses the paper until none is left.',
    `title: ${field(meta.title, 'title as published')}`,
    'authors: # in the published order; bio is the author note printed with the original (optional)',
    ...authors,
    `genre: ${field(meta.genre, 'kind of publication, as the publisher names it (Commentary, Working Paper…)')}`,
    `series: ${field(meta.series, 'series, or delete this line')}`,
    `number: ${field(meta.number, 'number in the series, or delete this line')}`,
    issued,
    `publisher: ${field(meta.publisher, 'publishing institution')}`,
    `publisherPlace: ${field(meta.publisherPlace, 'city')}`,
    `url: ${meta.url ? q(meta.url) : 'https://TODO.invalid/publisher-page-of-the-original'}`,
    `language: ${meta.language ?? 'en-GB'} # BCP 47 tag of the text`,
    ...optional('disclaimer', meta.disclaimer),
    `rights: ${field(meta.rights, 'the rights notice printed with the original, verbatim')}`,
    ...optional('rightsContact', meta.rightsContact),
    ...(meta.publisherAddress.length > 0
      ? ['publisherAddress:', ...meta.publisherAddress.map((line) => `  - ${q(line)}`)]
      : []),
    ...optional('editionNote', editionNote),
    `created: "${today}" # date this annotated edition was first published`,
    '---',
    '',
  ].join('\n');
}

/**
 * The body as MDX; remark-mdx escapes `{` and `<` in text so that the file always parses, and
 * remark-gfm writes tables and strikethrough (Glossa's MDX reads GitHub-flavoured Markdown).
 */
export function body(tree: Root): string {
  return unified()
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-' })
    .stringify(tree);
}

/** A BCP 47 tag in the form the schema takes ("en-gb" → "en-GB"), or undefined. */
export function languageTag(raw: string | undefined): string | undefined {
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}))?$/i.exec(raw?.trim() ?? '');
  if (!m?.[1]) return undefined;
  return m[2] ? `${m[1].toLowerCase()}-${m[2].toUpperCase()}` : m[1].toLowerCase();
}
