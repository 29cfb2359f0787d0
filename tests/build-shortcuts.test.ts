import assert from "node:assert/strict";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";

import Eleventy from "@11ty/eleventy";

import { buildRealSite, ROOT, tempDir } from "./helpers/project.ts";

// The build takes two shortcuts: paper bodies rendered once, by validation, and APA entries
// formatted ahead on a worker thread. Eleventy run on its own takes neither; the pages must not differ.
let built: Awaited<ReturnType<typeof buildRealSite>>;
let plain: string;

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith(`pagefind${path.sep}`))
    .sort();
}

before(async () => {
  built = await buildRealSite();
  plain = await tempDir("fta-plain-");
  process.chdir(ROOT);
  await new Eleventy("content", plain, { configPath: ".eleventy.ts", quietMode: true }).write();
});
after(async () => {
  await built.cleanup();
  await rm(plain, { recursive: true, force: true });
});

test("the build writes the same files as Eleventy alone, byte for byte (client scripts and search aside)", async () => {
  const ours = (await files(built.outDir)).filter((f) => !f.startsWith(`assets${path.sep}`) || f.endsWith(".css"));
  const theirs = (await files(plain)).filter((f) => !f.startsWith(`assets${path.sep}`) || f.endsWith(".css"));
  assert.deepEqual(ours, theirs);
  const differing: string[] = [];
  for (const f of ours) {
    if (!(await readFile(path.join(built.outDir, f))).equals(await readFile(path.join(plain, f)))) differing.push(f);
  }
  assert.deepEqual(differing, []);
  assert.ok(ours.some((f) => f.endsWith(".ris")) && ours.includes(path.join("papers", "local-fta-strategy", "index.html")));
});
