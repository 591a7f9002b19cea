/**
 * Refuses what content may not hold (src/lib/content/mdx-rules.ts), in the compile too: in
 * `astro dev` a changed file is compiled without the up-front check, and an expression or an
 * `export` must never reach the JavaScript the compile produces. Runs first.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { relative, sep } from 'node:path';
import { contentRules } from '../../lib/content/mdx-rules.ts';
import { ContentError } from '../../lib/content/problems.ts';
import { linkRules } from '../../lib/content/link-rules.ts';
import { attributeRules } from '../../lib/content/attribute-rules.ts';

/** Options of `remarkContentRules`. */
export interface RemarkContentRulesOptions {
  /** Which files are papers (a paper must have text). */
  isPaper?: (file: VFile) => boolean;
}

/** Remark plugin: stop the compile, with every problem of the file, when it breaks a content rule. */
export function remarkContentRules(options: RemarkContentRulesOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const path = file.path ? relative(file.cwd, file.path).split(sep).join('/') : '<input>';
    const where = { file: path, firstLine: 1 };
    const problems = [
      ...contentRules(tree, where, { paper: options.isPaper?.(file) ?? false }),
      ...linkRules(tree, where),
      ...attributeRules(tree, where),
    ];
    if (problems.length) throw new ContentError(problems);
  };
}
