/**
 * The Engine interface over puppeteer-core, shared by Chromium (Chrome DevTools Protocol) and
 * Firefox (WebDriver BiDi). Console errors come from the engine's own console protocol.
 */
import puppeteer, { type Browser, type LaunchOptions, type Page } from 'puppeteer-core';
import type { Engine, Key, PageFunction } from './types.ts';

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

export async function launchPuppeteer(
  name: string,
  label: (browser: Browser) => Promise<string>,
  options: LaunchOptions,
): Promise<Engine> {
  const browser = await puppeteer.launch({
    headless: true,
    defaultViewport: DEFAULT_VIEWPORT,
    protocolTimeout: 60_000,
    ...options,
  });
  try {
    const version = await label(browser);
    // A new tab: in headless Firefox the tab it starts with never has focus (document.hasFocus()
    // is false and element.focus() fires no focus events), unlike one opened over BiDi.
    const page: Page = await browser.newPage();
    // Headless Chromium's page is not the focused window either: emulate focus, as Playwright does.
    if (name === 'chromium') await page.emulateFocusedPage(true);
    let errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location().url;
      errors.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
    });
    page.on('pageerror', (error) => {
      errors.push(`uncaught ${error instanceof Error ? error.message : String(error)}`);
    });
    // Chromium logs a failed load as a console error; Firefox's console (over BiDi) does not.
    if (name === 'firefox') {
      page.on('response', (response) => {
        if (response.status() >= 400)
          errors.push(`failed to load ${response.url()}: HTTP ${response.status()}`);
      });
      page.on('requestfailed', (request) => {
        errors.push(`failed to load ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
      });
    }
    return {
      name,
      version,
      async goto(url) {
        errors = [];
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      },
      async setViewport(width, height) {
        try {
          await page.setViewport({ width, height });
        } catch (error) {
          // puppeteer-core sends emulation.setScreenOrientationOverride beside the resize, and
          // Debian's firefox-esr 140.12 does not know it; the resize itself is a separate command
          // that still applies. Only that error is let through: the checks measure the viewport
          // they get (placement() asserts its width), so a resize that failed would still fail.
          const unknown = /unknown command emulation\.setScreenOrientationOverride/;
          if (!(name === 'firefox' && error instanceof Error && unknown.test(error.message))) throw error;
        }
      },
      async hover(selector) {
        const element = await page.waitForSelector(selector, { timeout: 5_000 });
        if (!element) throw new Error(`no element matches ${selector}`);
        await element.hover();
        await element.dispose();
      },
      async movePointer(x, y, steps = 1) {
        await page.mouse.move(x, y, { steps });
      },
      async focus(selector) {
        await page.focus(selector);
      },
      async press(key: Key) {
        await page.keyboard.press(key);
      },
      async evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
        // The page sees only JSON-able values: no element handles cross this interface.
        return (await page.evaluate(fn as (arg: unknown) => R, arg as unknown)) as R;
      },
      async consoleErrors() {
        return [...errors];
      },
      async close() {
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
