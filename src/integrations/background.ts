/**
 * Work an integration starts in `astro:build:done` without waiting for it, so that the next hook
 * runs alongside (the search index, in Pagefind's own process, while the font is cut on this
 * thread); the build cache's hook, last, waits for all of it, and a failure fails the build there.
 */
const running = new Set<Promise<unknown>>();

/** Starts `work` now; `backgroundDone` waits for it. */
export function inBackground(work: Promise<unknown>): void {
  running.add(work);
  // Reported by `backgroundDone`, not as an unhandled rejection in between.
  work.catch(() => undefined);
}

/** Waits for everything `inBackground` started; throws the first failure. */
export async function backgroundDone(): Promise<void> {
  const all = [...running];
  running.clear();
  await Promise.all(all);
}
