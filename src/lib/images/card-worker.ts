/**
 * The thread that draws social cards (src/lib/images/card-cache.ts starts it): each request is a
 * card's text, each reply its PNG from `renderCard` (og-image.ts), or the error that stopped it.
 * Off the build's main thread, satori's layout and resvg's PNG encoding run while the main thread
 * renders pages; two cards are in hand at a time, so that satori lays out one while resvg
 * rasterises the other on Node's thread pool.
 */
import { renderCard, type CardText } from './og-image.ts';
import { atMostAtOnce } from './queue.ts';
import { serveRequests } from '../threads/worker-pool.ts';

const drawing = atMostAtOnce(2);
serveRequests(
  (text: CardText) =>
    drawing(async () => {
      const png = await renderCard(text);
      // Copied into its own buffer, which is then handed over rather than copied again.
      const bytes = new Uint8Array(new ArrayBuffer(png.length));
      bytes.set(png);
      return bytes;
    }),
  (bytes) => [bytes.buffer],
);
