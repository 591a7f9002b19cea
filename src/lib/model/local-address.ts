/** Which addresses only this computer can reach: a site published on one is a local preview. */

/** The address a preview build uses when no public address is set (`astro preview` serves it). */
export const localAddress = 'http://localhost:4321';

/** True for an address only this computer can reach: localhost, 127.x.x.x, [::1], 0.0.0.0. */
export function isLocalAddress(url: URL | string): boolean {
  // Not an address at all: the schema reports that on its own.
  if (!URL.canParse(url)) return false;
  const host = new URL(url).hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(?:\.\d{1,3}){3}$/.test(host) ||
    host === '[::1]' ||
    host === '0.0.0.0'
  );
}
