/**
 * Content edits in `astro dev`. The collections are filled from the content astro.config.mjs read
 * (src/lib/astro/content-loader.ts); each entry folder's loader reads the content again when one
 * of its files changes, so a saved body, definition, relation or source shows on the next load
 * without a restart. Only what the config itself took from the content at start-up needs one:
 * the indexes the remark plugins resolve marks, draw cards and find mentions with (each entry's
 * id, name, aliases and short definition), the redirects of former ids, `site.yaml` and
 * `bibliography.yaml`. So this integration shares the content with the loaders and, when a reload
 * changes any of that (a new title or alias, an entry added, removed or renamed), restarts the dev
 * server, which reads the config and the content afresh: the marks are never stale.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { contentWatchers } from '../lib/astro/content-loader.ts';
import type { LoadedContent } from '../lib/content/load.ts';
import { shareContent } from '../lib/content/shared.ts';

/** What the config took from `content`, as one string: equal strings, same config. */
export function configInputs(content: Pick<LoadedContent, 'indexes' | 'redirects'>): string {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return JSON.stringify({
    indexes: content.indexes.map((index) => ({
      kind: index.kind,
      entries: [...index.byId.values()]
        .sort(byId)
        .map(({ id, title, aliases, short }) => [id, title, aliases, short]),
    })),
    redirects: Object.entries(content.redirects).sort(([a], [b]) => (a < b ? -1 : 1)),
  });
}

/** Options of `liveContent`. */
export interface LiveContentOptions {
  /** The content folder (`content/`, or `GLOSSA_CONTENT`). */
  contentDir: string;
  /** The content as the config read it. */
  content: LoadedContent;
  /** Reads the content again (throws ContentError on problems). */
  load: () => LoadedContent;
}

/** The Astro integration; shares `content` with the loaders (call it before Astro loads the collections). */
export function liveContent({ contentDir, content, load }: LiveContentOptions): AstroIntegration {
  const atStart = configInputs(content);
  let restart: ((why: string) => void) | undefined;
  shareContent({
    content,
    reload: () => {
      const next = load();
      if (restart && configInputs(next) !== atStart)
        restart('An entry\u2019s id, title, aliases, short definition or former ids changed.');
      return next;
    },
  });
  return {
    name: 'glossa-live-content',
    hooks: {
      'astro:config:setup': ({ command, addWatchFile }) => {
        if (command !== 'dev') return;
        // Read by the config (the site's address, the shelf the content is checked against):
        // a change restarts the server. The content folder itself is the restart signal below.
        addWatchFile(join(contentDir, 'site.yaml'));
        addWatchFile(join(contentDir, 'bibliography.yaml'));
        addWatchFile(contentDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Called again with the new server after each restart: the loaders' refills follow the
        // watcher of the server now running (a content folder outside the project is added).
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, path) => {
          for (const [folder, refill] of contentWatchers()) if (path.startsWith(folder)) refill();
        });
        restart = (why) => {
          logger.info(`${why} Restarting so that every mark uses it.`);
          // Astro restarts the dev server (config, content, plugins) on a change to a watched
          // file; the folder never changes as a file does, so only this signal restarts through it.
          server.watcher.emit('change', contentDir);
        };
      },
    },
  };
}
