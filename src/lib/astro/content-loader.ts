/**
 * Astro content loaders that fill the collections from the content Glossa has already read and
 * validated (src/lib/content/load.ts), so the files are parsed by one reader. MDX entries are
 * stored with `deferredRender`, as Astro's own glob loader does, so `render()` compiles them.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { resolve, sep } from 'node:path';
import { sharedContent } from '../content/shared.ts';
import type { LoadedContent } from '../content/load.ts';
import type { LoadedFile } from '../content/read-entries.ts';

/** A collection of the content: which files of the shared content it holds. */
type Pick = (content: LoadedContent) => readonly LoadedFile<unknown>[];

function sync({ store, generateDigest }: LoaderContext, files: readonly LoadedFile<unknown>[]): void {
  store.clear();
  for (const f of files) {
    const data = f.data as Record<string, unknown>;
    store.set({
      id: f.id,
      data,
      digest: generateDigest(f.raw ?? JSON.stringify(data)),
      ...(f.body === undefined ? {} : { body: f.body, filePath: f.file, deferredRender: true }),
    });
  }
}

/** What to do when a file under a watched folder changes: by folder. */
export type ContentWatchers = Map<string, () => void>;

// Shared through globalThis: the loaders (loaded with the content config) register here, and the
// dev-server integration (loaded with astro.config.mjs) calls them from the current Vite watcher.
const watchersKey = Symbol.for('glossa.content-watchers');

/** The folders the loaders watch in `astro dev`, each with its refill. */
export function contentWatchers(): ContentWatchers {
  const holder = globalThis as { [watchersKey]?: ContentWatchers };
  return (holder[watchersKey] ??= new Map());
}

/**
 * A loader for the files `pick` selects. In `astro dev`, a change under `watchFolder` reads the
 * content again and refills the collection; the shared reload restarts the server instead when
 * the change reaches what the config took from the content (src/integrations/live-content.ts).
 * The change comes from src/integrations/live-content.ts, not from `context.watcher`: that is the
 * watcher of the first dev server, which a restart closes, and the refill must outlive a restart.
 */
export function glossaLoader(name: string, pick: Pick, watchFolder?: string): Loader {
  return {
    name: `glossa-${name}`,
    load: async (context) => {
      sync(context, pick(sharedContent().content));
      if (!watchFolder || !context.watcher) return;
      contentWatchers().set(resolve(context.config.root.pathname, watchFolder) + sep, () => {
        // The content shared by the config now running (a restart shares it afresh).
        const shared = sharedContent();
        try {
          shared.content = shared.reload();
          sync(context, pick(shared.content));
        } catch (error) {
          // The compile of the changed file reports the same problems in the overlay.
          context.logger.warn(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
