/** Social cards through the build cache: a card is drawn again only when its text or the drawing code changes. */
import { bytesCodec, diskCache } from '../cache/disk-cache.ts';
import type { CardText } from './og-image.ts';

// The fonts are read by path, not imported: their package's version is part of the code version.
const cards = diskCache('social-cards', 'src/lib/images/og-image.ts', bytesCodec, [
  '@fontsource/source-serif-4',
]);

/**
 * A queue that runs at most `limit` pieces of work at once, starting them in the order given;
 * a failure does not stop the next.
 */
export function atMostAtOnce(limit: number): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (running >= limit) await new Promise<void>((start) => waiting.push(start));
    else running++;
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, so a later caller cannot overtake it.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

// Two cards are drawn at a time: satori lays out one on the main thread while resvg rasterises
// the other on Node's thread pool, so both cores work. The cards' routes come in one block of the
// render phase, and one at a time left a core idle through most of it; four at a time made peak
// memory high and erratic (bench/README.md, "Cold build: what changed in this round").
const drawing = atMostAtOnce(2);

/** The PNG of a card (see `renderCard`), reused from the cache when the same card was drawn before. */
export function cachedCard(label: string, text: CardText): Promise<Buffer> {
  // satori and its layout engine are loaded on the first miss only (~35 MiB and ~0.3 s to load).
  return cards.getAsync(label, text, () =>
    drawing(async () => (await import('./og-image.ts')).renderCard(text)),
  );
}
