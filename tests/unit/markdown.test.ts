import assert from "node:assert/strict";
import { test } from "node:test";

import { createMarkdown } from "../../src/markdown/index.ts";
import { blocksText } from "../../src/markdown/inline-text.ts";

const md = createMarkdown();

test("headings get ids from their section numbers, not from their text", () => {
  const html = md.render(["## 一、甲", "### （一）乙", "#### 1.丙", "#### 2.丁", "### （二）戊", "## 二、己", "### （一）庚"].join("\n\n"));
  const ids = [...html.matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(ids, ["sec-1", "sec-1-1", "sec-1-1-1", "sec-1-1-2", "sec-1-2", "sec-2", "sec-2-1"]);
});

test("a section number the excerpt skips to is kept, not renumbered", () => {
  const html = md.render("## 三、丙\n\n### （二）乙");
  assert.match(html, /<h2 id="sec-3">/);
  assert.match(html, /<h3 id="sec-3-2">/);
});

test("unnumbered headings are numbered by position and duplicates stay unique", () => {
  const html = md.render("## 引言\n\n## 一、甲\n\n## 一、重复");
  const ids = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(new Set(ids).size, 3);
  assert.equal(ids[1], "sec-1");
});

test("paragraphs are numbered in reading order with a visible ¶ permalink", () => {
  const html = md.render("第一段。\n\n## 一、标题\n\n第二段。\n\n第三段。");
  assert.deepEqual([...html.matchAll(/<p id="(p\d+)"/g)].map((m) => m[1]), ["p1", "p2", "p3"]);
  assert.match(html, /<p id="p2"><a href="#p2" class="pnum"[^>]*>¶2<\/a>第二段。<\/p>/);
});

test("paragraphs named by a correction link to its 校勘记 entry", () => {
  const html = md.render("甲。\n\n乙。", { corrections: [{ id: "k7", at: "p2" }] });
  assert.match(html, /<p id="p2">.*乙。<a href="#corr-k7" class="corr-ref"[^>]*>校7<\/a><\/p>/);
  assert.doesNotMatch(html.split("\n")[0], /corr-ref/);
});

test("raw HTML in a transcription is shown as text, never run", () => {
  const html = md.render('正文<script>alert(1)</script><img src=x onerror="alert(2)">');
  assert.doesNotMatch(html, /<script|<img/);
  assert.match(html, /&lt;script&gt;/);
});

test("the text of headings and paragraphs keeps the paper's words and drops the ¶ and 校 marks", () => {
  const tokens = md.parse("## 一、标题\n\n甲乙。\n\n丙丁。", { corrections: [{ id: "k1", at: "p1" }] });
  assert.equal(blocksText(tokens), "一、标题\n甲乙。\n丙丁。");
});

test("a citation with empty own words is refused with its line, not left to the fidelity check", async () => {
  const { bodyShapeProblems } = await import("../../src/papers/body-shape.ts");
  const tokens = md.parse("第一段。\n\n@{liu-bin-2018| }认为。\n", { literature: [] });
  assert.deepEqual(bodyShapeProblems(tokens, "index.md", 10).map((p) => p.message), ['line 12: @{liu-bin-2018| } has no words after "|": write the paper\'s own words there, or @{key} for the work\'s usual wording']);
});
