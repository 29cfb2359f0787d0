import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";

import { writeCorpus } from "../bench/corpus.ts";
import { validateInput } from "../src/data/validate.ts";
import { ROOT } from "./helpers/project.ts";

// The benchmark builds its corpus with this project's own rules: a corpus the schemas refuse
// (as one did when sources gained `language`) would fail `npm run bench` long after the change.
test("the benchmark's synthetic corpus passes the project's validation", async () => {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), "bench-corpus-")), "corpus");
  try {
    await writeCorpus(ROOT, dir, { papers: 3, size: 1500 });
    const input = await validateInput(dir);
    assert.equal(input.papers.length, 3);
    assert.ok(input.data.literature.length >= 20);
  } finally {
    await rm(path.dirname(dir), { recursive: true, force: true });
  }
});
