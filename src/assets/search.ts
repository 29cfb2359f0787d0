import { excerpt, formsInText, looserTerms, queryTerms, rankHits, suggestionTerms, type Hit } from "../search/match.ts";
import { hitsFor, openIndex, searchBoth, type Pagefind, type PagefindResult, type SearchIndex } from "../search/run.ts";
import { traditionalTest } from "./traditional.ts";

/** Set by the bundler (bundle.ts): the characters only traditional script writes. */
declare const TRADITIONAL_CHARS: string;
const inTraditional = traditionalTest(TRADITIONAL_CHARS);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const app = $("search-app");
const strings = JSON.parse(app.dataset.strings ?? "{}") as Record<string, string>;
const bundle = app.dataset.bundle ?? "/pagefind/";
const status = $("search-status");
const list = $<HTMLOListElement>("search-results");
const more = $<HTMLButtonElement>("search-more");
const suggest = $("search-suggest");
const filters = $("search-filters");
const typeBox = $("search-types");
const yearSelect = $<HTMLSelectElement>("search-year");
const form = document.querySelector<HTMLFormElement>(".search .search-form")!;
const input = form.querySelector<HTMLInputElement>("input[name=q]")!;

/** Pages whose data is fetched per batch: each costs a fragment download. */
const BATCH = 20;
/** Batches loaded in a row, without a click, while none of the pages holds the query. */
const SILENT_BATCHES = 5;
const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));
/** A query echoed in a message: a pasted paragraph is not repeated whole. */
const clip = (q: string) => (q.length > 40 ? `${q.slice(0, 40)}…` : q);
/** Words as the reader typed them (RCEP, not rcep), at most eight named. */
const wordList = (ws: string[]) => (ws.length > 8 ? `${ws.slice(0, 8).join("、")}${fill(strings.searchMoreWords, { n: ws.length - 8 })}` : ws.join("、"));

let searchIndex: Promise<SearchIndex> | null = null;
function loadIndex(): Promise<SearchIndex> {
  // The bundle path comes from the page, so the site works under a path prefix.
  searchIndex ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then((pf: Pagefind) =>
    openIndex(pf, bundle, bundle.replace(/pagefind\/$/, ""), (url) => fetch(url).then((r) => r.json())),
  );
  return searchIndex;
}

function hitLink(hit: Hit, terms: string[]): string {
  const url = new URL(hit.pageUrl, location.href);
  for (const t of formsInText(hit.text, terms)) url.searchParams.append("pagefind-highlight", t);
  if (hit.id) url.hash = hit.id;
  return url.pathname + url.search + url.hash;
}

const typeLabel = (h: Hit) => (h.kind === "paragraph" ? strings.typeParagraph : h.type);

function renderHit(hit: Hit, terms: string[]): HTMLLIElement {
  const li = document.createElement("li");
  li.className = `search-hit search-hit--${hit.kind}`;
  const a = document.createElement("a");
  a.href = hitLink(hit, terms);
  const title = Object.assign(document.createElement("span"), { className: "search-hit__title", textContent: hit.pageTitle });
  const para = hit.id ? /^p(\d+)$/.exec(hit.id) : null;
  const where = hit.kind === "paragraph" ? [hit.section, para ? `¶${para[1]}` : strings.abstract] : [typeLabel(hit), hit.year];
  a.append(title, Object.assign(document.createElement("span"), { className: "search-hit__where", textContent: where.filter(Boolean).join(" · ") }));
  const p = Object.assign(document.createElement("p"), { className: "search-hit__excerpt" });
  for (const part of excerpt(hit.text, terms)) {
    p.append(part.mark ? Object.assign(document.createElement("mark"), { textContent: part.text }) : document.createTextNode(part.text));
  }
  li.append(a, p);
  return li;
}

const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>(".search-hit > a")];

interface State {
  /** What the reader typed, and what was searched: the same, or its simplified form. */
  typed: string;
  query: string;
  terms: string[];
  results: PagefindResult[];
  loaded: number;
  hits: Hit[];
  /** Set when no page holds the query and the hits hold its words instead. */
  loosened: boolean;
}
let state: State | null = null;
let generation = 0;

function chosenType(): string {
  return typeBox.querySelector<HTMLInputElement>("input:checked")?.value ?? "";
}

/** Filters offered are those the current hits have, with counts. */
function renderFilters(hits: Hit[]): void {
  const types = new Map<string, number>();
  for (const h of hits) types.set(typeLabel(h), (types.get(typeLabel(h)) ?? 0) + 1);
  const current = chosenType();
  typeBox.replaceChildren();
  for (const [value, n] of [["", hits.length] as const, ...types]) {
    const id = `type-${value || "all"}`;
    const radio = Object.assign(document.createElement("input"), { type: "radio", name: "type", id, value, checked: value === current });
    const label = Object.assign(document.createElement("label"), { htmlFor: id, textContent: `${value || strings.filterAll}（${n}）` });
    radio.addEventListener("change", () => {
      renderYears(hits);
      render();
    });
    typeBox.append(radio, label);
  }
  if (!typeBox.querySelector("input:checked")) (typeBox.querySelector("input") as HTMLInputElement).checked = true;
  const anyYear = renderYears(hits);
  filters.hidden = types.size < 2 && !anyYear;
}

