import { describe, expect, it } from 'vitest';
import { buildIndex, resolveTerm, suggestId } from '../../src/lib/content/glossary-index.ts';
import { validateRelations } from '../../src/lib/content/relations-check.ts';
import { closest, editDistance } from '../../src/lib/content/suggest.ts';
import { termKey } from '../../src/lib/model/ids.ts';
import { testIndex } from './helpers.ts';

const locate = (id: string, path: readonly (string | number)[]) => ({
  file: `content/concepts/${id}.mdx`,
  line: 10,
  column: path.length,
});
const concept = (id: string, title: string, aliases: string[] = [], relations = {}) => ({
  id,
  data: {
    title,
    aliases,
    short: 's',
    relations: { broader: [], contrastsWith: [], related: [], ...relations },
  },
});

describe('term keys and suggestions', () => {
  it('folds case, quotes, dashes and spacing', () => {
    expect(termKey('  “Collective   Defence” ')).toBe('collective defence');
    expect(termKey('cost\u2013benefit')).toBe('cost-benefit');
  });
  it('measures edit distance and finds the closest candidate, or none', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closest('coersion', ['coercion', 'power'])).toBe('coercion');
    expect(closest('zzzzzz', ['coercion', 'power'])).toBeUndefined();
  });
});

describe('buildIndex', () => {
  it('resolves titles and aliases case-insensitively', () => {
    expect(resolveTerm(testIndex, 'DETERRING')).toBe('deterrence');
    expect(resolveTerm(testIndex, 'Collective Defense')).toBe('collective-defence');
    expect(resolveTerm(testIndex, 'compellence')).toBeUndefined();
    expect(suggestId(testIndex, 'deterence')).toBe('deterrence');
  });
  it('reports an alias claimed by two concepts or equal to another title, at the alias', () => {
    const { problems } = buildIndex(
      'concept',
      [concept('a', 'Alpha', ['shared']), concept('b', 'Beta', ['Shared', 'alpha'])],
      locate,
    );
    expect(problems.map((p) => [p.file, p.column, p.message])).toEqual([
      ['content/concepts/b.mdx', 2, 'The alias "Shared" of concept "b" is already an alias of concept "a".'],
      ['content/concepts/b.mdx', 2, 'The alias "alpha" of concept "b" is already the title of concept "a".'],
    ]);
  });
});

describe('validateRelations', () => {
  it('accepts relations to existing concepts', () => {
    const list = [concept('a', 'A', [], { broader: ['b'] }), concept('b', 'B', [], { related: ['a'] })];
    expect(validateRelations(list, buildIndex('concept', list, locate).index, locate)).toEqual([]);
  });
  it('names both concepts for a missing target, with a did-you-mean', () => {
    const list = [
      concept('deterrence', 'Deterrence', [], { broader: ['coersion'] }),
      concept('coercion', 'Coercion'),
    ];
    const [problem] = validateRelations(list, buildIndex('concept', list, locate).index, locate);
    expect(problem).toMatchObject({
      file: 'content/concepts/deterrence.mdx',
      message: 'Concept "deterrence" has a broader relation to "coersion", which is not a concept.',
      found: '"coersion"',
      suggestion: 'Did you mean "coercion"? Otherwise create content/concepts/coersion.mdx.',
    });
  });
  it('rejects a self-relation and a broader cycle', () => {
    const list = [
      concept('a', 'A', [], { broader: ['b'], related: ['a'] }),
      concept('b', 'B', [], { broader: ['c'] }),
      concept('c', 'C', [], { broader: ['a'] }),
    ];
    const messages = validateRelations(list, buildIndex('concept', list, locate).index, locate).map(
      (p) => p.message,
    );
    expect(messages).toEqual([
      'Concept "a" lists itself in relations.related.',
      'The broader relations form a cycle: a → b → c → a.',
    ]);
  });
});
