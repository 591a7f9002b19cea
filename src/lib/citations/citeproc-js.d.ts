/**
 * The part of citeproc-js (`citeproc` on npm, which ships no types) that `citeproc.ts`
 * uses. Styles and locales are passed as parsed XML trees rather than XML strings.
 */
declare module 'citeproc' {
  /** An XML element as citeproc-js accepts it in place of XML text. */
  export interface CslNode {
    /** Element name ("style", "macro", "term", …). */
    name: string;
    /** Attributes. */
    attrs: Record<string, string>;
    /** Child elements and text. */
    children: (CslNode | string)[];
  }

  /** What the engine asks its host for. */
  export interface CslSys {
    /** The locale tree for a language tag, or undefined when the host has none. */
    retrieveLocale(lang: string): CslNode | undefined;
    /** The CSL-JSON item with this id. */
    retrieveItem(id: string): object | undefined;
  }

  /** One cited item in a citation cluster, with an optional pinpoint. */
  export interface CslCitationItem {
    /** Id of the item. */
    id: string;
    /** Pinpoint value ("7", "7-8"). */
    locator?: string;
    /** Locator term: "page", "paragraph", "section", … */
    label?: string;
  }

  /** Bibliography metadata; `entry_ids` lists the item ids in output order. */
  export interface CslBibliographyMeta {
    /** Item ids of each entry, in the order of the entries. */
    entry_ids: string[][];
  }

  /** A citeproc-js processor bound to one style and locale. */
  export class Engine {
    constructor(sys: CslSys, style: CslNode | string, lang?: string, forceLang?: boolean);
    /** Registers the items a bibliography is made of. */
    updateItems(ids: string[]): void;
    /** The formatted entries of the registered items, or false for a style without a bibliography. */
    makeBibliography(): [CslBibliographyMeta, string[]] | false;
    /** One in-text citation (or note text) for the given items. */
    makeCitationCluster(items: CslCitationItem[]): string;
    /** "html" (the default) or "text". */
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    /** Processor options; `wrap_url_and_doi` makes URLs and DOIs links in HTML output. */
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
  }

  /** The module object. */
  const CSL: { Engine: typeof Engine; PROCESSOR_VERSION: string };
  export default CSL;
}
