import assert from "node:assert/strict";
import { test } from "node:test";

import { progress, progressLine } from "../../src/progress.ts";

test("progress reports once per tenth, ending at the total", () => {
  const seen: number[] = [];
  const tick = progress(25, (done) => seen.push(done));
  for (let i = 0; i < 25; i++) tick();
  assert.deepEqual(seen, [3, 5, 8, 10, 13, 15, 18, 20, 23, 25]);
});

test("fewer steps than tenths: a line per step, the last at 100%", () => {
  const lines: string[] = [];
  const line = progressLine("index", "pages");
  const tick = progress(3, (done, total) => lines.push(line(done, total)));
  tick();
  tick();
  tick();
  assert.deepEqual(lines, ["  index: 1 of 3 pages (33%)", "  index: 2 of 3 pages (67%)", "  index: 3 of 3 pages (100%)"]);
});

test("nothing to count, nothing reported", () => {
  const seen: number[] = [];
  progress(0, (done) => seen.push(done))();
  assert.deepEqual(seen, []);
});

test("the build points out works no paper cites, a few by name", async () => {
  const { uncitedWorksNote } = await import("../../src/build.ts");
  assert.equal(uncitedWorksNote([]), null);
  assert.equal(uncitedWorksNote(["wang-ming-2021a"]), "note: 1 work(s) in _data/literature.json are cited by no paper and still published: wang-ming-2021a");
  assert.match(uncitedWorksNote(["a", "b", "c", "d", "e", "f", "g"])!, /: a, b, c, d, e, … \(2 more\)$/);
});
