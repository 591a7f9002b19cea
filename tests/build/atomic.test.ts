/**
 * `npm run build` (src/cli/build.ts) publishes all or nothing: a build that fails at any stage,
 * or is interrupted, leaves the previous output byte for byte and no temporary folder; a good
 * build replaces the output as a whole. Runs the real script on a copy of the minimal fixture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../unit/helpers.ts';

const root = process.cwd();
const fixture = join(root, 'tests/fixtures/minimal/content');
let dir = '';
const site = () => join(dir, 'site');

interface Result {
  status: number | null;
  output: string;
}

/** Resets the content to the fixture, applies `edits` (file → change) and runs `npm run build`'s script. */
function build(
  edits: Record<string, (text: string) => string> = {},
  env: Record<string, string> = {},
  // Called once the temporary folder exists, with a function that interrupts the build.
  whileRunning?: (stop: () => void) => void,
): Promise<Result> {
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  for (const [file, change] of Object.entries(edits)) {
    const path = join(dir, 'content', file);
    writeFileSync(path, change(existsSync(path) ? readFileSync(path, 'utf8') : ''));
  }
  const child = spawn(process.execPath, [join(root, 'src/cli/build.ts')], {
    cwd: root,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      GLOSSA_CONTENT: join(dir, 'content'),
      GLOSSA_OUT_DIR: site(),
      GLOSSA_CACHE_DIR: join(dir, 'cache'),
      GLOSSA_SITE: '',
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  if (whileRunning) {
    const poll = setInterval(() => {
      // Wait until Astro is writing pages, so there is something to clean up.
      if (strays().length && output.includes('generating static routes')) {
        clearInterval(poll);
        whileRunning(() => child.kill('SIGTERM'));
      }
    }, 50);
    child.on('exit', () => clearInterval(poll));
  }
  return new Promise((done) => child.on('close', (status) => done({ status, output })));
}

/** Every file under the output folder (dot files included) with the SHA-256 of its bytes. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(site(), { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const key = path.slice(site().length + 1);
    files[key] = entry.isFile() ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'dir';
  }
  return files;
}

/** Anything besides content, cache and output: temporary or old build folders, Astro's leftovers. */
function strays(): string[] {
  const expected = ['cache', 'content', 'site'];
  const found = readdirSync(dir).filter((name) => !expected.includes(name));
  // The marker each build leaves in its output (src/cli/out-dir.ts) is expected there.
  if (existsSync(site()))
    found.push(...readdirSync(site()).filter((name) => name.startsWith('.') && name !== '.glossa-build'));
  return found;
}

describe('atomic output', () => {
  let published: Record<string, string> = {};

  beforeAll(() => {
    dir = scratchDir('atomic-', { inProject: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a good build publishes the whole site, with its search index and sitemap', async () => {
    const { status, output } = await build({
      'concepts/gamma-idea.mdx': () =>
        readFileSync(join(fixture, 'concepts/beta-idea.mdx'), 'utf8')
          .replace('title: Beta idea', 'title: Gamma idea')
          .replace('aliases: [beta]', 'aliases: [gamma]'),
    });
    expect(status, output).toBe(0);
    published = snapshot();
    // No public address: a preview, and it says so in the terminal and where citations are.
    expect(output).toContain('PREVIEW BUILD: not for publishing.');
    const page = readFileSync(join(site(), 'concepts/gamma-idea/index.html'), 'utf8');
    expect(page).toContain('<strong>Preview build:</strong> this site’s public address is not set');
    for (const file of ['concepts/gamma-idea/index.html', 'pagefind/pagefind.js', 'sitemap-index.xml'])
      expect(Object.keys(published), file).toContain(file);
    expect(strays()).toEqual([]);
  });

  const failures: [string, Record<string, (text: string) => string>, Record<string, string>, string][] = [
    ['the content check (YAML that does not parse)', { 'concepts/beta-idea.mdx': (t) => t.replace('aliases: [beta]', 'aliases: [beta') }, {}, 'beta-idea.mdx'],
    ['the MDX compile (an import of a missing module)', { 'papers/test-paper.mdx': (t) => `${t.replace(/^(---\n[\s\S]*?\n---\n)/, "$1\nimport Missing from './missing-component.astro';\n")}\n<Missing />\n` }, {}, 'missing-component.astro'],
    ['rendering (a comparison that does not exist)', { 'papers/test-paper.mdx': (t) => `${t}\n<Contrast id="nope" />\n` }, {}, 'content/contrasts/nope.yaml'],
    // Pagefind's own switch for its binary: the index step then fails as it would on a host without it.
    ['the address check (a deploy without a public address)', {}, { GLOSSA_REQUIRE_SITE: '1' }, 'This build must have a public address (GLOSSA_REQUIRE_SITE=1)'],
    ['the search index (Pagefind cannot start)', {}, { PAGEFIND_BINARY_PATH: '/nonexistent/pagefind' }, 'astro:build:done'],
  ]; // prettier-ignore

  it.each(failures)(
    'a build failing at %s leaves the previous output byte for byte',
    async (_, edits, env, says) => {
      const { status, output } = await build(edits, env);
      expect(status, output).not.toBe(0);
      expect(output).toContain(says);
      expect(output).toContain('site/ was left as it was');
      expect(snapshot()).toEqual(published);
      expect(strays()).toEqual([]);
    },
  );

  it('an interrupted build leaves the previous output and cleans up', async () => {
    const { status, output } = await build({}, {}, (stop) => {
      stop();
    });
    expect(status, output).not.toBe(0);
    expect(snapshot()).toEqual(published);
    expect(strays()).toEqual([]);
  });

  it('a second build of the same output waits its turn: refused while another holds the lock', async () => {
    // This test's own process stands for the running build.
    writeFileSync(join(dir, '.glossa-build.site.lock'), String(process.pid));
    const { status, output } = await build();
    expect(status, output).toBe(1);
    expect(output).toContain(`Another build of site/ is running (process ${String(process.pid)})`);
    expect(snapshot()).toEqual(published);
    // The lock is the other build's: left alone.
    expect(strays()).toEqual(['.glossa-build.site.lock']);
    rmSync(join(dir, '.glossa-build.site.lock'));
  });

  it('the next good build replaces the output as a whole (no file of the old one stays)', async () => {
    // With its public address set, a deploy build publishes no trace of localhost.
    const url = (t: string) => t.replace(/^title: .*$/m, '$&\nurl: https://readings.example.org');
    // What a build killed outright left goes too: an older id-named folder, the temporary folder
    // and a lock whose process no longer exists.
    mkdirSync(join(dir, '.glossa-build-4194305/concepts'), { recursive: true });
    mkdirSync(join(dir, '.glossa-build.site/concepts'), { recursive: true });
    writeFileSync(join(dir, '.glossa-build.site.lock'), '4194305');
    const { status, output } = await build({ 'site.yaml': url }, { GLOSSA_REQUIRE_SITE: '1' });
    expect(status, output).toBe(0);
    expect(output).not.toContain('PREVIEW BUILD');
    const withLocalhost = Object.entries(snapshot())
      .filter(([f, hash]) => hash !== 'dir' && readFileSync(join(site(), f)).includes('localhost'))
      .map(([f]) => f);
    expect(withLocalhost).toEqual([]);
    expect(readFileSync(join(site(), 'concepts/beta-idea/index.html'), 'utf8')).toContain(
      'https://readings.example.org/concepts/beta-idea/',
    );
    const now = snapshot();
    expect(Object.keys(now)).not.toContain('concepts/gamma-idea/index.html');
    expect(Object.keys(now)).toContain('concepts/beta-idea/index.html');
    expect(now).not.toEqual(published);
    expect(strays()).toEqual([]);
  });
});
