import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/**
 * Whether this run shows a browser window (the headless shell has none). The flags are on the
 * command line of Playwright's main process only; its workers load this file again, with the
 * main process's environment, so the answer is passed on there.
 */
const headed =
  process.env['GLOSSA_PLAYWRIGHT_HEADED'] === '1' ||
  Boolean(process.env['PWDEBUG']) ||
  process.argv.some((a) => ['--headed', '--debug', '--ui'].includes(a));
if (headed) process.env['GLOSSA_PLAYWRIGHT_HEADED'] = '1';

/** The first of these commands that is installed, as a path (one shell, in every worker). */
function installed(...commands: string[]): string | undefined {
  try {
    const path = execSync(commands.map((c) => `command -v ${c}`).join(' || '), { shell: '/bin/sh' })
      .toString()
      .trim();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Debian's Chromium when it is installed (browsers cannot be downloaded here), else Playwright's
 * own. Headless runs prefer Debian's headless shell (`chromium-headless-shell`), the same build
 * Playwright itself runs headless: a new page opens in ~0.2 s there against ~0.6 s in the full
 * browser's headless mode, which roughly halves the suite.
 */
function systemChromium(): string | undefined {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  return headed
    ? installed('chromium', 'chromium-browser')
    : installed('chromium-headless-shell', 'chromium', 'chromium-browser');
}

const executablePath = systemChromium();
// GLOSSA_E2E_PORT lets two checkouts run their suites side by side: with the default port a
// second run would reuse the first one's preview server (reuseExistingServer) and test its dist/.
const port = Number(process.env['GLOSSA_E2E_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
      testIgnore: [/\.touch\.spec\.ts$/, /\.nojs\.spec\.ts$/, /\/dev-[\w-]+\.spec\.ts$/],
    },
    {
      // The live-preview specs each start `astro dev` in this project, and every dev server of a
      // project shares its .astro/ content store: one at a time, in one worker.
      name: 'dev',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
      testMatch: /\/dev-[\w-]+\.spec\.ts$/,
      fullyParallel: false,
      workers: 1,
    },
    {
      // A phone: coarse pointer, touch events, 390×844.
      name: 'touch',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
        deviceScaleFactor: 3,
      },
      testMatch: /\.touch\.spec\.ts$/,
    },
    {
      name: 'nojs',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 900 },
        javaScriptEnabled: false,
        reducedMotion: 'reduce',
      },
      testMatch: /\.nojs\.spec\.ts$/,
    },
  ],
  webServer: {
    // Serves the built dist/ (run `npm run build` first; `npm test` does).
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
