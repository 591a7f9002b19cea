/**
 * Social cards through the build cache: a card is drawn again only when its text or the drawing
 * code changes. Cards are drawn on a worker thread (card-worker.ts), so that satori's layout and
 * the PNG encoding run on the second core while the main thread renders pages; `prepareCards`
 * queues every card of the site as soon as their texts are known, and each card's route then
 * waits for its own.
 */
import { bytesCodec, diskCache } from '../cache/disk-cache.ts';
import { workerPool } from '../threads/worker-pool.ts';
import type { CardText } from './og-image.ts';

// The fonts are read by path, not imported: their package's version is part of the code version.
// The worker is the entry: its imports (og-image.ts, queue.ts) are part of the code version too.
const cards = diskCache('social-cards', 'src/lib/images/card-worker.ts', bytesCodec, [
  '@fontsource/source-serif-4',
]);

// One thread; it waits a second for more cards before it ends and gives its memory back (satori,
// its fonts and resvg's buffers, ~50–180 MiB); `astro dev` draws one card per request.
const drawer = workerPool<CardText, Uint8Array>('src/lib/images/card-worker.ts', {
  size: 1,
  idleMs: 1_000,
});

/** Every card of the site is queued: the thread ends once it has drawn them (a later card starts it again). */
export const endCardThreadWhenIdle = (): void => drawer.endWhenIdle();

/** Draws one card on the drawing thread. */
async function draw(text: CardText): Promise<Buffer> {
  try {
    const png = await drawer.run(text);
    return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  } catch (error) {
    throw new Error(
      `A social card could not be drawn: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

// Cards queued by `prepareCards`, by label and text, until their route takes them: the route
// waits for that drawing (or takes the finished PNG) instead of starting another.
const prepared = new Map<string, Promise<Buffer>>();
const preparedKey = (label: string, text: CardText) => `${label}\n${JSON.stringify(text)}`;

// satori and its layout engine are loaded on the first miss only, in the drawing thread.
const cardOf = (label: string, text: CardText): Promise<Buffer> =>
  cards.getAsync(label, text, () => draw(text));

/** The PNG of a card (see `renderCard`), reused from the cache when the same card was drawn before. */
export function cachedCard(label: string, text: CardText): Promise<Buffer> {
  const key = preparedKey(label, text);
  const queued = prepared.get(key);
  if (!queued) return cardOf(label, text);
  prepared.delete(key);
  return queued;
}

/**
 * Starts drawing, in the order given, every card that is not in the cache yet, without waiting for
 * them: the site's cards are known once the page records are, well before their routes render.
 */
export function prepareCards(list: readonly { label: string; text: CardText }[]): void {
  // More cards follow with the next kind of page (`endCardThreadWhenIdle` says when none will):
  // the thread waits for them rather than ending in a gap and loading satori again.
  drawer.hold();
  for (const { label, text } of list) {
    const key = preparedKey(label, text);
    if (prepared.has(key)) continue;
    const card = cardOf(label, text);
    // A failure is reported where the card's route waits for it.
    card.catch(() => undefined);
    prepared.set(key, card);
  }
}
