/** The Content Security Policy: the <meta> goes first, and the _headers file matches the policy. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerPolicy, moveCspFirst, pageDirectives, searchDirectives } from '../../src/lib/site/csp.ts';

const csp = `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' 'sha256-${'a'.repeat(43)}=';">`;
const page = (head: string) =>
  `<!DOCTYPE html><html lang="en"><head>${head}</head><body><p>x</p></body></html>`;
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0] ?? '', d] as const),
  );

describe('CSP <meta> placement', () => {
  it('moves the policy to straight after <meta charset>, before anything that loads', () => {
    const before = page(
      `<meta charset="utf-8"><title>T</title><link rel="icon" href="/favicon.svg"><script src="/theme-init.js"></script><style>p{}</style>${csp}`,
    );
    const after = moveCspFirst(before);
    expect(after).toBe(
      page(
        `<meta charset="utf-8">${csp}<title>T</title><link rel="icon" href="/favicon.svg"><script src="/theme-init.js"></script><style>p{}</style>`,
      ),
    );
    expect(after.match(/content-security-policy/g)).toHaveLength(1);
  });
  it('keeps the charset within the first 1024 bytes however long the policy is', () => {
    const long = csp.replace("'self'", `'self' ${`'sha256-${'b'.repeat(43)}=' `.repeat(40)}`);
    const moved = moveCspFirst(page(`<meta charset="utf-8"><title>T</title>${long}`));
    expect(moved.indexOf('<meta charset="utf-8">')).toBeLessThan(1024 - 22);
    expect(moved.indexOf(long)).toBe(moved.indexOf('<meta charset="utf-8">') + 22);
  });
  it('puts it first in <head> when a page has no charset, and leaves pages without a policy alone', () => {
    expect(moveCspFirst(page(`<title>T</title>${csp}`))).toBe(page(`${csp}<title>T</title>`));
    const redirect = page('<meta http-equiv="refresh" content="0;url=/concepts/x/"><title>T</title>');
    expect(moveCspFirst(redirect)).toBe(redirect);
  });
});

describe('CSP directives', () => {
  const header = /^\s+Content-Security-Policy: (.+)$/m.exec(
    readFileSync(join(process.cwd(), 'public/_headers'), 'utf8'),
  )?.[1];

  it('start from nothing allowed on every page', () => {
    expect(pageDirectives).toContain("default-src 'none'");
    expect(pageDirectives).toContain("object-src 'none'");
    expect(pageDirectives).toContain("base-uri 'none'");
  });
  it('public/_headers sends headerPolicy(), which covers every resource type but scripts and styles', () => {
    expect(header).toBe(headerPolicy());
    const sent = directives(headerPolicy());
    const fetchDirectives = ['child-src', 'connect-src', 'font-src', 'frame-src', 'img-src', 'manifest-src', 'media-src', 'object-src', 'worker-src'];
    for (const name of fetchDirectives) expect(sent.has(name), name).toBe(true);
    // Those fall back to default-src, and their hashes are per page: the <meta> holds them.
    for (const name of ['default-src', 'script-src', 'style-src']) expect(sent.has(name), name).toBe(false);
    expect(sent.get('frame-ancestors')).toBe("frame-ancestors 'none'");
  }); // prettier-ignore
  it('the header allows nothing the pages do not: each <meta> directive is sent as it is', () => {
    const sent = directives(headerPolicy());
    for (const directive of [...pageDirectives, ...searchDirectives]) {
      const name = directive.split(' ')[0] ?? '';
      if (name !== 'default-src') expect(sent.get(name)).toBe(directive);
    }
    // Every other fetch directive is 'none', as default-src 'none' makes it in the <meta>.
    const pageNames = [...pageDirectives, ...searchDirectives].map((d) => d.split(' ')[0]);
    for (const [name, directive] of sent)
      if (name.endsWith('-src') && !pageNames.includes(name)) expect(directive).toBe(`${name} 'none'`);
  });
});
