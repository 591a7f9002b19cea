/**
 * Zod schemas for every kind of content file. `src/content.config.ts` builds the Astro
 * collections from these, and the config-time loader (`load-content.ts`) validates the same
 * files with them before the build starts, so an editor sees one set of rules and messages.
 */
import { z } from 'astro/zod';
import { idPattern } from './ids.ts';
import { inlineTextProblem } from './typography.ts';

/** A web address: http or https only, so no `javascript:` or `data:` link reaches a page or an export. */
export const webUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'a web address starting with "https://" (or "http://")',
});

/** A bare DOI ("10.1234/abc"), without "https://doi.org/" or "doi:". */
export const doiSchema = z
  .string()
  .regex(/^10\.\d{4,9}\/\S+$/, 'a bare DOI such as "10.1017/S0020818300018968" (no "https://doi.org/")');

/** A stable kebab-case identifier (lower-case ASCII letters, digits and single hyphens). */
export const idSchema = z
  .string()
  .regex(idPattern, 'a kebab-case id such as "deterrence-by-denial" (a-z, 0-9, single hyphens)');

/** A calendar date written as YYYY-MM-DD that really exists (no 2025-02-30). */
export const isoDateSchema = z.preprocess(
  // Astro's own frontmatter parser turns YAML dates into Date objects; fold them back.
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    }, 'a calendar date that exists'),
);

/**
 * Inline text from content (a definition, a note, a table cell): plain words, curly quotes added
 * on the page, and `*…*` for italics (titles of works). HTML, links, bold and unpaired asterisks
 * are refused (`inlineTextProblem` says which).
 */
const inlineText = (max?: number) => {
  const text = z.string().trim().min(1, 'a non-empty text');
  return (
    max === undefined ? text : text.max(max, `plain text of at most ${String(max)} characters`)
  ).superRefine((s, ctx) => {
    const problem = inlineTextProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: `plain text, ${problem}` });
  });
};

/** A person's name, CSL-JSON style: family and given, or one literal name for an organisation. */
export const nameSchema = z.union([
  z.object({
    /** Family name (surname). */
    family: z.string().min(1),
    /** Given names. */
    given: z.string().min(1),
  }),
  z.object({
    /** A name that is not split, such as an organisation or a commission. */
    literal: z.string().min(1),
  }),
]);

