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

/**
 * A loader for the files `pick` selects. In `astro dev`, a change under `watchFolder` reads the
 * content again and refills the collection; the shared reload restarts the server instead when
 * the change reaches what the config took from the content (src/integrations/live-content.ts).
 */
export function glossaLoader(name: string, pick: Pick, watchFolder?: string): Loader {
  return {
    name: `glossa-${name}`,
    load: async (context) => {
      const shared = sharedContent();
      sync(context, pick(shared.content));
      if (!watchFolder || !context.watcher) return;
      const folder = resolve(context.config.root.pathname, watchFolder);
      // Vite watches the project; a content folder elsewhere (GLOSSA_CONTENT) is added here.
      context.watcher.add(folder);
      context.watcher.on('all', (_event, path) => {
        if (!path.startsWith(folder + sep)) return;
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
