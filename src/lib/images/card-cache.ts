/** Social cards through the build cache: a card is drawn again only when its text or the drawing code changes. */
import { bytesCodec, diskCache } from '../cache/disk-cache.ts';
import type { CardText } from './og-image.ts';

// The fonts are read by path, not imported: their package's version is part of the code version.
const cards = diskCache('social-cards', 'src/lib/images/og-image.ts', bytesCodec, [
  '@fontsource/source-serif-4',
]);

/** The PNG of a card (see `renderCard`), reused from the cache when the same card was drawn before. */
export function cachedCard(label: string, text: CardText): Promise<Buffer> {
  // Loaded on the first miss only: satori and its layout engine cost ~35 MiB and ~0.3 s to load.
  return cards.getAsync(label, text, async () => (await import('./og-image.ts')).renderCard(text));
}
