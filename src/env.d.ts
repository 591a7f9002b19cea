/// <reference types="astro/client" />
import type { ContrastView } from './lib/pages/parts.ts';

declare global {
  namespace App {
    /** Per-page values that a page hands to the components it renders. */
    interface Locals {
      /** On a paper page: the citation in each style and permalink of each numbered paragraph, by anchor ("p7"). */
      paragraphCites?: ReadonlyMap<
        string,
        { pinpoints: readonly { style: string; name: string; text: string }[]; link: string }
      >;
      /** On a page that renders MDX: every comparison, by id, for `<Contrast id>` (src/lib/pages/parts.ts). */
      contrasts?: ReadonlyMap<string, ContrastView>;
    }
  }
}
