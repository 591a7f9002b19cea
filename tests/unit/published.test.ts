import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingPublished } from '../site/published.ts';
import { scratchDir } from './helpers.ts';

describe('published URLs', () => {
  it('reports every listed URL that the built site no longer serves', () => {
    const dist = scratchDir('glossa-published-');
    mkdirSync(join(dist, 'concepts/power'), { recursive: true });
    writeFileSync(join(dist, 'concepts/power/index.html'), '<!doctype html>');
    writeFileSync(join(dist, 'concepts/power/citation.ris'), 'TY  - ENCYC');
    const listing =
      '# comment\n/concepts/power/\n/concepts/power/citation.ris\n/concepts/deterrence/\n/concepts/power/citation.bib\n';
    expect(missingPublished(dist, listing)).toEqual([
      '/concepts/deterrence/',
      '/concepts/power/citation.bib',
    ]);
  });

  it('accepts the committed list against a complete tree', () => {
    const dist = scratchDir('glossa-published-');
    mkdirSync(join(dist, 'a'), { recursive: true });
    writeFileSync(join(dist, 'a/index.html'), '');
    expect(missingPublished(dist, '/a/\n')).toEqual([]);
  });
});
