/** Social cards through the build cache: a card is drawn again only when its text or the drawing code changes. */
import { bytesCodec, diskCache } from '../cache/disk-cache.ts';
import type { CardText } from './og-image.ts';

// The fonts are read by path, not imported: their package's version is part of the code version.
const cards = diskCache('social-cards', 'src/lib/images/og-image.ts', bytesCodec, [
  '@fontsource/source-serif-4',
]);

/** A queue that runs the work given to it one at a time, in order; a failure does not stop the next. */
export function oneAtATime(): <T>(work: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (work) => {
    const next = last.then(work);
    last = next.catch(() => undefined);
    return next;
  };
}

// One card is drawn at a time. Astro renders four pages at once (astro.config.mjs), and four
// drawings side by side (satori, then resvg on Node's thread pool) made a cold build's peak memory
// high and erratic: 984 and 1254 MiB at 250 concepts, against 749 and 737 MiB one at a time, for
// 10–25 % more wall time in a cold build only (bench/README.md §4). Warm builds draw nothing.
const drawing = oneAtATime();

/** The PNG of a card (see `renderCard`), reused from the cache when the same card was drawn before. */
export function cachedCard(label: string, text: CardText): Promise<Buffer> {
  // satori and its layout engine are loaded on the first miss only (~35 MiB and ~0.3 s to load).
  return cards.getAsync(label, text, () =>
    drawing(async () => (await import('./og-image.ts')).renderCard(text)),
  );
}
