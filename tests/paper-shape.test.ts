import assert from "node:assert/strict";
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";

import { buildSite } from "../src/build.ts";
import { InputError } from "../src/data/errors.ts";
import { brokenInputFixture } from "./helpers/fixture.ts";

// What a transcription may be made of, and what may sit beside it: anything else is refused by
// name and line, and the last good site stays.
let fixture: Awaited<ReturnType<typeof brokenInputFixture>>;
before(async () => {
  fixture = await brokenInputFixture();
});
after(() => fixture.cleanup());

const INDEX = path.join("content", "papers", "local-fta-strategy", "index.md");
const CORRECTIONS = path.join("content", "papers", "local-fta-strategy", "corrections.json");
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

test("Markdown that is not a paragraph or heading is refused with its line: code, tables, images, links, a second h1", async () => {
  let edited = "";
  const e = await fixture.breakAndBuild(INDEX, (t) => {
    edited = t.replace("## 一、", "```\n伪造的段落\n```\n\n| 伪造 | 表格 |\n|---|---|\n| 甲 | 乙 |\n\n# 一、").replace("分析了逆全球化", "[分析了](//evil.example/)逆全球化");
    edited = edited.replace("\n## 二、", "\n![伪造的图片说明](https://evil.example/t.png)\n\n## 二、");
    return edited;
  });
  assert.match(e.message, new RegExp(`index\\.md: line ${lineOf(edited, "```")}: a code block \\(\`\`\`\\) is not part of a transcription`));
  assert.match(e.message, new RegExp(`line ${lineOf(edited, "| 伪造")}: a table is not part`));
  assert.match(e.message, new RegExp(`line ${lineOf(edited, "# 一、")}: a level-1 heading \\(#\\) is not part`));
  assert.match(e.message, /: a link is not part of a transcription/);
  assert.match(e.message, new RegExp(`line ${lineOf(edited, "![")}: an image is not part`));
  await fixture.assertUntouched();
});

test("a citation in a heading is refused: it would be missing from the references and the work's page", async () => {
  const e = await fixture.breakAndBuild(INDEX, (t) => t.replace("## 一、地方推进国家FTA战略的相关研究现状", "## 一、@{liu-bin-2018}地方推进国家FTA战略的相关研究现状"));
  assert.match(e.message, /line \d+: a citation in a heading/);
  await fixture.assertUntouched();
});

test("a correction's id is its own, and its at names where its words stand", async () => {
  const dup = await fixture.breakAndBuild(CORRECTIONS, (t) => t.replace('"id": "k2"', '"id": "k1"'));
  assert.match(dup.message, /corrections\.json \(record "k1" \(#1\), at \/1\/id\): duplicate id "k1"/);
  const moved = await fixture.breakAndBuild(CORRECTIONS, (t) => t.replace('"at": "p4"', '"at": "p1"'));
  assert.match(moved.message, /record "k6" \(#5\), at \/5\/at\): "刘恩专（2016）" is not in p1/);
  await fixture.assertUntouched();
});

async function buildWith(file: string, text: string): Promise<InputError> {
  const full = path.join(fixture.root, file);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, text);
  return fixture.refusedBuild([full]);
}

test("a page beside a paper, or a loose file among the papers, is refused instead of published unchecked", async () => {
  const extra = await buildWith(path.join("content", "papers", "local-fta-strategy", "extra.md"), "---\ntitle: 伪造\n---\n[x](https://evil.example/)\n");
  assert.match(extra.message, /content\/papers\/local-fta-strategy\/extra\.md: only index\.md in a paper folder is a page/);
  const loose = await buildWith(path.join("content", "papers", "stray.md"), "无题\n");
  assert.match(loose.message, /content\/papers\/stray\.md: a paper is a folder/);
  await fixture.assertUntouched();
});

test("a paper folder whose name is not a URL slug is refused by name", async () => {
  const e = await buildWith(path.join("content", "papers", "My Paper", "index.md"), "---\ntitle: x\n---\n");
  await rm(path.join(fixture.root, "content", "papers", "My Paper"), { recursive: true, force: true });
  assert.match(e.message, /content\/papers\/My Paper: a paper folder's name is its URL/);
  await fixture.assertUntouched();
});

test("two papers with one title are refused: the home page and citations could not tell them apart", async () => {
  const copy = path.join(fixture.root, "content", "papers", "copy-of-paper");
  await cp(path.join(fixture.root, "content", "papers", "local-fta-strategy"), copy, { recursive: true });
  try {
    await assert.rejects(buildSite({ root: fixture.root }), (e: unknown) => e instanceof InputError && /content\/papers\/(copy-of-paper|local-fta-strategy)\/index\.md \(at \/front-matter\/title\): the same title as content\/papers\//.test(e.message));
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
  await fixture.assertUntouched();
});
