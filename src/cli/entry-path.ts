/**
 * The one check every editor's command (`mark`, `import`, `release`, `new:*`) makes on the id it
 * is given and on the file it writes: an id is a file name, never a path (no separator, no `..`),
 * and the file is written only inside its folder of content/, never through a symbolic link.
 */
import { lstatSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { idPattern, slugify } from '../lib/model/ids.ts';
import { formatProblem, type Problem } from '../lib/content/problems.ts';

/** Why `input` cannot name an entry (as a printable problem), or undefined when it can. */
export function idArgumentProblem(input: string, noun: string, command: string): Problem | undefined {
  if (idPattern.test(input)) return undefined;
  const path = /[\\/]/.test(input) || input.split(/[\\/]/).includes('..') || input.includes('..');
  const slug = slugify(
    input
      .split(/[\\/]/)
      .filter((p) => p && p !== '..')
      .at(-1)
      ?.replace(/\.mdx?$/, '') ?? '',
  );
  return {
    file: `the ${noun} id given to \`${command}\``,
    message: path
      ? `"${input}" is a path, not a ${noun} id: a command writes only the file its id names.`
      : `"${input}" is not a ${noun} id.`,
    expected: `a ${noun} id: kebab-case ASCII (a-z, 0-9, single hyphens), the file name without .mdx`,
    found: JSON.stringify(input),
    suggestion: slug
      ? `Run \`${command} ${slug}\`.`
      : `Give the ${noun}'s id, for example \`${command} joining-the-dots\`.`,
  };
}

/**
 * The file `<dir>/<id><ext>`, or a problem when it would be written outside `dir` or through a
 * symbolic link (the folder itself, or the file).
 */
export function entryPath(dir: string, id: string, ext = '.mdx'): { path: string; problem?: Problem } {
  const path = join(dir, `${id}${ext}`);
  const shown = relative(process.cwd(), path).split(sep).join('/');
  const outside = relative(resolve(dir), resolve(path)).startsWith('..');
  const linked = [dir, path].find((p) => lstatSync(p, { throwIfNoEntry: false })?.isSymbolicLink());
  if (!outside && linked === undefined) return { path };
  return {
    path,
    problem: {
      file: shown,
      message: outside
        ? 'The file is outside its folder of content/.'
        : `${linked === path ? 'The file' : `Its folder ${relative(process.cwd(), dir)}/`} is a symbolic link: writing through it would change a file elsewhere.`,
      expected: `a file inside ${relative(process.cwd(), dir) || '.'}/`,
      found: outside ? shown : 'a symbolic link',
      suggestion: 'Replace the link with the real file (or folder), then run the command again.',
    },
  };
}

/** Prints `problem` as every command's refusal and exits with status 1. */
export function refuse(problem: Problem, what = 'Nothing was written'): never {
  process.stderr.write(`${what}:\n\n${formatProblem(problem)}\n`);
  process.exit(1);
}
