/**
 * Two promises of the build on the minimal fixture with a released version: Windows line ends
 * (CRLF, as a Windows checkout with core.autocrlf writes them) build exactly what LF builds, byte
 * for byte, archive and lock included; and a cache whose entries were damaged (cut short, or two
 * compiled MDX files swapped) is remade, reported, and publishes what a clean build publishes.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fixtureCopy, runScript } from '../unit/bad-input-safety-run.ts';

/** Every file of the built site with the SHA-256 of its bytes. */
function built(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, 'dist'), { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[relative(join(dir, 'dist'), path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  return out;
}

const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

describe('what the build publishes does not depend on line ends or on the state of the cache', () => {
  it('builds CRLF content exactly as LF, and remakes damaged cache entries', async () => {
    const dir = fixtureCopy();
    expect((await runScript(dir, 'src/cli/release.ts')).status).toBe(0);
    const first = await runScript(dir, 'src/cli/build.ts');
    expect(first.status, first.stderr).toBe(0);
    const lf = built(dir);

    // Damage the cache: the compiled MDX of two files swapped, every other entry cut in half.
    const entries = filesUnder(join(dir, 'cache')).filter((p) => /\/[0-9a-f]{64}$/.test(p));
    const mdx = entries.filter((p) => p.includes('/mdx-compile/'));
    expect(mdx.length).toBeGreaterThan(1);
    const [a = '', b = ''] = mdx;
    const bytesA = readFileSync(a);
    writeFileSync(a, readFileSync(b));
    writeFileSync(b, bytesA);
    for (const path of entries.filter((p) => !mdx.includes(p)))
      writeFileSync(path, readFileSync(path).subarray(0, Math.floor(statSync(path).size / 2)));

    const second = await runScript(dir, 'src/cli/build.ts');
    expect(second.status, second.stderr).toBe(0);
    // Both swapped MDX entries are caught, by name, and so are the cut ones.
    const damaged = [...second.stderr.matchAll(/the cache entry for (.+?) \((\S+)\) was damaged/g)];
    expect(damaged.filter((m) => m[2] === 'mdx-compile')).toHaveLength(2);
    expect(damaged.length).toBeGreaterThan(2);
    expect(second.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(built(dir)).toEqual(lf);

    // Windows line ends everywhere in content/, the published versions and their lock included.
    for (const path of filesUnder(join(dir, 'content')))
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\r?\n/g, '\r\n'));
    const third = await runScript(dir, 'src/cli/build.ts');
    expect(third.status, third.stderr).toBe(0);
    expect(built(dir)).toEqual(lf);
  }, 400_000);
});
