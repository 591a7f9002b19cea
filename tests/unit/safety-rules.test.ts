/**
 * The pure parts of issue 31's checks, on strings and small folders: how a URL is classified (as
 * a browser reads it), which built links are dead (under a sub-path too), which output folders
 * are refused, which hidden characters are named.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { urlKind } from '../../src/lib/content/link-rules.ts';
import { hiddenCharacters } from '../../src/lib/content/text-rules.ts';
import { deadLinks } from '../../src/cli/site-links.ts';
import { isBuildOutput, outputFolderProblem } from '../../src/cli/out-dir.ts';
import { baseProblem } from '../../src/lib/site/address.ts';
import { scratchDir } from './helpers.ts';

describe('urls as browsers read them', () => {
  it.each([
    ['https://example.org/', 'web'],
    ['HTTP://example.org/', 'web'],
    ['mailto:editor@example.org', 'mailto'],
    ['/concepts/power/', 'path'],
    ['../power/', 'path'],
    ['#p7', 'fragment'],
    ['javascript:alert(1)', 'other-scheme'],
    [' \u0001JaVaScRiPt:alert(1)', 'other-scheme'],
    ['java\nscript:alert(1)', 'other-scheme'],
    ['jav\tascript:alert(1)', 'other-scheme'],
    ['data:text/html,x', 'other-scheme'],
    ['VBSCRIPT:x', 'other-scheme'],
    ['//evil.example/', 'protocol-relative'],
    ['\\\\evil.example/', 'protocol-relative'],
    ['  //evil.example/', 'protocol-relative'],
  ])('%j is %s', (url, kind) => expect(urlKind(url)).toBe(kind));
});

describe('hidden characters', () => {
  it('names bidi controls and invisible characters, and allows the joiners scripts need', () => {
    expect(hiddenCharacters('a\u202Eb\u200Bc\u2066d\uFEFF')).toEqual([
      'U+202E',
      'U+200B',
      'U+2066',
      'U+FEFF',
    ]);
    expect(hiddenCharacters('می\u200Cخواهم 👩\u200D💻 ردع')).toEqual([]);
  });
});

describe('dead links in a built site', () => {
  const site = (base: string) => {
    const dir = scratchDir('glossa-links-');
    const page = (path: string, html: string) => {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, 'index.html'), html);
    };
    page(
      '',
      `<a href="${base}concepts/a/#p1">a</a><a href="${base}concepts/b/">b</a><a href="https://x.org/">x</a>`,
    );
    page(
      'concepts/a',
      `<p id="p1">1</p><a href="../a/#p2">self</a><a href="#p1">top</a><img src="${base}missing.png">`,
    );
    return dir;
  };
  it('finds a missing page, a missing fragment and a missing file, once each, under any base', () => {
    for (const base of ['/', '/glossa/']) {
      expect(deadLinks(site(base), base).map((d) => [d.href, d.why, d.pages])).toEqual([
        ['../a/#p2', 'the page has no element with id "p2"', [`${base}concepts/a/`]],
        [`${base}missing.png`, 'no page or file at this address', [`${base}concepts/a/`]],
        [`${base}concepts/b/`, 'no page or file at this address', [base]],
      ]);
    }
  });
  it('does not follow a path out of the site', () => {
    const dir = site('/');
    writeFileSync(join(dir, 'index.html'), '<a href="/../../etc/passwd">x</a>');
    expect(deadLinks(dir, '/').map((d) => d.href)).toContain('/../../etc/passwd');
  });
});

describe('output folders', () => {
  it('replaces only a folder a build made (with its marker, or an older build’s _astro and pagefind)', () => {
    const dir = scratchDir('glossa-out-');
    const root = join(dir, 'project');
    mkdirSync(join(root, 'content'), { recursive: true });
    const where = { root, contentDir: join(root, 'content') };
    expect(outputFolderProblem(join(root, 'dist'), where)).toBeUndefined();
    mkdirSync(join(root, 'old/_astro'), { recursive: true });
    mkdirSync(join(root, 'old/pagefind'), { recursive: true });
    writeFileSync(join(root, 'old/pagefind/pagefind.js'), '');
    expect(isBuildOutput(join(root, 'old'))).toBe(true);
    expect(outputFolderProblem(join(root, 'old'), where)).toBeUndefined();
    mkdirSync(join(root, 'mine'));
    writeFileSync(join(root, 'mine/notes.txt'), '');
    expect(outputFolderProblem(join(root, 'mine'), where)).toMatch(/was not made by a build/);
    writeFileSync(join(root, 'mine/.glossa-build'), '');
    expect(outputFolderProblem(join(root, 'mine'), where)).toBeUndefined();
    expect(outputFolderProblem(dir, where)).toMatch(/contains the project folder/);
    expect(outputFolderProblem(join(root, 'content/x'), where)).toMatch(/lies inside content/);
  });
  it('takes only a plain path as GLOSSA_BASE', () => {
    for (const ok of ['/', '/glossa/', '/a/b-c_d.e~f/']) expect(baseProblem(ok), ok).toBeUndefined();
    for (const bad of ['glossa', '//evil.org/', '/../x/', '/a/./b/', 'https://x.org/', '/a b/', '/a?x'])
      expect(baseProblem(bad), bad).toBeDefined();
  });
});
