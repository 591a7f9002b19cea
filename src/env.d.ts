/// <reference types="astro/client" />

declare namespace App {
  /** Per-page values that a page hands to the components it renders. */
  interface Locals {
    /** On a paper page: the citation and permalink of each numbered paragraph, by anchor ("p7"). */
    paragraphCites?: ReadonlyMap<string, { pinpoint: string; link: string }>;
  }
}
