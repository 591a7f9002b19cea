/** Chromium (Debian's chromium) driven by puppeteer-core over the Chrome DevTools Protocol. */
import { launchPuppeteer } from './puppeteer.ts';
import { findExecutable, type EngineFactory } from './types.ts';

const binary = () =>
  findExecutable(process.env['CHROMIUM_PATH'], '/usr/bin/chromium', 'chromium', 'chromium-browser');

export const chromium: EngineFactory = {
  name: 'chromium',
  packages: ['chromium'],
  needsConsoleRecorder: false,
  missing: () => (binary() ? null : 'no chromium binary (apt-get install chromium, or set CHROMIUM_PATH)'),
  launch: () =>
    launchPuppeteer('chromium', async (browser) => (await browser.version()).replace(/^\w+\//, 'Chromium '), {
      browser: 'chrome',
      executablePath: binary() ?? '',
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Chromium refuses to start its sandbox as root (CI runs as root); Playwright does the same.
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    }),
};
