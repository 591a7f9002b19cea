/**
 * `<Entity>` (who's who) resolution: the same checks and occurrence records as remarkConcepts,
 * against the entity index. A separate plugin function, because unified merges two uses of one
 * plugin into one.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { GlossaryIndex } from '../../lib/content/glossary-index.ts';
import { remarkConcepts } from './remark-concepts.ts';

/** Options of `remarkEntities`. */
export interface RemarkEntitiesOptions {
  /** The who's-who index (see loadEntities). Required. */
  index: GlossaryIndex;
}

/** Remark plugin: resolve `<Entity>` references and record occurrences. */
export function remarkEntities(options: RemarkEntitiesOptions): (tree: Root, file: VFile) => void {
  return remarkConcepts({
    index: options.index,
    name: 'Entity',
    noun: 'entity',
    folder: 'content/entities',
    example: 'NATO',
  });
}
