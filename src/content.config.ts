/**
 * The content collections. Schemas live in src/lib/schemas.ts (documented field by field);
 * astro.config.mjs has already checked every file with the same schemas and friendlier errors.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import {
  conceptSchema,
  contrastSchema,
  entitySchema,
  paperSchema,
  siteSchema,
  sourceSchema,
} from './lib/model/schemas.ts';

const base = process.env['GLOSSA_CONTENT'] ?? 'content';

/** Annotated papers: content/papers/<id>.mdx. */
const papers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${base}/papers` }),
  schema: paperSchema,
});

/** Glossary concepts: content/concepts/<id>.mdx. */
const concepts = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${base}/concepts` }),
  schema: conceptSchema,
});

/** Who's who: people, organisations and documents, content/entities/<id>.mdx. */
const entities = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${base}/entities` }),
  schema: entitySchema,
});

/** Side-by-side comparisons: content/contrasts/<id>.yaml. */
const contrasts = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${base}/contrasts` }),
  schema: contrastSchema,
});

/** The source shelf: content/bibliography.yaml, one CSL-JSON record per key. */
const bibliography = defineCollection({
  loader: file(`${base}/bibliography.yaml`),
  schema: sourceSchema,
});

/** Site settings: content/site.yaml, a single entry with id "site". */
const settings = defineCollection({
  loader: file(`${base}/site.yaml`, { parser: (text) => ({ site: parse(text) as Record<string, unknown> }) }),
  schema: siteSchema,
});

export const collections = { papers, concepts, entities, contrasts, bibliography, settings };
