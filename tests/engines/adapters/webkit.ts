/**
 * WebKit: WebKitGTK's MiniBrowser in automation mode, driven by WebKitWebDriver (Debian's
 * webkit2gtk-driver) over W3C WebDriver classic with webdriverio, in an Xvfb display of its own.
 * The driver is started here on a free loopback port and webdriverio is given that host and port,
 * so it never looks for (or downloads) a driver. This WebKitWebDriver has no WebDriver BiDi (it
 * refuses a `webSocketUrl` capability), so console errors come from the in-page recorder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Key as Keys, remote } from 'webdriverio';
import { RECORDER_GLOBAL } from '../console-recorder.ts';
import { freePort } from '../server.ts';
import { DEFAULT_VIEWPORT } from './puppeteer.ts';
import {
  findExecutable,
  withTimeout,
  type Engine,
  type EngineFactory,
  type Key,
  type PageFunction,
} from './types.ts';

/** MiniBrowser is not on PATH: it lives in the libwebkit2gtk package's private directory. */
function miniBrowser(): string | null {
  const fromEnv = process.env['MINIBROWSER_PATH'];
  if (fromEnv) return findExecutable(fromEnv);
  const candidates: string[] = [];
  for (const lib of ['/usr/lib', '/usr/libexec', '/usr/local/lib']) {
    let entries: string[] = [];
    try {
      entries = readdirSync(lib);
    } catch {
      continue;
    }
    for (const dir of ['', ...entries.map((entry) => `${entry}/`)]) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        candidates.push(join(lib, dir, api, 'MiniBrowser'));
      }
    }
  }
  return findExecutable(...candidates);
}
const driverBinary = () => findExecutable(process.env['WEBKIT_WEBDRIVER_PATH'], 'WebKitWebDriver');
const xvfbBinary = () => findExecutable('Xvfb');

/**
 * MiniBrowser's toolbar cannot be narrower than about 450 px, which would keep the viewport from
 * a phone's width. GTK styles only the browser's own controls (never the web page), so a style
 * sheet in a private XDG_CONFIG_HOME shrinks them.
 */
const GTK_CSS = `headerbar *, toolbar *, box *, entry, button, label {
  min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px;
}
`;

/**
 * Xvfb's screen. It runs no window manager, so X gives the keyboard focus to the window under the
 * X pointer, which stays at the screen's centre: every window is placed over the centre, or its
 * document would not have focus (document.hasFocus() false, and focus() would not scroll).
 */
const SCREEN = { width: 1920, height: 1200 };

function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

/** Starts Xvfb on a free display number (it tells which on fd 3). */
async function startXvfb(binary: string): Promise<{ display: string; process: ChildProcess }> {
  const screen = `${SCREEN.width}x${SCREEN.height}x24`;
  const child = spawn(binary, ['-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const fd = child.stdio[3];
  if (!fd) throw new Error('Xvfb: no display pipe');
  const display = await withTimeout(
    new Promise<string>((done, fail) => {
      let text = '';
      fd.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('\n')) done(`:${text.trim()}`);
      });
      child.once('exit', (code) => fail(new Error(`Xvfb exited (${code ?? 'signal'}) before it was ready`)));
    }),
    10_000,
    'Xvfb',
  ).catch(async (error: unknown) => {
    await stop(child);
    throw error;
  });
  return { display, process: child };
}

async function waitForDriver(port: number, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('WebKitWebDriver did not answer on its port within 10 s');
}

type Capabilities = Parameters<typeof remote>[0]['capabilities'];

const KEYS: Record<Key, string> = { Tab: Keys.Tab, Escape: Keys.Escape, Enter: Keys.Enter };

