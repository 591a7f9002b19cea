/** Paper ids: the rule and the slug maker, from the one place in `src/lib` the tools import from. */
export { idPattern, slugify } from '../mark/glossary-terms.ts';
