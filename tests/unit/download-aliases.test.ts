/**
 * The citation downloads' first names (src/lib/citations/download-aliases.ts): each is published
 * with its descriptive file's bytes, as a link rather than a second file; a first name with no file
 * to name, or claimed by two files, fails the build. The whole site's are checked by
 * tests/site/check-site.ts (tests/published-urls.txt) and tests/e2e/citations.spec.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  downloadAlias,
  downloadAliases,
  linkDownloadAliases,
  resetDownloadAliases,
  routedDownloadNames,
} from '../../src/lib/citations/download-aliases.ts';
import { scratchDir } from './helpers.ts';

let dir = '';
beforeEach(() => {
  dir = scratchDir('glossa-aliases-');
  resetDownloadAliases();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  resetDownloadAliases();
});

describe('citation downloads under their first names', () => {
  it('publishes each first name with the bytes of its file, as a link to it', () => {
    mkdirSync(join(dir, 'concepts/power/2026-11-26'), { recursive: true });
    writeFileSync(join(dir, 'concepts/power/glossa-power.ris'), 'TY  - ENCYC\r\n');
    writeFileSync(
      join(dir, 'concepts/power/2026-11-26/glossa-power-2026-11-26.ris'),
      'TY  - ENCYC\r\nDA  - 2026\r\n',
    );
    downloadAlias('concepts/power/glossa-power.ris', 'concepts/power/citation.ris');
    downloadAlias(
      'concepts/power/2026-11-26/glossa-power-2026-11-26.ris',
      'concepts/power/2026-11-26/citation.ris',
    );
    expect(linkDownloadAliases(dir)).toBe(2);
    expect(readFileSync(join(dir, 'concepts/power/citation.ris'), 'utf8')).toBe('TY  - ENCYC\r\n');
    expect(readFileSync(join(dir, 'concepts/power/2026-11-26/citation.ris'), 'utf8')).toBe(
      'TY  - ENCYC\r\nDA  - 2026\r\n',
    );
    // One file under two names: no second file was created.
    const { ino } = statSync(join(dir, 'concepts/power/glossa-power.ris'));
    expect(statSync(join(dir, 'concepts/power/citation.ris')).ino).toBe(ino);
  });

  it('replaces a first name left from an earlier build in an output folder that was not emptied', () => {
    mkdirSync(join(dir, 'concepts/power'), { recursive: true });
    writeFileSync(join(dir, 'concepts/power/glossa-power.bib'), '@inreference{power, new}\n');
    writeFileSync(join(dir, 'concepts/power/citation.bib'), '@inreference{power, old}\n');
    downloadAlias('concepts/power/glossa-power.bib', 'concepts/power/citation.bib');
    expect(linkDownloadAliases(dir)).toBe(1);
    expect(readFileSync(join(dir, 'concepts/power/citation.bib'), 'utf8')).toBe('@inreference{power, new}\n');
  });

  it('routes only the descriptive name in a build, registering the first as its link; both in astro dev', () => {
    expect(routedDownloadNames('concepts/power', 'glossa-power', '.ris', true)).toEqual([
      'glossa-power.ris',
      'citation.ris',
    ]);
    expect(downloadAliases().size).toBe(0);
    expect(routedDownloadNames('concepts/power', 'glossa-power', '-bibtex.bib', false)).toEqual([
      'glossa-power-bibtex.bib',
    ]);
    expect([...downloadAliases()]).toEqual([
      ['concepts/power/citation-bibtex.bib', 'concepts/power/glossa-power-bibtex.bib'],
    ]);
  });

  it('fails, naming each one, when a first name has no file to name', () => {
    mkdirSync(join(dir, 'concepts/power'), { recursive: true });
    downloadAlias('concepts/power/glossa-power.bib', 'concepts/power/citation.bib');
    downloadAlias('concepts/power/glossa-power.json', 'concepts/power/citation.json');
    expect(() => linkDownloadAliases(dir)).toThrow(
      /concepts\/power\/citation\.bib → concepts\/power\/glossa-power\.bib\n {2}concepts\/power\/citation\.json/,
    );
  });

  it('refuses one first name claimed by two files, and takes the same claim twice', () => {
    downloadAlias('concepts/power/glossa-power.bib', 'concepts/power/citation.bib');
    downloadAlias('concepts/power/glossa-power.bib', 'concepts/power/citation.bib');
    expect(downloadAliases().size).toBe(1);
    expect(() => downloadAlias('concepts/power/glossa-other.bib', 'concepts/power/citation.bib')).toThrow(
      /Two files claim the published name concepts\/power\/citation\.bib/,
    );
  });
});
