/** The text of a citation download file, chosen by the file name's suffix. */
import { toBibTeX, toCslJson, toRIS, type CslItem } from './records.ts';

/** Body of `<name><suffix>` for a record (see downloadFormats). */
export function citationFile(item: CslItem, suffix: string): string {
  const key = item.id.replace(/[^A-Za-z0-9-]/g, '');
  if (suffix === '-bibtex.bib') return toBibTeX(item, key, 'bibtex');
  if (suffix === '.bib') return toBibTeX(item, key, 'biblatex');
  if (suffix === '.ris') return toRIS(item);
  if (suffix === '.json') return toCslJson([item]);
  throw new Error(`No citation file format for "${suffix}".`);
}
