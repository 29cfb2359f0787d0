import assert from "node:assert/strict";
import { test } from "node:test";

import { PAPER_FILTER, searchBoth, type Pagefind, type PagefindResult } from "../../src/search/run.ts";

const result = (id: string): PagefindResult => ({ id, data: async () => ({ url: `/${id}/`, content: "", meta: {}, sub_results: [] }) as never });

/** A stand-in for Pagefind: the papers it finds when filtered to them, and its ranking of every page. */
function fakePagefind(papers: string[], ranked: string[]): Pagefind {
  return {
    options: async () => {},
    mergeIndex: async () => {},
    search: async (_q, options) => ({ results: (options?.filters === PAPER_FILTER ? papers : ranked).map(result) }),
  };
}

test("the first results alternate between the best papers and Pagefind's best pages, then follow Pagefind's ranking", async () => {
  // Pagefind ranks twenty short record pages above the papers (a common word such as 协定).
  const records = Array.from({ length: 20 }, (_, i) => `record-${i}`);
  const papers = Array.from({ length: 8 }, (_, i) => `paper-${i}`);
  const ids = (await searchBoth({ pf: fakePagefind(papers, [...records, ...papers]), infixQueries: async () => [] }, "协定")).map((r) => r.id);
  assert.deepEqual(ids.slice(0, 10), ["paper-0", "record-0", "paper-1", "record-1", "paper-2", "record-2", "paper-3", "record-3", "paper-4", "record-4"]);
  const firstBatch = ids.slice(0, 20);
  assert.ok(papers.slice(0, 5).every((p) => firstBatch.includes(p)), "five papers' paragraphs on the first screen");
  assert.ok(records.slice(0, 15).every((r) => firstBatch.includes(r)), "and Pagefind's fifteen best pages, among them a page named by the query");
  assert.equal(new Set(ids).size, ids.length, "each page once");
  assert.equal(ids.length, 28);
});

test("with one paper or none, Pagefind's ranking stands after it", async () => {
  const ids = (await searchBoth({ pf: fakePagefind(["paper-0"], ["record-0", "paper-0", "record-1"]), infixQueries: async () => [] }, "威海")).map((r) => r.id);
  assert.deepEqual(ids, ["paper-0", "record-0", "record-1"]);
  const none = (await searchBoth({ pf: fakePagefind([], ["record-0", "record-1"]), infixQueries: async () => [] }, "RCEP")).map((r) => r.id);
  assert.deepEqual(none, ["record-0", "record-1"]);
});
