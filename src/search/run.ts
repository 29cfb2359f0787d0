import { INFIX_DIR, INFIX_SEARCHES, infixFileOf, infixQueries, type InfixFile } from "./infixes.ts";
import { charSplitQuery, pageHits, queryTerms, type Hit, type PageData } from "./match.ts";

export interface PagefindResult {
  id: string;
  data(): Promise<PageData>;
}

export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

/** Pagefind, and the words within words the build listed beside it (infixes.ts). */
export interface SearchIndex {
  pf: Pagefind;
  /** Other ways to ask for a term that does not start an indexed word (infixes.ts); none if nothing is listed. */
  infixQueries(term: string): Promise<string[]>;
}

/**
 * Sets Pagefind up for this site: the base URL for result links, and every
 * shard of a large site's index merged in (pagefind/shards.json, see src/search/index.ts).
 */
export async function openIndex(pf: Pagefind, bundle: string, baseUrl: string, fetchJson: (url: string) => Promise<unknown>): Promise<SearchIndex> {
  await pf.options({ baseUrl });
  const shards = ((await fetchJson(`${bundle}shards.json`).catch(() => [])) as string[]) ?? [];
  // At once: each shard fetches its own entry and metadata. Pagefind lists the shards in the order
  // they are asked for, before any of them has loaded, so results keep one order however they arrive.
  await Promise.all(shards.map((shard) => pf.mergeIndex(`${bundle}${shard}`, { baseUrl })));
  const files = new Map<number, Promise<InfixFile | null>>();
  const fileFor = (term: string) => {
    const n = infixFileOf(term);
    if (!files.has(n)) files.set(n, (fetchJson(`${bundle}${INFIX_DIR}/${n}.json`) as Promise<InfixFile>).catch(() => null));
    return files.get(n)!;
  };
  return { pf, infixQueries: async (term) => (/^\p{Script=Han}/u.test(term) ? infixQueries(term, await fileFor(term)) : []) };
}

/** The filter value the paper pages carry (src/templates/layouts/paper.njk). */
export const PAPER_FILTER = { 类型: "论文" };

/** How many of the first batch's pages are the best papers, how many Pagefind's best pages of any kind. */
const PAPERS_FIRST = 5;

/**
 * Pagefind's results for the query, then for its character-split form (see
 * charSplitQuery), then with each Chinese term asked as the words it stands
 * inside (税 → 关税, 由贸 → 自由 贸), each page once, in that order; but the first
 * pages alternate between the papers that hold the query (asked for apart) and
 * Pagefind's best of any kind. Pagefind ranks a long paper below short record
 * pages for a common word (协定), so the paragraphs a reader is after would wait
 * behind twenty agreement pages; and on a site of many papers, papers alone would
 * push out the page whose name the query is (威海 → the city's page).
 */
export async function searchBoth({ pf, infixQueries }: SearchIndex, raw: string): Promise<PagefindResult[]> {
  // The index holds half-width Latin and digits as the pages have them: ＲＣＥＰ must ask for RCEP.
  const query = raw.normalize("NFKC");
  const split = charSplitQuery(query);
  const terms = queryTerms(query).filter((t) => query.includes(t));
  const within = (await Promise.all(terms.map(async (t) => (await infixQueries(t)).map((w) => query.replace(t, w))))).flat().slice(0, INFIX_SEARCHES);
  const [papers, ...found] = await Promise.all([pf.search(query, { filters: PAPER_FILTER }), ...[query, split, ...within].map((q) => (q ? pf.search(q) : null))]);
  const any = found.flatMap((f) => f?.results ?? []);
  const best = (papers?.results ?? []).slice(0, PAPERS_FIRST).flatMap((paper, i) => [paper, ...any.slice(i, i + 1)]);
  const seen = new Set<string>();
  return [...best, ...any.slice(0, PAPERS_FIRST), ...any].filter((r) => !seen.has(r.id) && !!seen.add(r.id));
}

/** Loads one batch of result pages (each a fragment download) and turns them into checked hits. */
export async function hitsFor(results: PagefindResult[], from: number, count: number, terms: string[]): Promise<Hit[]> {
  const pages = await Promise.all(results.slice(from, from + count).map((r) => r.data()));
  return pages.flatMap((page, i) => pageHits(page, terms, from + i));
}
