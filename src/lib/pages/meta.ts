/**
 * What every page record starts with: its meta, said once (title, description, canonical address,
 * social card and its text, citation tags and JSON-LD), and the site's own frame (title, licence,
 * publisher) that BaseLayout draws around it. Social cards read `card` from here.
 */
import type { CardText } from '../images/og-image.ts';
import { ogImagePath } from '../images/og-image-path.ts';
import type { SiteItem } from '../citations/types.ts';
import type { SiteData } from '../model/site-schema.ts';
import { getSettings, perBuild } from '../astro/collections.ts';
import { siteAddress } from '../site/address.ts';
import { canonical, withBase } from '../astro/urls.ts';

/** The site's settings every page shows in its frame (header, footer, language). */
export type SiteFrame = Pick<SiteData, 'title' | 'description' | 'language' | 'license' | 'publisher'>;

/** A citable page's tags for reference managers and search engines (CitationMeta.astro). */
export interface CitationTags {
  item: SiteItem;
  kind: 'entry' | 'report';
  jsonLd: Record<string, unknown>;
}

/** The meta of one page, said once. */
export interface PageMeta {
  /** Site-relative path ("concepts/power/"; "" for the home page). */
  path: string;
  /** The path under the configured base, as links to the page are written ("/concepts/power/"). */
  href: string;
  /** Page title (the layout appends the site title). */
  title: string;
  /** Meta description, plain text. */
  description: string;
  /** Language of the page. */
  lang: string;
  /** Absolute canonical address, or undefined for a page that must not be indexed (404). */
  canonical: string | undefined;
  /** Open Graph type; null leaves it out (entry pages: Zotero would read "website" as a web page). */
  ogType: string | null;
  /** Absolute address of the page's social card (a version page uses its entry's). */
  ogImage: string;
  /** The text of the page's own social card (src/pages/og/[...slug].png.ts); absent when it uses another page's. */
  card: CardText | undefined;
  /** Citation tags of a citable page. */
  citation?: CitationTags | undefined;
  /** The author tag of a page that is not a citable work (WebsiteMeta.astro). */
  websiteAuthor?: string | undefined;
  /** The site's frame. */
  site: SiteFrame;
}

/** What a builder says about its page; the rest of the meta follows from it. */
export interface MetaInput {
  path: string;
  title: string;
  description: string;
  lang?: string | undefined;
  /** False on a page that must not be indexed. */
  indexed?: boolean;
  ogType?: string | null;
  /** Path of the page whose card this page uses, when not its own. */
  cardOf?: string | undefined;
  /** Kicker and subtitle of the page's own card (its title is the page's unless given). */
  card?: { kicker: string; subtitle: string; title?: string } | undefined;
  citation?: CitationTags | undefined;
  websiteAuthor?: string | undefined;
}

/** The site's frame, read once per build. */
export const siteFrame = (): Promise<SiteFrame> => perBuild('site-frame', getSettings);

/**
 * The public address the site is built for, by the rule that gives astro.config.mjs its `site`
 * (GLOSSA_SITE, else `url` in content/site.yaml, else the local preview address). Not
 * import.meta.env.SITE: Astro lets an environment variable of that name override it.
 */
export const siteUrl = (): Promise<URL> =>
  perBuild(
    'site-url',
    async () => new URL(siteAddress(process.env['GLOSSA_SITE'], (await getSettings()).url).url),
  );

/** A page's meta from what its builder says about it. */
export async function pageMeta(input: MetaInput): Promise<PageMeta> {
  const site = await siteFrame();
  const address = await siteUrl();
  const href = withBase(input.path);
  const card = input.cardOf ?? href;
  return {
    path: input.path,
    href,
    title: input.title,
    description: input.description,
    lang: input.lang ?? site.language,
    canonical: input.indexed === false ? undefined : canonical(href, address),
    ogType: input.ogType === undefined ? 'website' : input.ogType,
    ogImage: canonical(withBase(ogImagePath(card, import.meta.env.BASE_URL)), address),
    // In CardText's order: the card cache is keyed by the text as JSON.
    card:
      input.card && !input.cardOf
        ? {
            kicker: input.card.kicker,
            title: input.card.title ?? input.title,
            subtitle: input.card.subtitle,
            footer: site.title,
          }
        : undefined,
    citation: input.citation,
    websiteAuthor: input.websiteAuthor,
    site,
  };
}
