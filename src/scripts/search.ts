/**
 * Progressive enhancement of /zoeken: answers from the Pagefind index while typing, keeps the
 * query and filters in the URL. The server-rendered form keeps working without this script.
 */
interface PagefindResult {
  data(): Promise<{
    url: string;
    meta: { title?: string };
    excerpt: string;
    filters: Record<string, string[]>;
  }>;
}
interface Pagefind {
  search(
    q: string | null,
    options: { filters: Record<string, string> },
  ): Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>('#zoekformulier');
const list = document.querySelector<HTMLUListElement>('#resultaten-lijst');
const statusEl = document.querySelector<HTMLElement>('#resultaten-status');
let pagefind: Promise<Pagefind> | undefined;
let latest = 0;

// Filter values in the form are slugs; Pagefind filters carry the visible labels.
function label(select: HTMLSelectElement): string | undefined {
  return select.value ? select.selectedOptions[0]?.textContent?.trim() : undefined;
}

async function run(): Promise<void> {
  if (!form || !list || !statusEl) return;
  const id = ++latest;
  const data = new FormData(form);
  const q = String(data.get('q') ?? '').trim();
  const filters: Record<string, string> = {};
  const kind = label(form.elements.namedItem('soort') as HTMLSelectElement);
  const prov = label(form.elements.namedItem('provincie') as HTMLSelectElement);
  const theme = label(form.elements.namedItem('thema') as HTMLSelectElement);
  if (kind) filters.soort = kind;
  if (prov) filters.provincie = prov;
  if (theme) filters.thema = theme;
  const params = new URLSearchParams();
  for (const [k, v] of data) if (typeof v === 'string' && v !== '') params.set(k, v);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  if (!q && Object.keys(filters).length === 0) {
    list.replaceChildren();
    statusEl.textContent = '';
    return;
  }
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
  const search = await (await pagefind).search(q || null, { filters });
  const results = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
  if (id !== latest) return;
  list.replaceChildren(
    ...results.map((r) => {
      const li = document.createElement('li');
      li.className = 'card';
      const h = document.createElement('h3');
      const a = document.createElement('a');
      a.href = r.url.replace(/\.html$/, '').replace(/\/index$/, '');
      a.textContent = r.meta.title ?? r.url;
      h.append(a);
      const p = document.createElement('p');
      // Pagefind's excerpt is escaped page text with <mark> around hits.
      p.innerHTML = r.excerpt;
      li.append(h, p);
      return li;
    }),
  );
  // The texts come from the i18n strings the page rendered.
  const n = search.results.length;
  statusEl.textContent =
    n === 1 ? (statusEl.dataset.one ?? '1') : (statusEl.dataset.many ?? '').replace('999', String(n));
}

if (form) {
  let timer: number | undefined;
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run().catch(() => form.submit()), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run().catch(() => form.submit());
  });
}
