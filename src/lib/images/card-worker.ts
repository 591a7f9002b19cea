/**
 * The thread that draws social cards (src/lib/images/card-cache.ts starts it): each message is a
 * card's text, each reply its PNG from `renderCard` (og-image.ts), or the error that stopped it.
 * Off the build's main thread, satori's layout and resvg's PNG encoding run while the main thread
 * renders pages; two cards are in hand at a time, so that satori lays out one while resvg
 * rasterises the other on Node's thread pool.
 */
import { parentPort } from 'node:worker_threads';
import { renderCard, type CardText } from './og-image.ts';
import { atMostAtOnce } from './queue.ts';

/** A card to draw, numbered by the caller. */
export interface CardRequest {
  id: number;
  text: CardText;
}

/** A drawn card, or why it could not be drawn. */
export type CardReply = { id: number; png: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('card-worker.ts runs as a worker thread (see card-cache.ts).');

const drawing = atMostAtOnce(2);
port.on('message', ({ id, text }: CardRequest) => {
  void drawing(() => renderCard(text)).then(
    (png) => {
      // Copied into its own buffer, which is then handed over rather than copied again.
      const bytes = new Uint8Array(new ArrayBuffer(png.length));
      bytes.set(png);
      const reply: CardReply = { id, png: bytes };
      port.postMessage(reply, [bytes.buffer]);
    },
    (error: unknown) => {
      const reply: CardReply = {
        id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
      port.postMessage(reply);
    },
  );
});
