/**
 * The search page: runs the query from the form or the URL through Pagefind, and lists the
 * results with concept entries first when their title matches the query. Results are built as
 * DOM nodes (Pagefind's excerpts are parsed, and only their text and <mark> kept).
 */
export {};

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('form.g-search');
const input = document.querySelector<HTMLInputElement>('#search-query');
const status = document.querySelector<HTMLElement>('.g-search__status');
const list = document.querySelector<HTMLOListElement>('.g-search__results');
let engine: Promise<Pagefind> | undefined;
const kinds: Record<string, string> = { concept: 'Glossary', entity: "Who's who", paper: 'Paper' };

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

/** Concept entries whose title contains every word of the query come first; order is kept otherwise. */
function rank(results: PagefindResult[], query: string): PagefindResult[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const first = (r: PagefindResult) =>
    r.meta['type'] === 'concept' && words.every((w) => (r.meta['title'] ?? '').toLowerCase().includes(w));
  return [...results.filter(first), ...results.filter((r) => !first(r))];
}

async function run(query: string): Promise<void> {
  if (!status || !list || !form) return;
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
  for (const result of data) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta['title'] ?? result.url;
    const kind = document.createElement('span');
    kind.className = 'g-search__kind';
    kind.textContent = ` · ${kinds[result.meta['type'] ?? ''] ?? 'Paper'}`;
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
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
}
