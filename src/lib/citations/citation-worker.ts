/**
 * A thread that formats citations (src/lib/citations/pool.ts starts them): each message is a
 * citation or a reference list to format with citeproc.ts, each reply its result or the error
 * that stopped it. The thread builds and warms its engines as it starts, while the build's main
 * thread is still bundling.
 */
import { parentPort } from 'node:worker_threads';
import { formatBibliography, formatCitation, prepareEngines } from './citeproc.ts';
import type { CitationRequest, CitationReply } from './pool.ts';

const port = parentPort;
if (!port) throw new Error('citation-worker.ts runs as a worker thread (see pool.ts).');

const ready = prepareEngines();
port.on('message', (request: CitationRequest) => {
  void ready.then(() => {
    let reply: CitationReply;
    try {
      const result =
        request.op === 'citation'
          ? formatCitation(request.item, request.style, request.locator)
          : formatBibliography(request.items, request.style, request.options);
      reply = { id: request.id, result };
    } catch (error) {
      reply = {
        id: request.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
    }
    port.postMessage(reply);
  });
});