/**
 * The years the hits of the chosen type have, with counts, so no pair of filters a reader can
 * choose shows nothing; a year the new type lacks falls back to every year. Returns whether any
 * hit has a year.
 */
function renderYears(hits: Hit[]): boolean {
  const type = chosenType();
  const counts = new Map<string, number>();
  for (const h of hits) if (h.year && (!type || typeLabel(h) === type)) counts.set(h.year, (counts.get(h.year) ?? 0) + 1);
  const years = [...counts.keys()].sort().reverse();
  const year = counts.has(yearSelect.value) ? yearSelect.value : "";
  yearSelect.replaceChildren(new Option(strings.yearAll, ""), ...years.map((y) => new Option(`${y}（${counts.get(y)}）`, y, false, y === year)));
  yearSelect.disabled = !years.length;
  return hits.some((h) => h.year);
}

function render(): void {
  if (!state) return;
  const type = chosenType();
  const year = yearSelect.value;
  const shown = state.hits.filter((h) => (!type || typeLabel(h) === type) && (!year || h.year === year));
  list.replaceChildren(...shown.map((h) => renderHit(h, state!.terms)));
  const complete = state.loaded >= state.results.length;
  // Until every matching page is loaded, a count of hits is only a count of the pages loaded so far: say so.
  const count = complete
    ? fill(strings.searchCount, { n: state.hits.length })
    : fill(strings.searchCountPartial, { n: state.hits.length, loaded: state.loaded, pages: state.results.length });
  const filtered = shown.length === state.hits.length ? count : `${fill(strings.searchCountFiltered, { shown: shown.length })}${count}`;
  const simplified = state.query.trim() !== state.typed ? fill(strings.searchSimplified, { q: clip(state.query.trim()) }) : "";
  const loosened = state.loosened ? fill(strings.searchLoosened, { q: clip(state.query.trim()), words: wordList(formsInText(state.query, state.terms)) }) : "";
  status.textContent = `${simplified}${loosened}${filtered}`;
  more.hidden = complete;
}

/** For a query with no hits, each of its words that does find something, as a link. */
async function suggestWords(index: SearchIndex, query: string, mine: number): Promise<void> {
  const found: string[] = [];
  // suggestionTerms: no single character (比 of 比特币, the 1 of alert(1)); a pasted paragraph offers its first few words.
  for (const t of suggestionTerms(query)) {
    const hits = await hitsFor(await searchBoth(index, t), 0, BATCH, [t]);
    if (hits.length) found.push(t);
  }
  if (mine !== generation || !found.length) return;
  suggest.replaceChildren(document.createTextNode(strings.searchTryEach));
  formsInText(query, found).forEach((t, i) => {
    if (i) suggest.append("、");
    suggest.append(Object.assign(document.createElement("a"), { href: `?q=${encodeURIComponent(t)}`, textContent: t }));
  });
  suggest.hidden = false;
}

/**
 * The next batch of results from `from` on, and the ones after while none of them holds the query
 * (Pagefind matches single characters and prefixes, so "30 pages" may hold nothing): a reader is
 * not shown "0 results" and a button, nor a click that adds nothing. After SILENT_BATCHES the
 * button takes over.
 */
async function nextHits(results: PagefindResult[], terms: string[], from = 0): Promise<{ hits: Hit[]; loaded: number }> {
  let loaded = from;
  let hits: Hit[] = [];
  for (let batch = 0; batch < SILENT_BATCHES && !hits.length && loaded < results.length; batch++) {
    hits = await hitsFor(results, loaded, BATCH, terms);
    loaded = Math.min(loaded + BATCH, results.length);
  }
  return { hits, loaded };
}

interface Found {
  query: string;
  terms: string[];
  results: PagefindResult[];
  hits: Hit[];
  loaded: number;
  loosened: boolean;
}

/** The query as typed; where no page holds it, its looser readings (韩剑2020 → 韩剑 2020; 地方政府作用 → 地方 政府 作用). */
async function find(index: SearchIndex, query: string): Promise<Found> {
  const terms = queryTerms(query);
  const results = await searchBoth(index, query);
  let found = await nextHits(results, terms);
  let shownTerms = terms;
  for (const looser of found.hits.length || found.loaded < results.length ? [] : looserTerms(query)) {
    found = await nextHits(results, looser);
    shownTerms = looser;
    if (found.hits.length) break;
  }
  return { query, terms: shownTerms, results, ...found, loosened: shownTerms !== terms };
}

let simplifier: Promise<(text: string) => string> | null = null;
function loadSimplifier(): Promise<(text: string) => string> {
  simplifier ??= import(/* @vite-ignore */ new URL("./simplify.js", import.meta.url).href).then((m: typeof import("./simplify.ts")) => m.simplify);
  return simplifier;
}

