/**
 * A thread that formats citations (src/lib/citations/pool.ts starts it): each request is a
 * citation or a reference list to format with citeproc.ts, each reply its result or the error
 * that stopped it. The thread builds and warms its engines as it starts, while the build's main
 * thread is still bundling.
 */
import { formatBibliography, formatCitation, prepareEngines } from './citeproc.ts';
import type { CitationRequest } from './pool.ts';
import { serveRequests } from '../threads/worker-pool.ts';

const ready = prepareEngines();
serveRequests(async (request: CitationRequest) => {
  await ready;
  return request.op === 'citation'
    ? formatCitation(request.item, request.style, request.locator)
    : formatBibliography(request.items, request.style, request.options);
});
