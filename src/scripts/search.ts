/**
 * The search page: runs the query from the form or the URL through Pagefind (as the reader
 * types, after a pause, and at once on Enter), and lists the results with entries first when
 * their title matches the query. Every result Pagefind counts can be reached: the first
 * PAGE_SIZE are listed and "Show more" adds the next. The paper's result lists each paragraph,
 * note or section that matches, linked to it (#pN), with the sentence that matches. Results are
 * built as DOM nodes from the indexed text (src/scripts/search-excerpt.ts), never as HTML.
 */
import { excerptRuns, placesOf, wordsOf, type Anchor, type Place, type Run } from './search-excerpt.ts';

interface PagefindResult {
  url: string;
  content: string;
  meta: Record<string, string>;
  locations: number[];
  anchors: Anchor[];
}
interface Pagefind {
  options: (options: { ranking: Record<string, number> }) => Promise<void>;
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('form.g-search');
const input = document.querySelector<HTMLInputElement>('#search-query');
const status = document.querySelector<HTMLElement>('.g-search__status');
const list = document.querySelector<HTMLOListElement>('.g-search__results');
const more = document.querySelector<HTMLButtonElement>('.g-search__more');
let engine: Promise<Pagefind> | undefined;
const kinds: Record<string, string> = { concept: 'Glossary', entity: 'Who’s who', paper: 'Paper' };

const TYPING_PAUSE = 300;
/** Results listed at a time. */
const PAGE_SIZE = 20;
/** Places listed under one page before "Show all". */
const PLACES_SHOWN = 6;
/*
 * Pagefind's default length penalty (0.75) ranks a long page below short ones that mention a word
 * once, so the paper came 19th for "NATO"; a light penalty ranks it by how much it uses the word.
 */
const RANKING = { pageLength: 0.25 };

/** Runs as nodes: text, and <mark> for the query's words. */
function runNodes(runs: readonly Run[]): Node[] {
  return runs.map((r) => {
    if (!r.mark) return document.createTextNode(r.text);
    const mark = document.createElement('mark');
    mark.textContent = r.text;
    return mark;
  });
}

/** How a place is named in the list: "¶ 7", "Editor’s note", or its heading. */
function labelOf(place: Place): string {
  const n = /^p(\d+)$/.exec(place.anchor?.id ?? '')?.[1];
  if (n) return `¶ ${n}`;
  if (place.anchor?.element === 'div') return 'Editor’s note';
  return place.anchor?.text.trim() ?? '';
}

/**
 * Entries whose title contains every word of the query come first, then the papers (the primary
 * texts, listed by paragraph), then the rest in Pagefind's order.
 */
function rank(results: PagefindResult[], query: string): PagefindResult[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const named = (r: PagefindResult) =>
    r.meta['type'] !== 'paper' && words.every((w) => (r.meta['title'] ?? '').toLowerCase().includes(w));
  const paper = (r: PagefindResult) => r.meta['type'] === 'paper';
  return [
    ...results.filter(named),
    ...results.filter(paper),
    ...results.filter((r) => !named(r) && !paper(r)),
  ];
}

/** One result: its title (linked to its first place), kind, and the matching sentence(s). */
function resultItem(result: PagefindResult): HTMLLIElement {
  const item = document.createElement('li');
  const words = wordsOf(result.content);
  const places = placesOf(result.anchors, result.locations, words);
  const paper = result.meta['type'] === 'paper';
  const link = document.createElement('a');
  const firstPlace = places[0];
  link.href = paper && firstPlace?.anchor ? `${result.url}#${firstPlace.anchor.id}` : result.url;
  link.textContent = result.meta['title'] ?? result.url;
  const kind = document.createElement('span');
  kind.className = 'g-search__kind';
  kind.textContent = ` · ${kinds[result.meta['type'] ?? ''] ?? 'Paper'}`;
  item.append(link, kind);
  if (!paper || places.length === 0) {
    // An entry opens with its title and other names: show a match in its sections if there is one.
    const inSection = places.find((p) => p.anchor);
    const excerpt = document.createElement('p');
    excerpt.append(
      ...runNodes(
        inSection
          ? excerptRuns(words, inSection.locations, inSection.from, inSection.to)
          : excerptRuns(words, result.locations),
      ),
    );
    item.append(excerpt);
    return item;
  }
  // The paper: every paragraph, note or section that matches, each linked to its place.
  const sub = document.createElement('ul');
  sub.className = 'g-search__places';
  places.forEach((place, i) => {
    const li = document.createElement('li');
    li.hidden = i >= PLACES_SHOWN;
    const to = document.createElement('a');
    to.href = place.anchor ? `${result.url}#${place.anchor.id}` : result.url;
    to.textContent = labelOf(place) || 'Top of the paper';
    const runs = excerptRuns(words, place.locations, place.from, place.to);
    // A match in a section's heading alone: the link already says it.
    const same =
      runs
        .map((r) => r.text)
        .join('')
        .replace(/[.…\s]/g, '') === to.textContent.replace(/\s/g, '');
    li.append(to, ...(same ? [] : [' ', ...runNodes(runs)]));
    sub.append(li);
  });
  item.append(sub);
  if (places.length > PLACES_SHOWN) {
    const all = document.createElement('button');
    all.type = 'button';
    all.className = 'g-search__all';
    all.textContent = `Show all ${String(places.length)} places in the paper`;
    all.addEventListener('click', () => {
      const hidden = [...sub.children].filter(
        (c): c is HTMLElement => c instanceof HTMLElement && c.hidden === true,
      );
      for (const li of hidden) li.hidden = false;
      hidden[0]?.querySelector('a')?.focus();
      all.remove();
    });
    item.append(all);
  }
  return item;
}

let latest = '';
/** The ranked results of the current query not yet listed. */
let pending: { data: () => Promise<PagefindResult> }[] = [];
let rankedFirst: PagefindResult[] = [];

/** Lists the next PAGE_SIZE results; returns the first item added. */
async function showMore(query: string): Promise<HTMLLIElement | undefined> {
  if (!list || !more) return undefined;
  // The first page was read and ranked by run(); later pages are read here, in Pagefind's order.
  const data = rankedFirst.length
    ? rankedFirst.splice(0)
    : await Promise.all(pending.splice(0, PAGE_SIZE).map((r) => r.data()));
  if (query !== latest) return undefined;
  const items = data.map(resultItem);
  list.append(...items);
  more.hidden = pending.length === 0;
  const shown = list.children.length;
  more.textContent = `Show more results (${String(shown)} of ${String(shown + pending.length)} listed)`;
  return items[0];
}

async function run(query: string): Promise<void> {
  if (!status || !list || !form || !more) return;
  latest = query;
  list.replaceChildren();
  more.hidden = true;
  if (!query.trim()) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  let results: Awaited<ReturnType<Pagefind['search']>>['results'];
  try {
    engine ??= (import(/* @vite-ignore */ form.dataset['pagefind'] ?? '') as Promise<Pagefind>).then(
      async (pagefind) => {
        await pagefind.options({ ranking: RANKING });
        return pagefind;
      },
    );
    ({ results } = await (await engine).search(query));
  } catch {
    engine = undefined; // try loading again next time
    status.textContent =
      'Search is unavailable right now (its index did not load). Browse the glossary A–Z instead.';
    return;
  }
  // Entries named by the query are lifted to the top of the first page.
  const all = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
  if (query !== latest) return; // a newer query has started: its results will show
  rankedFirst = rank(all, query);
  pending = results.slice(PAGE_SIZE);
  await showMore(query);
  status.textContent =
    results.length === 0
      ? `No results for “${query}”.`
      : `${String(results.length)} result${results.length === 1 ? '' : 's'} for “${query}”.`;
}

more?.addEventListener('click', () => {
  void showMore(latest).then((first) => first?.querySelector('a')?.focus());
});

if (form && input) {
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  if (initial) void run(initial);
  let timer = 0;
  const search = () => {
    clearTimeout(timer);
    if (input.value === latest) return;
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    latest = '';
    search();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(search, TYPING_PAUSE);
  });
}