/**
 * The papers are in simplified characters. A query in traditional script (山東, 貿易) is asked in
 * simplified ones first, even where it finds something as typed (a stray 山東 in a quoted title);
 * any other Chinese query is converted only when it finds nothing (a Taiwanese phrase). The query
 * as typed stands when the converted one finds nothing, or finds only its words apart while the
 * typed one is found whole (山東網, quoted in a source's name, against 山东 + 网).
 */
async function findInEitherScript(index: SearchIndex, query: string): Promise<Found> {
  const whole = (f: Found | null) => !!f?.hits.length && !f.loosened;
  const typed = inTraditional(query) ? null : await find(index, query);
  if (typed && (typed.hits.length || !/\p{Script=Han}/u.test(query))) return typed;
  const simplified = (await loadSimplifier())(query);
  const again = simplified === query ? null : await find(index, simplified);
  if (again && whole(again)) return again;
  const asTyped = typed ?? (await find(index, query));
  return whole(asTyped) || !again?.hits.length ? asTyped : again;
}

async function run(query: string): Promise<void> {
  const mine = ++generation;
  const terms = queryTerms(query);
  list.replaceChildren();
  suggest.replaceChildren();
  suggest.hidden = true;
  more.hidden = true;
  filters.hidden = true;
  state = null;
  if (!terms.length) {
    // Nothing but spaces or punctuation: say what is wanted rather than nothing.
    status.textContent = query.trim() ? strings.searchNoWords : "";
    return;
  }
  status.textContent = strings.searchLoading;
  try {
    const index = await loadIndex();
    const found = await findInEitherScript(index, query);
    if (mine !== generation) return; // a newer query has started
    if (!found.hits.length && found.loaded >= found.results.length) {
      status.textContent = `${fill(strings.searchEmpty, { q: clip(query.trim()) })}${strings.searchSuggest}`;
      // Each word that finds something on its own, from the spaces the reader typed or else the query's own words.
      void suggestWords(index, query, mine);
      return;
    }
    state = { ...found, hits: rankHits(found.hits), typed: query.trim() };
    renderFilters(state.hits);
    render();
  } catch (e) {
    if (mine === generation) status.textContent = strings.searchError;
    console.error(e);
  }
}

let loadingMore = false;

/**
 * The next batch, appended in its own order: results the reader has already read stay where they
 * were. Batches that hold nothing are passed over, as for the first (nextHits).
 */
async function loadMore(): Promise<boolean> {
  if (!state || loadingMore || state.loaded >= state.results.length) return false;
  const mine = generation;
  loadingMore = true;
  more.disabled = true;
  try {
    const next = await nextHits(state.results, state.terms, state.loaded);
    if (mine !== generation) return false;
    state.loaded = next.loaded;
    state.hits = [...state.hits, ...rankHits(next.hits)];
    return true;
  } finally {
    loadingMore = false;
    more.disabled = false;
  }
}

/** How far the reader got (batches loaded, scroll), kept in history so Back returns to it. */
function remember(): void {
  if (state) history.replaceState({ loaded: state.loaded, scroll: scrollY }, "", location.href);
}

more.addEventListener("click", async () => {
  const before = new Set(resultLinks().map((a) => a.href));
  if (!(await loadMore())) return;
  renderFilters(state!.hits);
  render();
  remember();
  // The button may now be gone: a keyboard user goes on from the first result the click added.
  const added = resultLinks().find((a) => !before.has(a.href));
  if (added) added.focus();
  // The list ended with nothing more: stay at its end, where the reader was (the status says how many).
  else if (more.hidden) (resultLinks().at(-1) ?? input).focus();
});
list.addEventListener("click", (event) => {
  if ((event.target as Element).closest(".search-hit > a")) remember();
});
yearSelect.addEventListener("change", render);

function syncUrl(query: string): void {
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set("q", query.trim());
  else url.searchParams.delete("q");
  history.replaceState(null, "", url);
}

let timer: number | undefined;
function searchSoon(): void {
  clearTimeout(timer);
  timer = window.setTimeout(() => {
    syncUrl(input.value);
    void run(input.value);
  }, 250);
}
// While an input method is composing (mao → 贸), the box holds pinyin, not the query.
input.addEventListener("input", (event) => {
  if (!(event as InputEvent).isComposing) searchSoon();
});
input.addEventListener("compositionend", searchSoon);
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  syncUrl(input.value);
  void run(input.value);
});

// Arrow keys move between the box and the results; Tab works as usual.
document.addEventListener("keydown", (event) => {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const links = resultLinks();
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
  // Back from a result: the batches the reader had loaded, and where they were on the page.
  const saved = history.state as { loaded?: number; scroll?: number } | null;
  if (saved) history.scrollRestoration = "manual";
  void run(initial).then(async () => {
    if (!saved || !state) return;
    while (state.loaded < (saved.loaded ?? 0) && (await loadMore()));
    renderFilters(state.hits);
    render();
    scrollTo(0, saved.scroll ?? 0);
  });
}
