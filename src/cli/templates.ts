/** Text of new content files; every field explained, every value to fill marked "TODO:". */

/** A new concept entry titled `title`, dated `today`. */
export const conceptTemplate = (
  title: string,
  today: string,
  categories: string[],
  sourceId: string,
): string => `---
# The concept's display name, in sentence case.
title: ${JSON.stringify(title)}
# Other words a paper may mark with <Concept>…</Concept> for this concept (case-insensitive).
# Each must be unique across the glossary and must not be another concept's title.
aliases: []
# The hover definition and page description: plain text, one or two sentences, ≤ 300 characters.
short: "TODO: define ${title.replace(/"/g, "'")} in one or two plain sentences."
# One of the categories listed in content/site.yaml: ${categories.join(', ')}.
category: ${categories[0] ?? ''} # TODO: choose the category
# Typed relations; every target must be an existing concept id (a file name in content/concepts/).
relations:
  broader: [] # wider concepts this one is a kind or part of
  contrastsWith: [] # opposites or alternatives (shown on both pages)
  related: [] # other associated concepts (shown on both pages)
# Works from content/bibliography.yaml that support the entry; note says what each contributes.
# TODO: replace the stand-in below with the works that really support this entry.
sources:
  - ref: ${sourceId}
    note: "TODO: what this work contributes to the entry."
# Ids this concept had before a rename (each builds a redirect). Leave empty for a new concept.
formerIds: []
# Date the entry is first published, YYYY-MM-DD.
created: ${today}
# Revision history, oldest first, one line each; the latest date is the citation date.
revisions:
  - date: ${today}
    note: First published.
---

TODO: the longer entry, in your own words: what it is, where it comes from, how the paper uses
it, and how it relates to its neighbours. Mark other concepts with \`<Concept>term</Concept>\`.
`;

/** A new paper, dated `today`. */
export const paperTemplate = (today: string): string => `---
# The bibliographic record of the ORIGINAL publication.
title: "TODO: title as published"
authors: # in the published order; bio is the author note printed with the original (optional)
  - family: TODO-family-name
    given: TODO-given-names
genre: "TODO: kind of publication, as the publisher names it (Commentary, Working Paper…)"
series: "TODO: series, or delete this line"
number: "TODO: number in the series, or delete this line"
issued: "${today}" # TODO: publication date of the original, YYYY-MM-DD
publisher: "TODO: publishing institution"
publisherPlace: "TODO: city"
url: https://TODO.invalid/publisher-page-of-the-original
language: en-GB # BCP 47 tag of the text
rights: "TODO: the rights notice printed with the original, verbatim"
# Optional: institution, disclaimer, rightsContact, publisherAddress (list of lines), editionNote.
created: "${today}" # date this annotated edition was first published
---

TODO: paste the text of the paper here. Every paragraph directly in the body is numbered.
`;
