/** `content/site.yaml`: the settings of the whole site (zod schema, documented field by field). */
import { z } from 'astro/zod';
import { idSchema, nameSchema, webUrlSchema } from './schemas.ts';
import { addressShapeProblem, isLocalAddress } from './local-address.ts';

/** A category of the glossary, listed in `content/site.yaml`. */
export const categorySchema = z.object({
  /** Id concepts use in their `category` field. */
  id: idSchema,
  /** Heading shown on the glossary index. */
  title: z.string().min(1),
});

/** `content/site.yaml`: settings of the whole site. */
export const siteSchema = z
  .object({
    /** Site title, also the container title in citations. */
    title: z.string().min(1),
    /** One-sentence description for the home page and metadata. */
    description: z.string().min(1),
    /**
     * Public address of the site: scheme and host, e.g. "https://readings.example.org" (the
     * sub-path, if any, goes in GLOSSA_BASE). Canonical links, the sitemap and citations use it;
     * GLOSSA_SITE overrides it. Without either, a build is a local preview and says so.
     */
    url: webUrlSchema
      .refine(
        (url) => !isLocalAddress(url),
        'a public address (not localhost or a private network): the one readers will use',
      )
      .superRefine((url, ctx) => {
        const problem = addressShapeProblem(url);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    /** Publisher of the annotated edition. */
    publisher: z.string().min(1),
    /** Editors of the annotations; empty means the site is cited as group author. */
    editors: z.array(nameSchema).default([]),
    /** Licence of the annotations (not of the papers, which keep their own rights). */
    license: z.string().min(1),
    /** BCP 47 language tag of the site ("en-GB"). */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a language tag such as "en-GB"'),
    /** Glossary categories in display order. */
    categories: z
      .array(categorySchema)
      .min(1)
      .refine((list) => new Set(list.map((c) => c.id)).size === list.length, 'each category id listed once'),
    /** CSL style of the Sources lists and the exports' references (one of the styles offered for citing). */
    referenceStyle: z
      .enum(['apa', 'modern-language-association', 'chicago-author-date', 'chicago-note-bibliography'])
      .default('chicago-author-date'),
  })
  .strict();

/** Site settings after validation. */
export type SiteData = z.infer<typeof siteSchema>;
