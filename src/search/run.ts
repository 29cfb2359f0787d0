import { charSplitQuery, pageHits, type Hit, type PageData } from "./match.ts";

export interface PagefindResult {
  id: string;
  data(): Promise<PageData>;
}

export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

/**
 * Sets Pagefind up for this site: the base URL for result links, and every
 * shard of a large site's index merged in (pagefind/shards.json, see src/search/index.ts).
 */
export async function openIndex(pf: Pagefind, bundle: string, baseUrl: string, fetchJson: (url: string) => Promise<unknown>): Promise<Pagefind> {
  await pf.options({ baseUrl });
  const shards = ((await fetchJson(`${bundle}shards.json`).catch(() => [])) as string[]) ?? [];
  // At once: each shard fetches its own entry and metadata. Pagefind lists the shards in the order
  // they are asked for, before any of them has loaded, so results keep one order however they arrive.
  await Promise.all(shards.map((shard) => pf.mergeIndex(`${bundle}${shard}`, { baseUrl })));
  return pf;
}

/**
 * Pagefind's results for the query, then for its character-split form (see
 * charSplitQuery), each page once, in that order.
 */
export async function searchBoth(pf: Pagefind, raw: string): Promise<PagefindResult[]> {
  // The index holds half-width Latin and digits as the pages have them: ＲＣＥＰ must ask for RCEP.
  const query = raw.normalize("NFKC");
  const split = charSplitQuery(query);
  const [direct, wide] = await Promise.all([pf.search(query), split ? pf.search(split) : null]);
  const seen = new Set<string>();
  return [...(direct?.results ?? []), ...(wide?.results ?? [])].filter((r) => !seen.has(r.id) && !!seen.add(r.id));
}

/** Loads one batch of result pages (each a fragment download) and turns them into checked hits. */
export async function hitsFor(results: PagefindResult[], from: number, count: number, terms: string[]): Promise<Hit[]> {
  const pages = await Promise.all(results.slice(from, from + count).map((r) => r.data()));
  return pages.flatMap((page, i) => pageHits(page, terms, from + i));
}
