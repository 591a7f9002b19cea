/**
 * The search page: runs the query from the form or the URL through Pagefind (as the reader
 * types, after a pause, and at once on Enter), and lists the results with concept entries first
 * when their title matches the query. Each result links to the paragraph (#pN) or section where
 * its first match is. Results are built as DOM nodes (Pagefind's excerpts are parsed, and only
 * their text and <mark> kept).
 */
export {};

interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  locations: number[];
  anchors: PagefindAnchor[];
}
interface Pagefind {
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('form.g-search');
const input = document.querySelector<HTMLInputElement>('#search-query');
const status = document.querySelector<HTMLElement>('.g-search__status');
const list = document.querySelector<HTMLOListElement>('.g-search__results');
let engine: Promise<Pagefind> | undefined;
const kinds: Record<string, string> = { concept: 'Glossary', entity: 'Who’s who', paper: 'Paper' };

/** Text and <mark> of an excerpt, as nodes. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body;
  return [...parsed.querySelectorAll('p')].flatMap((p) =>
    [...p.childNodes].map((node) => {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        return mark;
      }
      return document.createTextNode(node.textContent ?? '');
    }),
  );
}

const TYPING_PAUSE = 300;

/** The paragraph, note or section holding the first match: the last anchor before it. */
function placeOf(result: PagefindResult): { url: string; label: string } {
  const first = result.locations[0] ?? 0;
  const anchor = result.anchors
    .filter((a) => a.location <= first && /^(p|h2|h3|div)$/.test(a.element))
    .at(-1);
  if (!anchor) return { url: result.url, label: '' };
  const n = /^p(\d+)$/.exec(anchor.id)?.[1];
  const label = n ? `¶ ${n}` : anchor.element === 'div' ? 'Editor’s note' : anchor.text;
  return { url: `${result.url}#${anchor.id}`, label };
}

/** Concept entries whose title contains every word of the query come first; order is kept otherwise. */
function rank(results: PagefindResult[], query: string): PagefindResult[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const first = (r: PagefindResult) =>
    r.meta['type'] === 'concept' && words.every((w) => (r.meta['title'] ?? '').toLowerCase().includes(w));
  return [...results.filter(first), ...results.filter((r) => !first(r))];
}

let latest = '';

async function run(query: string): Promise<void> {
  if (!status || !list || !form) return;
  latest = query;
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  let results: Awaited<ReturnType<Pagefind['search']>>['results'];
  try {
    engine ??= import(/* @vite-ignore */ form.dataset['pagefind'] ?? '') as Promise<Pagefind>;
    ({ results } = await (await engine).search(query));
  } catch {
    engine = undefined; // try loading again next time
    status.textContent =
      'Search is unavailable right now (its index did not load). Browse the glossary A–Z instead.';
    return;
  }
  const data = rank(await Promise.all(results.slice(0, 25).map((r) => r.data())), query);
  if (query !== latest) return; // a newer query has started: its results will show
  list.replaceChildren();
  for (const result of data) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    const place = placeOf(result);
    link.href = place.url;
    link.textContent = result.meta['title'] ?? result.url;
    const kind = document.createElement('span');
    kind.className = 'g-search__kind';
    kind.textContent = ` · ${kinds[result.meta['type'] ?? ''] ?? 'Paper'}${place.label ? ` · ${place.label}` : ''}`;
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(link, kind, excerpt);
    list.append(item);
  }
  status.textContent =
    data.length === 0
      ? `No results for “${query}”.`
      : `${String(data.length)} result${data.length === 1 ? '' : 's'} for “${query}”.`;
}

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
