/** An entry's revisions: the one rule for which is the latest (the date a citation of the entry carries). */

/** The latest of an entry's revision dates ('' when it has none: the schema refuses that for content). */
export const latestRevision = (revisions: readonly { date: string }[]): string =>
  revisions.map((r) => r.date).reduce((a, b) => (b > a ? b : a), '');
