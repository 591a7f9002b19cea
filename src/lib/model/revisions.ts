/** Which date is the latest: the one rule for an entry's latest revision (the date a citation of it carries) and for the exports' "modified". */

/** The latest of some YYYY-MM-DD dates; undefined when there are none. */
export const latestDate = (dates: readonly string[]): string | undefined =>
  dates.reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);

/** The latest of an entry's revision dates ('' when it has none: the schema refuses that for content). */
export const latestRevision = (revisions: readonly { date: string }[]): string =>
  latestDate(revisions.map((r) => r.date)) ?? '';
