/**
 * Social cards through the build cache: a card is drawn again only when its text or the drawing
 * code changes. Cards are drawn on a worker thread (card-worker.ts), so that satori's layout and
 * the PNG encoding run on the second core while the main thread renders pages; `prepareCards`
 * queues every card of the site as soon as their texts are known, and each card's route then
 * waits for its own.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bytesCodec, diskCache } from '../cache/disk-cache.ts';
import type { CardReply, CardRequest } from './card-worker.ts';
import type { CardText } from './og-image.ts';

// The fonts are read by path, not imported: their package's version is part of the code version.
// The worker is the entry: its imports (og-image.ts, queue.ts) are part of the code version too.
const cards = diskCache('social-cards', 'src/lib/images/card-worker.ts', bytesCodec, [
  '@fontsource/source-serif-4',
]);

// Next to this module in the sources; the build bundles this code elsewhere, so the file is found
// by walking up to the project (or from the working directory, where builds run).
function findWorker(start: string): string {
  const inProject = (dir: string) => join(dir, 'src', 'lib', 'images', 'card-worker.ts');
  if (existsSync(join(start, 'card-worker.ts'))) return join(start, 'card-worker.ts');
  for (let dir = start; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(inProject(dir))) return inProject(dir);
  }
  return inProject(process.cwd());
}

/** The drawing thread: started on the first card to draw, ended once it has been idle a while. */
interface Drawer {
  worker: Worker;
  waiting: Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>;
  idle?: ReturnType<typeof setTimeout>;
}

// How long the thread waits for more cards before it ends and gives its memory back (satori, its
// fonts and resvg's buffers, ~50–180 MiB); `astro dev` draws one card per request.
const IDLE_MS = 1_000;
let drawer: Drawer | undefined;
let nextId = 0;
// Set once every card is queued: the thread then ends as soon as it has drawn the last.
let ending = false;

function startDrawer(): Drawer {
  const worker = new Worker(findWorker(dirname(fileURLToPath(import.meta.url))));
  // The build's end does not wait for an idle thread.
  worker.unref();
  const started: Drawer = { worker, waiting: new Map() };
  const failAll = (error: Error) => {
    for (const { reject } of started.waiting.values()) reject(error);
    started.waiting.clear();
    if (drawer === started) drawer = undefined;
  };
  worker.on('message', (reply: CardReply) => {
    const waiter = started.waiting.get(reply.id);
    if (!waiter) return;
    started.waiting.delete(reply.id);
    if ('error' in reply) waiter.reject(new Error(`A social card could not be drawn: ${reply.error}`));
    else waiter.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    if (started.waiting.size === 0) endWhenIdle(started);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => {
    if (started.waiting.size > 0)
      failAll(new Error(`The social-card thread stopped (exit code ${String(code)}).`));
    if (drawer === started) drawer = undefined;
  });
  return started;
}

function endWhenIdle(started: Drawer): void {
  if (started.idle) clearTimeout(started.idle);
  started.idle = setTimeout(
    () => {
      if (started.waiting.size > 0) return;
      if (drawer === started) drawer = undefined;
      void started.worker.terminate();
    },
    ending ? 0 : IDLE_MS,
  );
  started.idle.unref();
}

/** Every card of the site is queued: the thread ends once it has drawn them (a later card starts it again). */
export function endCardThreadWhenIdle(): void {
  ending = true;
  if (drawer && drawer.waiting.size === 0) endWhenIdle(drawer);
}

/** Draws one card on the drawing thread. */
function draw(text: CardText): Promise<Buffer> {
  drawer ??= startDrawer();
  const current = drawer;
  if (current.idle) clearTimeout(current.idle);
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    current.waiting.set(id, { resolve, reject });
    const request: CardRequest = { id, text };
    current.worker.postMessage(request);
  });
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
  for (const { label, text } of list) {
    const key = preparedKey(label, text);
    if (prepared.has(key)) continue;
    const card = cardOf(label, text);
    // A failure is reported where the card's route waits for it.
    card.catch(() => undefined);
    prepared.set(key, card);
  }
}
