/**
 * `astro dev` and the routes that write files (src/integrations/dev-files.ts): a download asked for
 * at the address the pages link to (no trailing slash) gets the slash Astro's dev router wants,
 * and nothing else does: not Vite's own modules, not public files, not pages, not paths no
 * endpoint serves. tests/e2e/dev-edit.spec.ts fetches the downloads from a running `astro dev`.
 */
import { describe, expect, it } from 'vitest';
import { needsSlash } from '../../src/integrations/dev-files.ts';

// Route patterns as Astro builds them with `trailingSlash: 'always'`.
const endpoints = [/^\/([^/]+?)\/([^/]+?)\/([^/]+?)\/$/, /^\/exports\/glossary\.csv\/$/];
const noPublicFile = () => false;

describe('needsSlash', () => {
  it('adds the slash to a download or an export asked for as the pages link to it', () => {
    expect(needsSlash('/concepts/power/glossa-power.bib', endpoints, noPublicFile)).toBe(true);
    expect(needsSlash('/entities/nato/citation.ris', endpoints, noPublicFile)).toBe(true);
    expect(needsSlash('/exports/glossary.csv', endpoints, noPublicFile)).toBe(true);
  });

  it("leaves Vite's modules, public files, pages, slashed paths and unserved paths alone", () => {
    expect(needsSlash('/src/lib/data.json', endpoints, noPublicFile)).toBe(false);
    expect(needsSlash('/node_modules/x/y.json', endpoints, noPublicFile)).toBe(false);
    expect(needsSlash('/@fs/work/a.json', endpoints, noPublicFile)).toBe(false);
    expect(needsSlash('/src/scripts/theme.ts', endpoints, noPublicFile)).toBe(false);
    expect(needsSlash('/concepts/power/robots.txt', endpoints, (p) => p.endsWith('robots.txt'))).toBe(false);
    expect(needsSlash('/concepts/power/', endpoints, noPublicFile)).toBe(false);
    expect(needsSlash('/concepts/power/glossa-power.bib/', endpoints, noPublicFile)).toBe(false);
    expect(needsSlash('/a/glossa-power.bib', endpoints, noPublicFile)).toBe(false);
  });
});
