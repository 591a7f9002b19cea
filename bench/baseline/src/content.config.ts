/** The same two MDX collections as Glossa's, read from BENCH_CONTENT, with no schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env['BENCH_CONTENT'] ?? 'content';

const papers = defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/papers` }) });
const concepts = defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/concepts` }) });

export const collections = { papers, concepts };
