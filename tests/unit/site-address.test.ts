/** The public address: where it comes from, what counts as local, and the messages about it. */
import { describe, expect, it } from 'vitest';
import { missingAddressMessage, previewWarning, siteAddress } from '../../src/lib/site/address.ts';
import { isLocalAddress, localAddress } from '../../src/lib/model/local-address.ts';
import { siteSchema } from '../../src/lib/model/site-schema.ts';

const settings = {
  title: 'T',
  description: 'D',
  publisher: 'P',
  license: 'L',
  language: 'en-GB',
  categories: [{ id: 'ideas', title: 'Ideas' }],
};

describe('site address', () => {
  it('takes GLOSSA_SITE first, then url in site.yaml, then a local preview address', () => {
    expect(siteAddress('https://env.example.org', 'https://yaml.example.org')).toEqual({
      url: 'https://env.example.org',
      from: 'GLOSSA_SITE',
      local: false,
    });
    expect(siteAddress(undefined, 'https://yaml.example.org')).toEqual({
      url: 'https://yaml.example.org',
      from: 'content/site.yaml',
      local: false,
    });
    expect(siteAddress('', undefined)).toEqual({ url: localAddress, from: 'default', local: true });
  });

  it('knows the addresses only this computer can reach', () => {
    for (const url of ['http://localhost:4321', 'http://LOCALHOST/', 'http://app.localhost/', 'http://127.0.0.1:8080', 'http://[::1]/', 'http://0.0.0.0/'])
      expect(isLocalAddress(url), url).toBe(true);
    for (const url of ['https://example.org', 'https://localhost.example.org', 'http://128.0.0.1/'])
      expect(isLocalAddress(url), url).toBe(false);
    expect(siteAddress('http://127.0.0.1:4321', undefined).local).toBe(true);
  }); // prettier-ignore

  it('refuses a GLOSSA_SITE that is not a web address, saying what to set', () => {
    expect(() => siteAddress('readings.example.org', undefined)).toThrow(/GLOSSA_SITE is not a web address/);
    expect(() => siteAddress('javascript:alert(1)', undefined)).toThrow(/found: {4}"javascript:alert\(1\)"/);
  });

  it('accepts only a public http(s) address as url in site.yaml, and no url at all', () => {
    expect(siteSchema.safeParse(settings).success).toBe(true);
    expect(siteSchema.safeParse({ ...settings, url: 'https://readings.example.org' }).success).toBe(true);
    for (const url of ['http://localhost:4321', 'javascript:alert(1)', 'readings.example.org'])
      expect(siteSchema.safeParse({ ...settings, url }).success, url).toBe(false);
  });

  it('tells the editor how to set the address, in the warning and in the deploy error', () => {
    const local = siteAddress(undefined, undefined);
    expect(previewWarning(local)).toContain('PREVIEW BUILD');
    expect(previewWarning(local)).toContain('http://localhost:4321');
    expect(previewWarning(local)).toContain('`url` in content/site.yaml or the GLOSSA_SITE');
    expect(missingAddressMessage(local)).toContain('found:    neither is set');
    expect(missingAddressMessage(siteAddress('http://localhost:4321', undefined))).toContain(
      'found:    GLOSSA_SITE = http://localhost:4321',
    );
  });
});
