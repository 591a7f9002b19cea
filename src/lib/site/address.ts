/**
 * The site's public address: `GLOSSA_SITE` if set, else `url` in content/site.yaml, else a
 * localhost address for previews. A build on a local address must never pass for a publishable
 * site: it warns in the terminal and on every "How to cite" box, and a deploy refuses it.
 */

/** The address a preview build uses when no public address is set (`astro preview` serves it). */
export const localAddress = 'http://localhost:4321';

/** The resolved address and where it came from. */
export interface SiteAddress {
  /** Scheme and host (and optional path) given to Astro's `site`. */
  url: string;
  /** Which setting gave it. */
  from: 'GLOSSA_SITE' | 'content/site.yaml' | 'default';
  /** True when readers elsewhere cannot reach it (localhost, a loopback or private address). */
  local: boolean;
}

/** The four bytes of an IPv4 host as the URL parser wrote it ("127.0.0.1"), else undefined. */
function ipv4(host: string): number[] | undefined {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return undefined;
  return parts.map(Number);
}

/** The eight 16-bit groups of an IPv6 host ("[::1]"), else undefined. */
function ipv6(host: string): number[] | undefined {
  if (!host.startsWith('[') || !host.endsWith(']')) return undefined;
  const [head = '', tail] = host.slice(1, -1).split('::');
  const groups = (text: string) => (text ? text.split(':').map((g) => parseInt(g, 16)) : []);
  const start = groups(head);
  const end = tail === undefined ? [] : groups(tail);
  return [...start, ...Array<number>(8 - start.length - end.length).fill(0), ...end];
}

/** True for IPv4 bytes only this computer or its own network can reach (RFC 1918, 6598, 3927, loopback, "this network"). */
function privateV4([a = 0, b = 0]: number[]): boolean {
  return (
    a === 127 ||
    a === 0 ||
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

/**
 * True for an address readers elsewhere cannot reach: localhost (any case, a trailing dot,
 * *.localhost), a loopback or private IPv4 address in any spelling the URL parser accepts
 * (127.1, 2130706433, 0x7f000001, 0177.0.0.1, 10.x, 172.16–31.x, 192.168.x, 169.254.x, 0.0.0.0),
 * IPv6 loopback, unspecified, unique-local and link-local addresses and IPv4 mapped into IPv6
 * ([::ffff:127.0.0.1]), and names only a local network resolves (.local, .internal, .home.arpa).
 */
export function isLocalAddress(url: URL | string): boolean {
  // Not an address at all: the schema reports that on its own.
  if (!URL.canParse(url)) return false;
  const host = new URL(url).hostname.toLowerCase().replace(/\.+$/, '');
  if (host === 'localhost' || /\.(localhost|local|internal|home\.arpa)$/.test(host)) return true;
  const v4 = ipv4(host);
  if (v4) return privateV4(v4);
  const v6 = ipv6(host);
  if (!v6) return false;
  const [first = 0] = v6;
  if (v6.slice(0, 7).every((g) => g === 0) && (v6[7] === 1 || v6[7] === 0)) return true;
  if ((first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80) return true;
  // IPv4 mapped (::ffff:a.b.c.d) or compatible (::a.b.c.d): the IPv4 rules apply.
  const mapped = v6.slice(0, 5).every((g) => g === 0) && (v6[5] === 0xffff || v6[5] === 0);
  const [hi = 0, lo = 0] = v6.slice(6);
  return mapped && privateV4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
}

/** What an address must not carry wherever it comes from: a user and password, a path, a query. */
export function addressShapeProblem(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.username || parsed.password)
    return 'an address without "user:password@" (it would be printed on every page, in every citation)';
  if (parsed.pathname !== '/' || parsed.search || parsed.hash)
    return `scheme and host only: the sub-path goes in GLOSSA_BASE (GLOSSA_BASE=${parsed.pathname.replace(/\/?$/, '/')})`;
  return undefined;
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
