/**
 * Where a build may write. The swap in build.ts replaces the output folder as a whole, so a target
 * that holds an editor's files would be deleted: the project root, content/, src/, public/,
 * node_modules/, .git/ and the cache, a folder above any of them, a folder inside one of them, or
 * an existing folder the build did not make (no marker from an earlier build) is refused before
 * anything is written.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** The file each build leaves in its output folder: only a folder that holds it is replaced. */
export const BUILD_MARKER = '.glossa-build';

/** What the marker says to whoever opens it. */
export const markerText =
  'This folder was made by `npm run build` (Glossa). The next build replaces it as a whole: do not keep files here.\n';

/** The folders of the project that a build must never replace, hold or lie inside. */
export interface Protected {
  /** The project root (the folder of package.json). */
  root: string;
  /** The content folder (GLOSSA_CONTENT or content/). */
  contentDir: string;
  /** Other folders to protect (the cache, when it is elsewhere). */
  extra?: readonly string[];
}

/** A path with every existing part resolved through symbolic links. */
function real(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    return join(realpathSync(existing), relative(existing, absolute));
  } catch {
    return absolute;
  }
}

const inside = (child: string, parent: string) =>
  child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/** A folder made by an earlier build: it holds the marker, or (builds before the marker) Astro's and Pagefind's output. */
export function isBuildOutput(dir: string): boolean {
  if (existsSync(join(dir, BUILD_MARKER))) return true;
  return existsSync(join(dir, '_astro')) && existsSync(join(dir, 'pagefind', 'pagefind.js'));
}

/** Why `target` cannot be the output folder, as the lines of a message; undefined when it can. */
export function outputFolderProblem(target: string, where: Protected): string | undefined {
  const out = real(target);
  const root = real(where.root);
  const guarded = [
    ['the project folder', root],
    ['content/ (the editors’ files)', real(where.contentDir)],
    // The project's own content/ too, when GLOSSA_CONTENT points the build at another tree.
    ['content/ (the editors’ files)', join(root, 'content')],
    ...(['src', 'public', 'node_modules', '.git'] as const).map((d) => [`${d}/`, join(root, d)]),
    ...(where.extra ?? []).map((d) => ['the build cache', real(d)]),
  ] as const;
  const shown = relative(root, out) || '.';
  const fix =
    'Set GLOSSA_OUT_DIR to a new folder of its own (for example dist/ or ../site-build/), or unset it.';
  for (const [what, dir] of guarded) {
    const clash =
      out === dir
        ? 'is'
        : inside(dir, out)
          ? 'contains'
          : what !== 'the project folder' && inside(out, dir)
            ? 'lies inside'
            : '';
    if (!clash) continue;
    return [
      `The output folder ${clash} ${what}: a build replaces its output folder as a whole, and would delete those files.`,
      `  expected: a folder of its own for the built site (GLOSSA_OUT_DIR, default dist/)`,
      `  found:    GLOSSA_OUT_DIR=${process.env['GLOSSA_OUT_DIR'] ?? ''} (${shown})`,
      `  fix:      ${fix}`,
    ].join('\n');
  }
  if (existsSync(out) && !statSync(out).isDirectory()) {
    return [
      `The output folder ${shown} is a file, which a build would delete.`,
      '  expected: a folder of its own for the built site',
      `  found:    a file at GLOSSA_OUT_DIR=${process.env['GLOSSA_OUT_DIR'] ?? ''}`,
      `  fix:      ${fix}`,
    ].join('\n');
  }
  if (existsSync(out) && readdirSync(out).length > 0 && !isBuildOutput(out)) {
    return [
      `The output folder ${shown}/ already exists and was not made by a build (it has no ${BUILD_MARKER} file): it would be deleted.`,
      '  expected: a new or empty folder, or the output of an earlier build',
      `  found:    ${shown}/ with ${String(readdirSync(out).length)} entries, such as ${basename(readdirSync(out).sort()[0] ?? '')}`,
      `  fix:      ${fix} If the folder really is an old build, delete it first.`,
    ].join('\n');
  }
  return undefined;
}
