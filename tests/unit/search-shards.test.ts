import assert from "node:assert/strict";
import { test } from "node:test";

import { SHARD_LIMITS, shardCount } from "../../src/search/index.ts";

test("a small site is one index; a large one is split for both cores and within Pagefind's memory", () => {
  assert.equal(shardCount(42), 1, "the paper's own site");
  assert.equal(shardCount(SHARD_LIMITS.splitFrom - 1), 1);
  assert.equal(shardCount(SHARD_LIMITS.splitFrom), 2, "enough pages to keep two Pagefind processes busy");
  assert.equal(shardCount(1290), 2, "a thousand papers");
  // Two shards at work at once hold at most pagesInMemory pages: 3,800 pages make six of at most 750.
  assert.equal(shardCount(3800), 6);
  assert.ok(Math.ceil(3800 / shardCount(3800)) * SHARD_LIMITS.parallel <= SHARD_LIMITS.pagesInMemory);
  assert.equal(shardCount(42, { splitFrom: 1, pagesInMemory: 20, parallel: 2 }), 5);
});
