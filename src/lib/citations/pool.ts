/**
 * Citations formatted off the build's main thread: a worker thread (citation-worker.ts), with its
 * own citeproc-js engines, takes the citations a build has not cached yet, so that they are
 * formatted on the second core while the main thread builds the other parts of the pages. Started
 * early (`startCitationThreads`, while Vite bundles) or on the first citation sent; the thread
 * ends once it has been idle a while, giving its memory back (src/lib/threads/worker-pool.ts).
 */
import type { CitationStyle, CslStyleId, Formatted, FormattedCitation, Locator } from './citeproc.ts';
import type { CslItem } from './types.ts';
import { workerPool } from '../threads/worker-pool.ts';

/** What a thread is asked to format. */
export type CitationRequest =
  | { op: 'citation'; item: CslItem; style: CslStyleId; locator: Locator | undefined }
  | { op: 'bibliography'; items: readonly CslItem[]; style: CitationStyle; options: { links?: boolean } };

/**
 * One thread: on the two cores this was measured on, the main thread and the card thread keep the
 * other core busy, and a second citation thread (its own engines and their warm-up, ~40 MiB) made
 * fresh builds no faster (7.2–7.6 s with one, 7.7–7.8 s with two) and peaked as high
 * (bench/README.md). It waits a second for more citations before it ends.
 */
const pool = workerPool<CitationRequest, FormattedCitation | (Formatted & { id: string })[]>(
  'src/lib/citations/citation-worker.ts',
  { size: 1, idleMs: 1_000 },
);

/**
 * Every page record is built (src/lib/pages/all.ts): the threads end as soon as they are idle,
 * giving their memory back for the rest of the build. A later citation starts one again.
 */
export const endCitationThreadsWhenIdle = (): void => pool.endWhenIdle();

/** Starts the threads now, so that their engines are built and warm by the first citation. */
export const startCitationThreads = (): void => pool.start();

/**
 * Whether this process started a citation thread (so citeproc-js ran, though not on this thread),
 * and so whether citations are to be made on the threads: only once `startCitationThreads` was
 * called (a build with no cached citation). A build that makes a few (after an edit) makes them
 * on its main thread: starting a thread and warming all its engines costs more than the few
 * citations (one concept edited: 4.1–4.2 s with the thread, 3.7–4.1 s without, bench/README.md).
 */
export const citationThreadsUsed = (): boolean => pool.used();

/** Formats on the least busy thread (one is started if none runs). */
export const formatOnThread = (request: CitationRequest): Promise<unknown> => pool.run(request);
