/**
 * Element ids that the layouts and page components put around an MDX body, defined here once:
 * the components use these constants, and remarkSections never gives a heading one of them.
 */
export const pageIds = {
  main: 'main',
  siteSearch: 'site-search',
  contents: 'contents',
  definition: 'definition',
  entry: 'entry',
  role: 'role',
  comparisons: 'comparisons',
  relations: 'relations',
  neighbourhood: 'neighbourhood',
  inThePaper: 'in-the-paper',
  sources: 'sources',
  howToCite: 'how-to-cite',
  history: 'history',
  conceptsUsed: 'concepts-used',
} as const;
