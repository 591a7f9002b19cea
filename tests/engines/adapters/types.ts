/**
 * The one minimal interface every engine adapter implements, so the checks in ../checks.ts are
 * written once and run unchanged in Chromium, Firefox and WebKit.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export type Key = 'Tab' | 'Escape' | 'Enter';

/** A function run in the page. It is sent as source text: it must not use anything from outside. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface Engine {
  /** chromium, firefox or webkit */
  readonly name: string;
  /** What was tested, e.g. "Chromium 156.0.8078.108". */
  readonly version: string;
  /** Loads a URL and waits for its load event; console errors are counted afresh from here. */
  goto(url: string): Promise<void>;
  /** The layout viewport in CSS pixels (document.documentElement.clientWidth before scrollbars). */
  setViewport(width: number, height: number): Promise<void>;
  /** Scrolls the element into view if needed and rests the mouse pointer on it (its first box). */
  hover(selector: string): Promise<void>;
  /** Moves the mouse pointer to a point of the viewport, in `steps` moves from where it is. */
  movePointer(x: number, y: number, steps?: number): Promise<void>;
  /** Focuses an element from script (a starting point for sequential, Tab, navigation). */
  focus(selector: string): Promise<void>;
  /** Presses and releases a key, as the keyboard would. */
  press(key: Key): Promise<void>;
  /** Runs a function in the page (it may return a promise) and returns its JSON-able result. */
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Console errors and uncaught exceptions in the page since the last goto(). */
  consoleErrors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface EngineOptions {
  /** The origin the site is served from. */
  origin: string;
}

export interface EngineFactory {
  readonly name: string;
  /** The apt packages that bring this engine to a Debian machine. */
  readonly packages: readonly string[];
  /** Why this engine cannot run on this machine (a binary is missing), or null when it can. */
  missing(): string | null;
  /** True when the pages should load the console recorder (see ../console-recorder.ts). */
  readonly needsConsoleRecorder: boolean;
  launch(options: EngineOptions): Promise<Engine>;
}

/** The first of `candidates` that is an executable: an absolute path, or a name found on PATH. */
export function findExecutable(...candidates: (string | undefined)[]): string | null {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const paths = candidate.includes('/')
      ? [candidate]
      : (process.env['PATH'] ?? '').split(delimiter).map((dir) => join(dir, candidate));
    for (const path of paths) {
      try {
        accessSync(path, constants.X_OK);
        return path;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** Rejects when `promise` takes longer than `ms`, naming what it was waiting for. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
