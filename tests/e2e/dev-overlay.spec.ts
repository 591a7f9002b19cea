/**
 * Live preview: `astro dev` on a copy of the content, with a broken reference in the paper,
 * shows the same file:line:column message in the browser's error overlay as the build prints.
 */
import { expect, test } from './fixtures.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createServer } from 'node:net';

/** A port nobody listens on, so a stale server from an earlier run can never answer. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const root = process.cwd();
let port = 0;
// A cold `astro dev` on a busy 2-core machine can miss the first overlay; one retry.
test.describe.configure({ retries: 1 });
let server: ChildProcess | undefined;
let rel = '';
let at = '';

// eslint-disable-next-line no-empty-pattern -- Playwright hooks take fixtures first; none are needed here.
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(150_000);
  port = await freePort();
  mkdirSync(join(root, 'tests/.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'tests/.tmp/dev-'));
  rel = relative(root, dir);
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const paper = join(dir, 'content/papers/joining-the-dots.mdx');
  const broken = readFileSync(paper, 'utf8').replace('<Concept>power</Concept>', '<Concept>pwer</Concept>');
  writeFileSync(paper, broken);
  // Where the broken mark is, as an editor's status bar shows it.
  const lines = broken.split('\n');
  const line = lines.findIndex((l) => l.includes('<Concept>pwer</Concept>'));
  at = `${String(line + 1)}:${String((lines[line] ?? '').indexOf('<Concept>pwer') + 1)}`;
  server = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        GLOSSA_CONTENT: join(dir, 'content'),
        GLOSSA_CACHE_DIR: join(dir, 'cache'),
      },
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 480; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      // Warm up: the first request compiles the paper (and may re-optimise dependencies).
      await fetch(`http://127.0.0.1:${port}/papers/joining-the-dots/`).catch(() => undefined);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error('astro dev did not start');
});

test.afterAll(() => {
  server?.kill('SIGKILL');
});

test('the dev overlay shows the broken reference with file:line:column and the fix', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`http://127.0.0.1:${port}/papers/joining-the-dots/`);
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toContainText(
    `${rel}/content/papers/joining-the-dots.mdx:${at}: Unknown concept "pwer": no concept has this title or alias.`,
    { timeout: 90_000 },
  );
  await expect(overlay).toContainText('Did you mean "power"? Write <Concept id="power">pwer</Concept>');
});
