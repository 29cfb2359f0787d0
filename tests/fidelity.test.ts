import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

import matter from "gray-matter";

import { createMarkdown } from "../src/markdown/index.ts";
import { applyCorrections, normaliseWhitespace, type Correction } from "../src/papers/corrections.ts";
import type { PaperFrontMatter } from "../src/papers/load.ts";
import { transcriptionText } from "../src/papers/text.ts";
import { ROOT } from "./helpers/project.ts";

const paperDir = path.join(ROOT, "content", "papers", "local-fta-strategy");
const sharedSource = path.join(ROOT, "..", "shared", "source", "000_0a3bcb4b035d6977.txt");
const source = readFileSync(path.join(paperDir, "000_0a3bcb4b035d6977.txt"), "utf8");
const corrections: Correction[] = JSON.parse(readFileSync(path.join(paperDir, "corrections.json"), "utf8"));
const parsed = matter(readFileSync(path.join(paperDir, "index.md"), "utf8"));
const fm = parsed.data as PaperFrontMatter;
// Citations render from the literature data, as on the site (@{key} → 刘斌（2018）).
const literature = JSON.parse(readFileSync(path.join(ROOT, "_data", "literature.json"), "utf8"));
const transcription = normaliseWhitespace(transcriptionText(fm, createMarkdown().parse(parsed.content, { literature }), literature));

test("the paper's copy of its source is the shared OCR file, byte for byte", { skip: existsSync(sharedSource) ? false : "../shared/source is not beside this checkout" }, () => {
  assert.equal(source, readFileSync(sharedSource, "utf8"));
});

test("the corrected source is exactly the transcription (only whitespace normalised)", () => {
  assert.equal(applyCorrections(source, corrections), transcription);
});

test("without its corrections the source is not the transcription: each one is needed", () => {
  for (const skipped of corrections) {
    const rest = corrections.filter((c) => c !== skipped);
    let result: string | Error;
    try {
      result = applyCorrections(source, rest);
    } catch (e) {
      result = e as Error;
    }
    assert.notEqual(result, transcription, `correction ${skipped.id} changes nothing`);
  }
});

test("every Han character and every Latin letter of the source is kept", () => {
  const count = (s: string) => {
    const m = new Map<string, number>();
    for (const ch of s.match(/[\p{Script=Han}A-Za-z0-9]/gu) ?? []) m.set(ch, (m.get(ch) ?? 0) + 1);
    return m;
  };
  const src = count(source);
  const out = count(transcription);
  // The only characters the corrections remove or add, each for a recorded reason.
  src.set("院", (src.get("院") ?? 0) - 1); // k3: the mangled colon after 摘要
  for (const ch of "FTA") src.set(ch, (src.get(ch) ?? 0) + 1); // k1: the word the title lost
  assert.deepEqual(out, src);
});

test("the title is restored, the abstract heads the paper and the split sentence is whole", () => {
  assert.equal(fm.title, "地方推进落实国家FTA战略的路径研究");
  assert.match(fm.abstract ?? "", /^以自贸协定（FTA）为代表/);
  assert.match(parsed.content, /特别是FTA协定对贸易投资活动的影响关系分析。/);
  assert.ok(parsed.content.trimEnd().endsWith("1.通过落实FTA战略，拓展地"), "the transcription stops where the source stops");
  assert.equal(fm.truncated, true);
});
