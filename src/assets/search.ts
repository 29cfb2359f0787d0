import { excerpt, paragraphHits, queryTerms, type PageData, type ParagraphHit } from "../search/match.ts";

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PageData> }[] } | null>;
}

const app = document.getElementById("search-app") as HTMLElement;
const strings = JSON.parse(app.dataset.strings ?? "{}") as Record<string, string>;
const bundle = app.dataset.bundle ?? "/pagefind/";
const status = document.getElementById("search-status") as HTMLElement;
const list = document.getElementById("search-results") as HTMLOListElement;
const form = document.querySelector<HTMLFormElement>(".search .search-form")!;
const input = form.querySelector<HTMLInputElement>("input[name=q]")!;

const MAX_PAGES = 30;
const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));

let pagefind: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  // The bundle path comes from the page, so the site works under a path prefix.
  pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: bundle.replace(/pagefind\/$/, "") });
    return pf;
  });
  return pagefind;
}

function hitLink(hit: ParagraphHit, terms: string[]): string {
  const url = new URL(hit.pageUrl, location.href);
  for (const t of terms) url.searchParams.append("pagefind-highlight", t);
  url.hash = hit.id;
  return url.pathname + url.search + url.hash;
}

function renderHit(hit: ParagraphHit, terms: string[]): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "search-hit";
  const a = document.createElement("a");
  a.href = hitLink(hit, terms);
  const title = document.createElement("span");
  title.className = "search-hit__title";
  title.textContent = hit.pageTitle;
  const where = document.createElement("span");
  where.className = "search-hit__where";
  const para = /^p(\d+)$/.exec(hit.id);
  where.textContent = [hit.section, para ? `¶${para[1]}` : strings.abstract].filter(Boolean).join(" · ");
  a.append(title, where);
  const p = document.createElement("p");
  p.className = "search-hit__excerpt";
  for (const part of excerpt(hit.text, terms)) {
    p.append(part.mark ? Object.assign(document.createElement("mark"), { textContent: part.text }) : document.createTextNode(part.text));
  }
  li.append(a, p);
  return li;
}

let generation = 0;
async function run(query: string): Promise<void> {
  const mine = ++generation;
  const terms = queryTerms(query);
  list.replaceChildren();
  if (!terms.length) {
    status.textContent = "";
    return;
  }
  status.textContent = strings.searchLoading;
  let hits: ParagraphHit[];
  try {
    const pf = await loadPagefind();
    const found = await pf.search(query);
    const pages = await Promise.all((found?.results ?? []).slice(0, MAX_PAGES).map((r) => r.data()));
    hits = pages.flatMap((page) => paragraphHits(page, terms));
  } catch (e) {
    if (mine === generation) status.textContent = strings.searchError;
    console.error(e);
    return;
  }
  if (mine !== generation) return; // a newer query has started
  if (!hits.length) {
    status.textContent = `${fill(strings.searchEmpty, { q: query.trim() })}${strings.searchSuggest}`;
    return;
  }
  status.textContent = fill(strings.searchCount, { n: hits.length });
  list.replaceChildren(...hits.map((h) => renderHit(h, terms)));
}

function syncUrl(query: string): void {
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set("q", query.trim());
  else url.searchParams.delete("q");
  history.replaceState(null, "", url);
}

let timer: number | undefined;
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = window.setTimeout(() => {
    syncUrl(input.value);
    void run(input.value);
  }, 250);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  syncUrl(input.value);
  void run(input.value);
});

// Arrow keys move between the box and the results; Tab works as usual.
document.addEventListener("keydown", (event) => {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>(".search-hit > a")];
  if (!links.length) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement === input && event.key === "ArrowDown") links[0].focus();
  else if (at === -1) return;
  else if (event.key === "ArrowDown") links[Math.min(at + 1, links.length - 1)].focus();
  else if (at === 0) input.focus();
  else links[at - 1].focus();
  event.preventDefault();
});

const initial = new URLSearchParams(location.search).get("q") ?? "";
if (initial) {
  input.value = initial;
  void run(initial);
}
