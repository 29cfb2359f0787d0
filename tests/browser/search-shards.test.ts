import assert from "node:assert/strict";
import { cp, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";

import { htmlFiles } from "../../src/fs/site-files.ts";
import { indexSite, shardCount } from "../../src/search/index.ts";
import { serveStatic, type StaticServer } from "../../src/server/static.ts";
import { tempDir } from "../helpers/project.ts";
import { servedSite } from "../helpers/served-site.ts";

// The real site, indexed whole, against the same pages indexed in shards of twenty, built two at a
// time (as a large site is): a reader must not be able to tell them apart.
const served = servedSite();
const { skip } = served;
const QUERIES = ["海关", "RCEP", "威海", "刘斌 2018", "中韩", "原产地", "区块链"];
async function hits(base: string, query: string): Promise<string[]> {
  const page = await served.browser.newPage();
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /找到|没有找到|已列出/.test(document.getElementById("search-status")!.textContent ?? ""), null, { timeout: 15_000 }).catch(async (e) => {
    throw new Error(`${query} at ${base}: ${await page.locator("#search-status").textContent()}`, { cause: e });
  });
  const links = await page.locator(".search-hit > a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  await page.close();
  return links;
}

test("a site indexed in shards finds what the same site indexed whole finds", { skip }, async () => {
  const dir = await tempDir("fta-shards-");
  let server: StaticServer | undefined;
  try {
    await cp(served.site.outDir, dir, { recursive: true });
    await rm(path.join(dir, "pagefind"), { recursive: true });
    const limits = { splitFrom: 1, pagesInMemory: 20, parallel: 2 };
    const stats = await indexSite(dir, () => {}, limits);
    const shards = JSON.parse(await readFile(path.join(dir, "pagefind", "shards.json"), "utf8")) as string[];
    const expected = shardCount((await htmlFiles(dir)).length, limits);
    assert.ok(expected >= 3, "enough pages for several shards");
    assert.equal(shards.length, expected - 1, `shards.json lists the shards beside the first: ${shards.join(" ")}`);
    assert.equal(stats.pagesIndexed, served.site.pagesIndexed, "every page is in one shard");
    server = await serveStatic(dir, { port: 0 });
    for (const query of QUERIES) {
      const whole = await hits(served.server.url, query);
      const split = await hits(server.url, query);
      assert.deepEqual([...split].sort(), [...whole].sort(), query);
      if (query !== "区块链") assert.ok(split.length, `${query} finds something`);
      if (["RCEP", "威海", "刘斌 2018"].includes(query)) assert.equal(split[0], whole[0], `${query}: the page it names first`);
    }
  } finally {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  }
});
