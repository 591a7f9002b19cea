/** The citation records of the real content, shared by the citation tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/yaml.ts';
import { conceptSchema, entitySchema, paperSchema } from '../../src/lib/model/schemas.ts';
import { siteSchema } from '../../src/lib/model/site-schema.ts';
import { entryRecord, originalPaperRecord, paperEditionRecord } from '../../src/lib/citations/records.ts';

/** A file of the real content. */
export const content = (path: string): string => readFileSync(join(process.cwd(), 'content', path), 'utf8');
const frontmatter = (path: string): unknown => parseYaml(splitFrontmatter(content(path))?.yaml ?? '');

/** The site settings. */
export const site = siteSchema.parse(parseYaml(content('site.yaml')));
/** The paper's frontmatter. */
export const paper = paperSchema.parse(frontmatter('papers/joining-the-dots.mdx'));
/** The access date the records are built with ("today" is the day the entries were published). */

/** The record of a concept of the real content. */
export const concept = (id: string) => {
  const data = conceptSchema.parse(frontmatter(`concepts/${id}.mdx`));
  const version = data.revisions.at(-1)?.date ?? '';
  const url = `https://glossa.example/concepts/${id}/${version}/`;
  return entryRecord({ id, entry: data, site, url, abstract: data.short });
};

/** The record of a who's-who entry of the real content, at its latest version. */
export const entity = (id: string) => {
  const data = entitySchema.parse(frontmatter(`entities/${id}.mdx`));
  const version = data.revisions.at(-1)?.date ?? '';
  const url = `https://glossa.example/entities/${id}/${version}/`;
  return entryRecord({ id, entry: { ...data, title: data.name }, site, url, abstract: data.short });
};

/** NATO, a who's-who entry. */
export const nato = entity('nato');

/** Records of two concepts, the edition and the original. */
export const musketeer = concept('musketeer-principle');
export const denial = concept('deterrence-by-denial');
export const edition = paperEditionRecord({
  id: 'joining-the-dots-annotated',
  paper,
  site,
  url: 'https://glossa.example/papers/joining-the-dots/',
});
export const original = originalPaperRecord(paper);
export const records = [musketeer, denial, nato, edition, original];
