import assert from "node:assert/strict";
import { test } from "node:test";

import { buildRealSite } from "../helpers/project.ts";
import { treeHash } from "../helpers/tree-hash.ts";

test("two builds from the same input are byte-identical", async () => {
  const a = await buildRealSite();
  const b = await buildRealSite();
  try {
    assert.equal(await treeHash(a.outDir), await treeHash(b.outDir));
  } finally {
    await a.cleanup();
    await b.cleanup();
  }
});
