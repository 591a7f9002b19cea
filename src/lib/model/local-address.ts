/** Which addresses only this computer or its own network can reach: a site published on one is a local preview. */

/** The address a preview build uses when no public address is set (`astro preview` serves it). */
export const localAddress = 'http://localhost:4321';

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
