import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";

import { publishPaperSources } from "../../src/eleventy/paper-sources.ts";

const SOURCE = "地方推进落实国家FTA战略的路径研究\n（OCR 原文）\n";
let root: string;
before(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "paper-sources-"));
  await mkdir(path.join(root, "content", "papers", "a"), { recursive: true });
  await writeFile(path.join(root, "content", "papers", "a", "index.md"), "---\ntitle: 甲\n---\n正文\n");
  await writeFile(path.join(root, "content", "papers", "a", "ocr.txt"), SOURCE);
  await writeFile(path.join(root, "content", "papers", "papers.11tydata.ts"), "export default {};\n");
});
after(() => rm(root, { recursive: true, force: true }));

test("each paper's .txt is published beside it, and nothing else of its folder", async () => {
  const out = path.join(root, "_site");
  await publishPaperSources(root, out);
  assert.equal(await readFile(path.join(out, "papers", "a", "ocr.txt"), "utf8"), SOURCE);
  assert.ok(!existsSync(path.join(out, "papers", "a", "index.md")));
});

test("publishing again into the same directory leaves the source whole and the copy in place", async () => {
  const out = path.join(root, "_site-twice");
  await publishPaperSources(root, out);
  await publishPaperSources(root, out);
  assert.equal(await readFile(path.join(root, "content", "papers", "a", "ocr.txt"), "utf8"), SOURCE);
  assert.equal(await readFile(path.join(out, "papers", "a", "ocr.txt"), "utf8"), SOURCE);
});

test("an output on another file system, where no hard link can reach, gets a copy", async (t) => {
  if (!existsSync("/dev/shm") || (await stat("/dev/shm")).dev === (await stat(root)).dev) {
    t.skip("no second file system here (/dev/shm) to publish onto");
    return;
  }
  const out = await mkdtemp("/dev/shm/paper-sources-");
  try {
    await publishPaperSources(root, out);
    const published = path.join(out, "papers", "a", "ocr.txt");
    assert.equal(await readFile(published, "utf8"), SOURCE);
    assert.equal((await stat(published)).nlink, 1, "a copy, not a link");
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