/** A CSL-JSON date: `date-parts` is [[year, month?, day?]]. */
export const cslDateSchema = z.object({
  'date-parts': z.tuple([z.array(z.number().int()).min(1).max(3)]).refine(([[year = 0, month, day]]) => {
    if (month === undefined) return true;
    if (month < 1 || month > 12) return false;
    return day === undefined || (day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
  }, 'a real date: [[year, month 1–12, day of that month]]'),
});

/** A CSL-JSON date: `date-parts` is [[year, month?, day?]]. */
export type CslDate = z.infer<typeof cslDateSchema>;

/** One bibliographic record, CSL-JSON shaped, in `content/bibliography.yaml` (keyed by id). */
export const sourceSchema = z.object({
  /** CSL item type: book, article-journal, report, legal_document (treaties), … */
  type: z.enum(['book', 'article-journal', 'report', 'legal_document', 'chapter', 'webpage']),
  /** Title of the work, as published (no trailing full stop). */
  title: z.string().min(1),
  /** Authors; omit for treaties and other documents without one. */
  author: z.array(nameSchema).optional(),
  /** Date of publication or signature. */
  issued: cslDateSchema,
  /** Journal or series the work appeared in. */
  'container-title': z.string().optional(),
  /** Report or paper number within its series. */
  number: z.string().optional(),
  /** Journal volume. */
  volume: z.string().optional(),
  /** Journal issue. */
  issue: z.string().optional(),
  /** Page range, with an en dash. */
  page: z.string().optional(),
  /** Publisher or issuing body. */
  publisher: z.string().optional(),
  /** Place of publication or signature. */
  'publisher-place': z.string().optional(),
  /** DOI without the resolver prefix. Only when certain. */
  DOI: doiSchema.optional(),
  /** Publisher's stable address. Only when certain: a missing URL is better than a wrong one. */
  URL: webUrlSchema.optional(),
  /** Original-language title or other clarification shown after the reference. */
  note: z.string().optional(),
});

/** How a concept cites a work from the bibliography. */
export const sourceRefSchema = z.object({
  /** Id of a record in `content/bibliography.yaml`. */
  ref: idSchema,
  /** What this work contributes to the entry, in a short phrase (shown after the reference). */
  note: inlineText().optional(),
  /** Pinpoint: pages, article or chapter, such as "Article 5" or "pp. 14–16". */
  locator: z.string().min(1).optional(),
});

/** Typed relations from one concept to others; every target must be an existing concept id. */
export const relationsSchema = z
  .object({
    /** Wider concepts this one is a kind or a part of (the inverse, "narrower", is derived). */
    broader: z.array(idSchema).default([]),
    /** Concepts it is usefully read against: opposites or alternatives (shown on both pages). */
    contrastsWith: z.array(idSchema).default([]),
    /** Other associated concepts (shown on both pages). */
    related: z.array(idSchema).default([]),
  })
  .strict()
  .default({ broader: [], contrastsWith: [], related: [] });

/** One dated line in a concept's revision history. */
export const revisionSchema = z.object({
  /** Date of the change, YYYY-MM-DD. */
  date: isoDateSchema,
  /** One line saying what changed. */
  note: inlineText(),
});

/** Frontmatter of `content/concepts/<id>.mdx`; the MDX body is the longer entry. */
export const conceptSchema = z
  .object({
    /** Display name, sentence case ("Deterrence by denial"). */
    title: z.string().trim().min(1),
    /** Other names an author may write inside `<Concept>`; matched case-insensitively. */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** The hover definition and page description: plain text, one or two sentences. */
    short: inlineText(300),
    /** Id of a category listed in `content/site.yaml`. */
    category: idSchema,
    /** Who coined the term, only when a cited source says so (docs/editorial-policy.md); shown on the page. */
    coinedBy: z.string().min(1).optional(),
    /** Typed relations to other concepts. */
    relations: relationsSchema,
    /** Works from the bibliography that support the entry. At least one. */
    sources: z.array(sourceRefSchema).min(1, 'at least one source from content/bibliography.yaml'),
    /** Ids this concept was published under before a rename (each builds a redirect). */
    formerIds: z.array(idSchema).default([]),
    /** Date the entry was first published, YYYY-MM-DD. */
    created: isoDateSchema,
    /** Revision history, oldest first; the latest date is the citation date. */
    revisions: z.array(revisionSchema).min(1, 'at least one revision (the first publication)'),
  })
  .strict();

/** Frontmatter of `content/entities/<id>.mdx`: a person, organisation, document or event the papers name. */
export const entitySchema = z
  .object({
    /** Name as usually written ("Volodymyr Zelenskyy", "NATO"). */
    name: z.string().trim().min(1),
    /** What it is. */
    kind: z.enum(['person', 'organisation', 'document', 'event']),
    /** Other names an author may write inside `<Entity>`; matched case-insensitively. */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** The hover text: the role as at `asOf`, plain text. */
    short: inlineText(300),
    /** The date `short` speaks for (usually the paper's date), YYYY-MM-DD. */
    asOf: isoDateSchema,
    /** Works from the bibliography that support the entry. At least one. */
    sources: z.array(sourceRefSchema).min(1, 'at least one source from content/bibliography.yaml'),
    /** Date the entry was first published, YYYY-MM-DD. */
    created: isoDateSchema,
    /** Revision history, oldest first; the latest date is the citation date. */
    revisions: z.array(revisionSchema).min(1, 'at least one revision (the first publication)'),
  })
  .strict();

/** One row of a side-by-side comparison. */
export const contrastRowSchema = z.object({
  /** What is compared in this row ("Mechanism"). */
  aspect: inlineText(),
  /** The left concept's answer. */
  left: inlineText(),
  /** The right concept's answer. */
  right: inlineText(),
});

/** A comparison of two concepts, `content/contrasts/<id>.yaml`, shown by `<Contrast id>`. */
export const contrastSchema = z
  .object({
    /** Caption of the comparison table. */
    title: z.string().min(1),
    /** The two concept ids compared, left then right. */
    concepts: z.tuple([idSchema, idSchema]),
    /** Rows of the comparison. */
    rows: z.array(contrastRowSchema).min(1),
  })
  .strict();

/** An author of a paper, with the biographical note printed with the original. */
export const paperAuthorSchema = z.object({
  /** Family name. */
  family: z.string().min(1),
  /** Given names. */
  given: z.string().min(1),
  /** The author note as printed with the original, without the name. */
  bio: z.string().min(1).optional(),
});

/** Frontmatter of `content/papers/<id>.mdx`: the bibliographic record of the original. */
export const paperSchema = z
  .object({
    /** Title as published. */
    title: z.string().trim().min(1),
    /** The title in sentence case, for citations (APA 7 and Zotero store titles so); proper nouns keep their capitals. */
    titleSentenceCase: z.string().trim().min(1).optional(),
    /** Authors in the published order. */
    authors: z.array(paperAuthorSchema).min(1, 'at least one author'),
    /** Kind of publication, as the publisher names it ("Commentary"). */
    genre: z.string().min(1),
    /** Series the paper appeared in ("IDSS Paper"). */
    series: z.string().min(1).optional(),
    /** Number within the series ("039/2025"). */
    number: z.string().min(1).optional(),
    /** Publication date of the original, YYYY-MM-DD. */
    issued: isoDateSchema,
    /** Publishing institution. */
    publisher: z.string().min(1),
    /** Unit of the publisher responsible for the series. */
    institution: z.string().min(1).optional(),
    /** Place of the publisher. */
    publisherPlace: z.string().min(1),
    /** Publisher's page of the original. */
    url: webUrlSchema,
    /** BCP 47 language tag of the text ("en-GB"). */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a language tag such as "en-GB"'),
    /** Disclaimer printed with the original. */
    disclaimer: z.string().min(1).optional(),
    /** Rights notice printed with the original, verbatim. */
    rights: z.string().min(1),
    /** Contact address for reproduction requests, if the original gives one. */
    rightsContact: z.email().optional(),
    /** Postal address lines printed at the foot of the original. */
    publisherAddress: z.array(z.string().min(1)).default([]),
    /** Editor's note on this edition (shown near the top). Plain text. */
    editionNote: inlineText().optional(),
    /** Date this annotated edition was first published, YYYY-MM-DD. */
    created: isoDateSchema,
    /** The edition's revision history (its notes, marks and headings), oldest first; the latest date is the date citations of the edition give. */
    revisions: z.array(revisionSchema).default([]),
    /** Key of the original on the source shelf; default the first author's family name and the year ("chang-2025"). */
    citationKey: idSchema.optional(),
  })
  .strict();

/** A concept's frontmatter after validation. */
export type ConceptData = z.infer<typeof conceptSchema>;
/** A paper's frontmatter after validation. */
export type PaperData = z.infer<typeof paperSchema>;
/** A bibliography record after validation. */
export type SourceData = z.infer<typeof sourceSchema>;
/** An entity's frontmatter after validation. */
export type EntityData = z.infer<typeof entitySchema>;
/** A comparison after validation. */
export type ContrastData = z.infer<typeof contrastSchema>;

/** The frontmatter schema of each kind of entry (see src/lib/model/kinds.ts). */
export const entrySchemas = { concept: conceptSchema, entity: entitySchema } as const;
