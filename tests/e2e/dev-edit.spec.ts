/**
 * Live preview keeps the paper's facts fresh: with `astro dev` running, a paragraph added at the
 * top of the paper renumbers the paragraphs and their pinpoint citations on the next load (the
 * facts come from the compile; nothing caches them across edits).
 */
import { expect, test } from './fixtures.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const root = process.cwd();
let port = 0;
let server: ChildProcess | undefined;
let paper = '';
test.describe.configure({ retries: 1 });

// eslint-disable-next-line no-empty-pattern -- Playwright hooks take fixtures first; none are needed here.
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(150_000);
  port = await freePort();
  mkdirSync(join(root, 'tests/.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'tests/.tmp/dev-edit-'));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  paper = join(dir, 'content/papers/joining-the-dots.mdx');
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
      const response = await fetch(`http://127.0.0.1:${port}/papers/joining-the-dots/`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('astro dev did not start');
});

test.afterAll(() => {
  server?.kill('SIGKILL');
});

test('editing a paper in astro dev renumbers its paragraphs and their pinpoints', async ({ page }) => {
  test.setTimeout(120_000);
  const url = `http://127.0.0.1:${port}/papers/joining-the-dots/`;
  await page.goto(url);
  await expect(page.locator('#p7-pin')).toContainText('(Chang, 2025/2026, para. 7)');
  // The first words of ¶7, after its number (a card's text would follow the first marked term).
  const seventh = (await page.locator('#p7').innerText()).split(/\s+/).slice(1, 4).join(' ');

  // A new first paragraph of the commentary: every later paragraph moves down by one.
  const text = readFileSync(paper, 'utf8');
  writeFileSync(
    paper,
    text.replace('\n## COMMENTARY\n\n', '\n## COMMENTARY\n\nAn added opening paragraph.\n\n'),
  );
  await expect(async () => {
    await page.goto(url);
    await expect(page.locator('#p8')).toContainText(seventh, { timeout: 2000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.locator('#p8-pin')).toContainText('(Chang, 2025/2026, para. 8)');
  await expect(page.locator('#p1')).toContainText('An added opening paragraph.');
});
