/**
 * The site's public address: `GLOSSA_SITE` if set, else `url` in content/site.yaml, else a
 * localhost address for previews. A build on a local address must never pass for a publishable
 * site: it warns in the terminal and on every "How to cite" box, and a deploy refuses it.
 */
import { isLocalAddress, localAddress } from '../model/local-address.ts';

/** The resolved address and where it came from. */
export interface SiteAddress {
  /** Scheme and host (and optional path) given to Astro's `site`. */
  url: string;
  /** Which setting gave it. */
  from: 'GLOSSA_SITE' | 'content/site.yaml' | 'default';
  /** True when readers elsewhere cannot reach it (localhost, a loopback address). */
  local: boolean;
}

/** Picks the public address; throws when `GLOSSA_SITE` is set but is not an http(s) address. */
export function siteAddress(fromEnv: string | undefined, fromSettings: string | undefined): SiteAddress {
  if (fromEnv) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(fromEnv);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol))
      throw new Error(
        `GLOSSA_SITE is not a web address.\n  expected: the public address of the site, such as https://readings.example.org\n  found:    ${JSON.stringify(fromEnv)}\n  fix:      Set GLOSSA_SITE to the address readers will use (scheme and host; the sub-path goes in GLOSSA_BASE).`,
      );
    return { url: fromEnv, from: 'GLOSSA_SITE', local: isLocalAddress(parsed) };
  }
  if (fromSettings)
    return { url: fromSettings, from: 'content/site.yaml', local: isLocalAddress(fromSettings) };
  return { url: localAddress, from: 'default', local: true };
}

/** The terminal warning for a build on a local address. */
export function previewWarning(address: SiteAddress): string {
  const rule = '─'.repeat(72);
  return [
    rule,
    'PREVIEW BUILD: not for publishing.',
    `The public address of the site is not set, so canonical links, the sitemap and every`,
    `citation point to ${address.url}.`,
    'Before publishing, set `url` in content/site.yaml or the GLOSSA_SITE environment variable',
    '(for example GLOSSA_SITE=https://readings.example.org npm run build).',
    rule,
  ].join('\n');
}

/** The error for a deploy build (GLOSSA_REQUIRE_SITE=1) that has no public address. */
export function missingAddressMessage(address: SiteAddress): string {
  return [
    `This build must have a public address (GLOSSA_REQUIRE_SITE=1), but it would publish ${address.url}.`,
    '  expected: a public http(s) address in GLOSSA_SITE or in `url` of content/site.yaml',
    `  found:    ${address.from === 'default' ? 'neither is set' : `${address.from} = ${address.url}`}`,
    '  fix:      Set `url: https://…` in content/site.yaml, or GLOSSA_SITE in the deploy environment.',
  ].join('\n');
}
