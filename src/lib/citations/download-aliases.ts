/**
 * The citation downloads under their first names (`citation.bib`, `citation-bibtex.bib`,
 * `citation.ris`, `citation.json`: published before the descriptive `glossa-<id>…` names, and kept,
 * tests/published-urls.txt) hold the same bytes as the descriptive files beside them. In a build
 * they are not routes: each is a hard link to its descriptive file, made once Astro has written the
 * pages (`linkDownloadAliases`, at `astro:build:done`). That is half the site's files not rendered
 * and not created: about 0.4 s of a build with the cache kept (bench/README.md). `astro dev`, which
 * writes nothing, serves both names from the routes.
 */
import { copyFileSync, existsSync, linkSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The name the citation downloads were first published under, before the suffix of the format. */
export const firstDownloadName = 'citation';

/** Each alias's path (relative to the output folder, `/`-separated) and the file it names. */
type Aliases = Map<string, string>;

// Shared through globalThis: the routes (bundled by Vite) register, the integration links; each
// holds its own copy of this module.
const key = Symbol.for('glossa.download-aliases');
const aliases = ((globalThis as Record<symbol, unknown>)[key] ??= new Map()) as Aliases;

/**
 * The route that writes `target` (a path relative to the output folder) asks for `alias`, in the
 * same folder, to be published with the same bytes.
 */
export function downloadAlias(target: string, alias: string): void {
  const known = aliases.get(alias);
  if (known !== undefined && known !== target)
    throw new Error(`Two files claim the published name ${alias}: ${known} and ${target}.`);
  aliases.set(alias, target);
}

/**
 * The file names a download route serves in `folder` for one format: the descriptive `name` +
 * `suffix`, and its first name too in `astro dev` (which writes nothing). In a build the first name
 * is registered here as a link to the descriptive file instead of being a route.
 */
export function routedDownloadNames(folder: string, name: string, suffix: string, dev: boolean): string[] {
  const file = `${name}${suffix}`;
  const first = `${firstDownloadName}${suffix}`;
  if (dev) return [file, first];
  downloadAlias(`${folder}/${file}`, `${folder}/${first}`);
  return [file];
}

/** The aliases asked for so far (tests). */
export const downloadAliases = (): ReadonlyMap<string, string> => aliases;

/** Forgets the aliases (between builds in one process, and in tests). */
export const resetDownloadAliases = (): void => aliases.clear();

/**
 * Publishes every alias in `outDir` as a hard link to its file (a copy where the file system has
 * no hard links) and returns how many. A target Astro did not write fails the build: the alias is
 * a published address.
 */
export function linkDownloadAliases(outDir: string): number {
  const missing = [...aliases].filter(([, target]) => !existsSync(join(outDir, target)));
  if (missing.length > 0)
    throw new Error(
      `These published citation files have nothing to name (their file was not written):\n${missing
        .map(([alias, target]) => `  ${alias} → ${target}`)
        .join('\n')}`,
    );
  for (const [alias, target] of aliases) {
    const from = join(outDir, target);
    const to = join(outDir, alias);
    // An output folder Astro did not empty (`vite.build.emptyOutDir: false`) still holds the last build's.
    rmSync(to, { force: true });
    try {
      linkSync(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!['EPERM', 'EXDEV', 'ENOTSUP', 'EMLINK', 'ENOSYS'].includes(code)) throw error;
      copyFileSync(from, to);
    }
  }
  return aliases.size;
}
