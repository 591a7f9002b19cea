/**
 * The site's public address: `GLOSSA_SITE` if set, else `url` in content/site.yaml, else a
 * localhost address for previews. A build on a local address must never pass for a publishable
 * site: it warns in the terminal and on every "How to cite" box, and a deploy refuses it.
 */
import { addressShapeProblem, isLocalAddress, localAddress } from '../model/local-address.ts';

/** The resolved address and where it came from. */
export interface SiteAddress {
  /** Scheme and host (and optional path) given to Astro's `site`. */
  url: string;
  /** Which setting gave it. */
  from: 'GLOSSA_SITE' | 'content/site.yaml' | 'default';
  /** True when readers elsewhere cannot reach it (localhost, a loopback or private address). */
  local: boolean;
}

/** Why `base` (GLOSSA_BASE) cannot be the sub-path the site lives under, or undefined when it can. */
export function baseProblem(base: string): string | undefined {
  if (/^\/(?:[A-Za-z0-9._~-]+\/?)*$/.test(base) && !base.split('/').some((p) => p === '..' || p === '.'))
    return undefined;
  return [
    'GLOSSA_BASE is not a sub-path of the site.',
    '  expected: a path such as /glossa/ (letters, digits, - . _ ~ and /; starting with /; no .. or //)',
    `  found:    GLOSSA_BASE=${JSON.stringify(base)}`,
    '  fix:      Set GLOSSA_BASE to the path readers see after the host, e.g. GLOSSA_BASE=/glossa/, or unset it.',
  ].join('\n');
}

/** Picks the public address; throws when `GLOSSA_SITE` is set but is not a usable http(s) address. */
export function siteAddress(fromEnv: string | undefined, fromSettings: string | undefined): SiteAddress {
  if (fromEnv) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(fromEnv);
    } catch {
      parsed = undefined;
    }
    const shape = parsed && /^https?:$/.test(parsed.protocol) ? addressShapeProblem(fromEnv) : undefined;
    if (!parsed || !/^https?:$/.test(parsed.protocol) || shape) {
      const shown =
        parsed && (parsed.username || parsed.password) ? fromEnv.replace(/\/\/[^@/]*@/, '//…@') : fromEnv;
      throw new Error(
        `GLOSSA_SITE is not ${shape ? 'an address the site can publish' : 'a web address'}.\n  expected: ${shape ?? 'the public address of the site, such as https://readings.example.org'}\n  found:    ${JSON.stringify(shown)}\n  fix:      Set GLOSSA_SITE to the address readers will use (scheme and host; the sub-path goes in GLOSSA_BASE).`,
      );
    }
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
