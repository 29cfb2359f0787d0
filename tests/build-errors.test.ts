import assert from "node:assert/strict";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";

import { buildSite } from "../src/build.ts";
import { InputError } from "../src/data/errors.ts";
import { copyProject } from "./helpers/project.ts";
import { treeHash } from "./helpers/tree-hash.ts";

let root: string;
let goodHash: string;
const paper = path.join("content", "papers", "local-fta-strategy");

before(async () => {
  root = await copyProject();
  await buildSite({ root });
  goodHash = await treeHash(path.join(root, "_site"));
});
after(() => rm(root, { recursive: true, force: true }));

/** Breaks one file, builds, restores it; returns the error the build gave. */
async function breakAndBuild(file: string, edit: (text: string) => string): Promise<InputError> {
  const full = path.join(root, file);
  const original = await readFile(full, "utf8");
  await writeFile(full, edit(original));
  try {
    await buildSite({ root });
  } catch (e) {
    return e as InputError;
  } finally {
    await writeFile(full, original);
  }
  assert.fail(`the build accepted a broken ${file}`);
}

async function assertUntouched(): Promise<void> {
  assert.equal(await treeHash(path.join(root, "_site")), goodHash, "the previous _site/ is byte for byte as it was");
}

test("malformed JSON in corrections.json is named with its file, and nothing is published", async () => {
  const e = await breakAndBuild(path.join(paper, "corrections.json"), (t) => t.replace("[", "[,"));
  assert.ok(e instanceof InputError);
  assert.match(e.message, /corrections\.json.*not valid JSON/);
  await assertUntouched();
});

test("a front-matter field of the wrong type names the file and the field", async () => {
  const e = await breakAndBuild(path.join(paper, "index.md"), (t) => t.replace("truncated: true", "truncated: maybe"));
  assert.match(e.message, /index\.md \(at \/front-matter\/truncated\): must be boolean/);
  await assertUntouched();
});

test("a correction that no longer applies names its record and field", async () => {
  const e = await breakAndBuild(path.join(paper, "corrections.json"), (t) => t.replace('"from": "刘恩专(2016)"', '"from": "刘恩专[2016]"'));
  assert.match(e.message, /corrections\.json \(record "k5" \(#4\), at \/4\): correction k5: from "刘恩专\[2016\]" no longer occurs/);
  await assertUntouched();
});

test("a silent edit to the transcription fails the fidelity check and shows where", async () => {
  const e = await breakAndBuild(path.join(paper, "index.md"), (t) => t.replace("杭州海关课题组", "杭州市海关课题组"));
  assert.match(e.message, /index\.md: the transcription differs from the source/);
  assert.match(e.message, /⟨海关课题组/);
  await assertUntouched();
});

test("a correction pointing at a paragraph that does not exist is refused", async () => {
  const e = await breakAndBuild(path.join(paper, "corrections.json"), (t) => t.replace('"at": "p4"', '"at": "p99"'));
  assert.match(e.message, /\/4\/at.*"p99" is not a paragraph or heading id/);
  await assertUntouched();
});

test("a missing source file is named", async () => {
  const e = await breakAndBuild(path.join(paper, "index.md"), (t) => t.replace("source: 000_0a3bcb4b035d6977.txt", "source: gone.txt"));
  assert.match(e.message, /source file .*gone\.txt is missing/);
  await assertUntouched();
});

test("an unknown field in site settings is named with its pointer", async () => {
  const e = await breakAndBuild(path.join("_data", "site.json"), (t) => t.replace('"title"', '"titel": "x", "title"'));
  assert.match(e.message, /_data\/site\.json \(at \/\): unknown field "titel"/);
  await assertUntouched();
});
