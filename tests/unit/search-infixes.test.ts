import assert from "node:assert/strict";
import { test } from "node:test";

import { INFIX_SEARCHES, INFIX_WORDS, infixFileOf, infixFiles, infixQueries } from "../../src/search/infixes.ts";
import { MAX_RUN, segmentHtml, segmentText, unsegment } from "../../src/search/segment.ts";

test("each character lists the indexed words that hold it after their start, the most widespread first", () => {
  const files = infixFiles(new Map([["关税", 3], ["免税", 9], ["税率", 5], ["香港", 2], ["港口", 4], ["岘港", 2]]));
  const file = (c: string) => files.get(infixFileOf(c)) ?? null;
  assert.deepEqual(file("税")!["税"], ["免税", "关税"], "税率 starts with 税: Pagefind finds it by prefix");
  assert.deepEqual(file("港")!["港"], ["岘港", "香港"], "equal counts in code point order, so builds agree");
  assert.deepEqual(infixQueries("税", file("税")), ["免税", "关税"]);
  assert.deepEqual(infixQueries("港", file("港")), ["岘港", "香港"]);
  assert.deepEqual(infixQueries("税率", file("税")), ["免税 率", "关税 率"], "税率 itself Pagefind finds; 税 of 关税 running on into 率 it does not");
  assert.deepEqual(infixQueries("RCEP", file("R")), [], "only Chinese terms");
  assert.deepEqual(infixQueries("税", null), [], "a site built before the lists existed");
});

test("a term of several characters is looked for inside the listed words of its first, and across their ends", () => {
  const files = infixFiles(new Map([["自贸区", 4], ["外贸", 6], ["中韩自贸", 1]]));
  assert.deepEqual(infixQueries("贸区", files.get(infixFileOf("贸"))!), ["自贸区", "外贸 区", "中韩自贸 区"]);
  assert.deepEqual(infixQueries("贸", files.get(infixFileOf("贸"))!), ["外贸", "自贸区", "中韩自贸"]);
});

test("a term that starts inside one word and runs into the next is asked as that word and the rest", () => {
  const files = infixFiles(new Map([["自由", 5], ["贸易", 9], ["协定", 7], ["理由", 1]]));
  assert.deepEqual(infixQueries("由贸", files.get(infixFileOf("由"))!), ["自由 贸", "理由 贸"], "自由|贸易");
  assert.deepEqual(infixQueries("易协定", files.get(infixFileOf("易"))!), ["贸易 协定"], "贸易|协定");
});

test("lists and searches are capped: a common character is inside hundreds of words", () => {
  const words = new Map(Array.from({ length: 100 }, (_, i) => [`${String.fromCharCode(0x4e00 + i)}国`, 100 - i] as const));
  const list = infixFiles(words).get(infixFileOf("国"))!["国"]!;
  assert.equal(list.length, INFIX_WORDS);
  assert.equal(list[0], "一国", "the word on most pages first");
  assert.equal(infixQueries("国", { 国: list }).length, INFIX_SEARCHES);
});

test("segmenting for the index collects the indexed words of two characters or more, and only those", () => {
  const words = new Set<string>();
  segmentHtml('<title>标题文字</title><main data-pagefind-body><p>我国扩大开放，关税下降。</p><nav data-pagefind-ignore>导航链接</nav></main>', words);
  assert.ok(words.has("关税") && words.has("扩大") && words.has("我国"), [...words].join(" "));
  assert.ok(![...words].some((w) => w.length < 2 || /标题|导航/.test(w)), [...words].join(" "));
});

test("full-width punctuation stands apart in the index, so the Latin and digits beside it are words of their own", () => {
  const out = segmentHtml("<main data-pagefind-body><p>（gov.cn）2015年；°N，120.3827；ＲＣＥＰ</p></main>");
  const words = out.replace(/<[^>]+>/g, " ").trim().split(/\s+/);
  for (const w of ["gov.cn", "2015", "120.3827", "ＲＣＥＰ"]) assert.ok(words.includes(w), `${w} in ${words.join(" | ")}`);
  assert.equal(unsegment(out.replace(/<[^>]+>/g, "")), "（gov.cn）2015年；°N，120.3827；ＲＣＥＰ", "display closes the spaces up again");
});

test("a run of Han characters longer than the segmenter handles well is cut into pieces: nothing lost, no surrogate pair split", () => {
  const long = "自由贸易".repeat(MAX_RUN);
  assert.equal(segmentText(long).replace(/ /g, ""), long);
  const astral = `${"贸".repeat(MAX_RUN - 1)}${"𠀀".repeat(5)}`; // a pair straddles the first cut
  const words = segmentText(astral).trim().split(/ +/);
  assert.equal(words.join(""), astral);
  assert.ok(words.every((w) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(w)), "no word begins or ends inside a pair");
});