export const webkit: EngineFactory = {
  name: 'webkit',
  packages: ['webkit2gtk-driver', 'xvfb'],
  needsConsoleRecorder: true,
  missing() {
    const missing: string[] = [];
    if (!driverBinary()) missing.push('WebKitWebDriver (apt-get install webkit2gtk-driver)');
    if (!miniBrowser())
      missing.push('MiniBrowser (apt-get install webkit2gtk-driver, or set MINIBROWSER_PATH)');
    if (!xvfbBinary() && !process.env['DISPLAY']) missing.push('Xvfb or a DISPLAY (apt-get install xvfb)');
    return missing.length ? `no ${missing.join(', no ')}` : null;
  },
  async launch() {
    const driverPath = driverBinary();
    const browserPath = miniBrowser();
    if (!driverPath || !browserPath) throw new Error(this.missing() ?? 'WebKit is missing');
    const home = mkdtempSync(join(tmpdir(), 'glossa-webkit-'));
    mkdirSync(join(home, 'config', 'gtk-3.0'), { recursive: true });
    writeFileSync(join(home, 'config', 'gtk-3.0', 'gtk.css'), GTK_CSS);
    let xvfb: ChildProcess | undefined;
    let driver: ChildProcess | undefined;
    const cleanUp = async () => {
      await stop(driver);
      await stop(xvfb);
      rmSync(home, { recursive: true, force: true });
    };
    try {
      const xvfbPath = xvfbBinary();
      let display = process.env['DISPLAY'] ?? '';
      const ownDisplay = Boolean(xvfbPath);
      if (xvfbPath) {
        const started = await startXvfb(xvfbPath);
        xvfb = started.process;
        display = started.display;
      }
      const port = await freePort();
      driver = spawn(driverPath, [`--port=${port}`, '--host=local'], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: {
          ...process.env,
          DISPLAY: display,
          XDG_CONFIG_HOME: join(home, 'config'),
          XDG_CACHE_HOME: join(home, 'cache'),
          XDG_DATA_HOME: join(home, 'data'),
          // No accessibility bus, no GPU: quieter and faster under Xvfb.
          NO_AT_BRIDGE: '1',
          WEBKIT_DISABLE_COMPOSITING_MODE: '1',
          LIBGL_ALWAYS_SOFTWARE: '1',
        },
      });
      let driverLog = '';
      driver.stderr?.on('data', (chunk: Buffer) => {
        driverLog = (driverLog + chunk.toString()).slice(-4_000);
      });
      await waitForDriver(port, driver);
      const browser = await withTimeout(
        remote({
          hostname: '127.0.0.1',
          port,
          logLevel: 'silent',
          connectionRetryCount: 0,
          // webdriverio's types do not know WebKitGTK's vendor capability.
          capabilities: {
            browserName: 'MiniBrowser',
            // No BiDi here (see above): plain W3C WebDriver.
            'wdio:enforceWebDriverClassic': true,
            'webkitgtk:browserOptions': { binary: browserPath, args: ['--automation'] },
          } as Capabilities,
        }),
        30_000,
        'WebKitWebDriver new session',
      ).catch((error: unknown) => {
        throw new Error(`${String(error)}\n${driverLog}`);
      });
      const caps = browser.capabilities as { browserVersion?: string };
      const version = `WebKitGTK ${caps.browserVersion ?? '?'} (MiniBrowser)`;

      const execute = <A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> =>
        browser.execute(fn as (arg: unknown) => R, arg as unknown) as Promise<R>;
      /** One mouse, kept between calls (perform(true) skips the release that would reset it). */
      const mouse = () => browser.action('pointer', { id: 'mouse', parameters: { pointerType: 'mouse' } });

      const engine: Engine = {
        name: 'webkit',
        version,
        async goto(url) {
          await browser.url(url);
          await browser.waitUntil(() => execute(() => document.readyState === 'complete', null), {
            timeout: 30_000,
            interval: 50,
          });
        },
        async setViewport(width, height) {
          // WebDriver sizes the window; MiniBrowser's controls take some of it: adjust until the
          // page's viewport has the size asked for.
          let size = { width, height };
          for (let attempt = 0; attempt < 4; attempt++) {
            const x = ownDisplay ? Math.max(0, Math.round((SCREEN.width - size.width) / 2)) : null;
            const y = ownDisplay ? Math.max(0, Math.round((SCREEN.height - size.height) / 2)) : null;
            await browser.setWindowRect(x, y, size.width, size.height);
            // The page learns its new size a moment after the window changes (later on a busy machine).
            let inner = await execute(() => ({ width: innerWidth, height: innerHeight }), null);
            for (let wait = 0; wait < 10 && (inner.width !== width || inner.height !== height); wait++) {
              await new Promise((resolve) => setTimeout(resolve, 100));
              inner = await execute(() => ({ width: innerWidth, height: innerHeight }), null);
            }
            if (inner.width === width && inner.height === height) return;
            size = { width: size.width + width - inner.width, height: size.height + height - inner.height };
          }
          const inner = await execute(() => [innerWidth, innerHeight], null);
          throw new Error(`cannot size the viewport to ${width}×${height}: it is ${inner.join('×')}`);
        },
        async hover(selector) {
          const point = await execute((sel) => {
            const element = document.querySelector(sel);
            if (!element) return null;
            const rect = () => element.getClientRects()[0] ?? element.getBoundingClientRect();
            const r = rect();
            if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) {
              element.scrollIntoView({ block: 'center', inline: 'nearest' });
            }
            const box = rect();
            return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
          }, selector);
          if (!point) throw new Error(`no element matches ${selector}`);
          await mouse().move({ x: point.x, y: point.y, origin: 'viewport', duration: 0 }).perform(true);
        },
        async movePointer(x, y, steps = 1) {
          await mouse()
            .move({
              x: Math.round(x),
              y: Math.round(y),
              origin: 'viewport',
              duration: steps > 1 ? steps * 16 : 0,
            })
            .perform(true);
        },
        async focus(selector) {
          const found = await execute((sel) => {
            const element = document.querySelector<HTMLElement>(sel);
            element?.focus();
            return Boolean(element);
          }, selector);
          if (!found) throw new Error(`no element matches ${selector}`);
        },
        async press(key) {
          await browser.keys([KEYS[key]]);
        },
        evaluate: execute,
        async consoleErrors() {
          const errors = await execute((name) => {
            const recorded = (window as unknown as Record<string, string[] | undefined>)[name];
            return recorded ? [...recorded] : null;
          }, RECORDER_GLOBAL);
          if (!errors) throw new Error('the console recorder is not in this page (was it served by run.ts?)');
          return errors;
        },
        async close() {
          try {
            await withTimeout(browser.deleteSession(), 10_000, 'WebKitWebDriver delete session');
          } finally {
            await cleanUp();
          }
        },
      };
      await engine.setViewport(DEFAULT_VIEWPORT.width, DEFAULT_VIEWPORT.height);
      return engine;
    } catch (error) {
      await cleanUp();
      throw error;
    }
  },
};
