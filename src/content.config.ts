/**
 * The content collections, filled from the content tree that astro.config.mjs has read and
 * validated once (src/lib/content/load.ts); the schemas give the entries their types.
 */
// Not from 'astro:content': that module pulls Astro's whole server runtime (~80 modules) through
// the Vite module runner of the content sync, in every build (bench/log/2026-11-25-to-12-07.md §4). The
// function and its types are the same ('astro:content' re-exports this one).
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import { glossaLoader } from './lib/astro/content-loader.ts';
import {
  conceptSchema,
  contrastSchema,
  entitySchema,
  paperSchema,
  sourceSchema,
} from './lib/model/schemas.ts';
import { siteSchema } from './lib/model/site-schema.ts';

const base = process.env['GLOSSA_CONTENT'] ?? 'content';

/** Annotated papers: content/papers/<id>.mdx. */
const papers = defineCollection({
  loader: glossaLoader('papers', (c) => c.papers, `${base}/papers`),
  schema: paperSchema,
});

/** Glossary concepts: content/concepts/<id>.mdx. */
const concepts = defineCollection({
  loader: glossaLoader('concepts', (c) => c.entries.concept, `${base}/concepts`),
  schema: conceptSchema,
});

/** Who's who: people, organisations and documents, content/entities/<id>.mdx. */
const entities = defineCollection({
  loader: glossaLoader('entities', (c) => c.entries.entity, `${base}/entities`),
  schema: entitySchema,
});

/** Side-by-side comparisons: content/contrasts/<id>.yaml. */
const contrasts = defineCollection({
  loader: glossaLoader('contrasts', (c) => c.contrasts, `${base}/contrasts`),
  schema: contrastSchema,
});

/** The source shelf: content/bibliography.yaml, one CSL-JSON record per key. */
const bibliography = defineCollection({
  loader: glossaLoader('bibliography', (c) => c.bibliography),
  schema: sourceSchema,
});

/** Site settings: content/site.yaml, a single entry with id "site". */
const settings = defineCollection({
  loader: glossaLoader('settings', (c) => [{ id: 'site', data: c.site, file: 'content/site.yaml' }]),
  schema: siteSchema,
});

/**
 * Published versions of entries and of papers' editions, content/archive/<collection>/<id>/<date>.mdx
 * (issues #15, #34): frozen copies written by `npm run release`, hash-locked, never edited. The
 * version pages validate each with its kind's schema (src/lib/astro/records.ts).
 */
const archive = defineCollection({
  loader: glossaLoader('archive', (c) => c.archive, `${base}/archive`),
  schema: z.record(z.string(), z.unknown()),
});

export const collections = { papers, concepts, entities, contrasts, bibliography, settings, archive };
