import assert from "node:assert/strict";
import { test } from "node:test";

import { check } from "linkinator";

import { serveStatic } from "../../src/server/static.ts";
import { buildRealSite } from "../helpers/project.ts";

/** Builds, serves under the prefix as GitHub Pages would, and crawls every internal link and #fragment. */
async function brokenLinks(pathPrefix: string): Promise<string[]> {
  const site = await buildRealSite({ pathPrefix });
  const server = await serveStatic(site.outDir, { port: 0, pathPrefix });
  try {
    const origin = new URL(server.url).origin;
    const result = await check({
      path: server.url,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      // No network here, and outside links are not ours to keep alive: check only the site itself.
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const crawled = new Set(result.links.filter((l) => l.state === "OK").map((l) => l.url));
    for (const page of ["", "about/", "search/", "papers/local-fta-strategy/"]) {
      assert.ok(crawled.has(`${server.url}${page}`), `the crawl reached ${server.url}${page}`);
    }
    return result.links.filter((l) => l.state === "BROKEN").map((l) => `${l.status} ${l.url} (on ${l.parent})`);
  } finally {
    await server.close();
    await site.cleanup();
  }
}

test("no broken internal link or fragment in a build served at the root", async () => {
  assert.deepEqual(await brokenLinks("/"), []);
});

test("no broken internal link or fragment in a build served under /<repo>/", async () => {
  assert.deepEqual(await brokenLinks("/fta-site/"), []);
});
