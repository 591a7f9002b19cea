/** The few parts of citation-js (an independent parser of BibTeX, RIS and CSL-JSON) the download tests use. */
declare module '@citation-js/core' {
  /** A parsed library: `data` holds CSL-JSON items. */
  export class Cite {
    constructor(input: string, options?: { forceType?: string });
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
