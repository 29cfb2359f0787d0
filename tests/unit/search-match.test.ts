import assert from "node:assert/strict";
import { test } from "node:test";

import { charSplitQuery, excerpt, findTerm, fold, formsInText, looserTerms, pageHits, queryTerms, rankHits, suggestionTerms, type PageData } from "../../src/search/match.ts";
import { segmentHtml, unsegment } from "../../src/search/segment.ts";

const paper: PageData = {
  url: "/papers/x/",
  meta: { title: "论文" },
  filters: { 类型: ["论文"] },
  locations: [],
  content: "",
  anchors: [
    { element: "h2", id: "sec-1", text: "一、研究现状", location: 0 },
    { element: "p", id: "p1", text: "杭州海关课题组调研发现，企业对原产地规则不了解。", location: 3 },
    { element: "p", id: "p2", text: "机制试点在青岛。原产地、原产地。", location: 20 },
  ],
};
const entity = (title: string, content: string, names = ""): PageData => ({ url: `/e/${title}/`, meta: { title, names }, filters: { 类型: ["自贸协定"], 年份: ["2020"] }, locations: [], anchors: [], content });

test("full-width Latin folds to half-width and case folds", () => {
  assert.equal(fold("ＲＣＥＰ协定"), "rcep协定");
  assert.equal(fold("中国—东盟"), fold("中国-东盟"));
  assert.deepEqual(queryTerms(" 刘斌，2018  RCEP "), ["刘斌", "2018", "rcep"]);
});

test("the character-split query puts every Han character on its own and leaves Latin words whole", () => {
  assert.equal(charSplitQuery("欧日协议"), "欧 日 协 议");
  assert.equal(charSplitQuery("RCEP 海南"), "RCEP 海 南");
  assert.equal(charSplitQuery("FTA"), null);
  assert.equal(charSplitQuery("海"), null);
});

test("a paper's hits are its paragraphs that contain every term, with their section", () => {
  const hits = pageHits(paper, ["原产地"]);
  assert.deepEqual(hits.map((h) => [h.id, h.count, h.section]), [["p1", 1, "一、研究现状"], ["p2", 2, "一、研究现状"]]);
  assert.deepEqual(pageHits(paper, ["青岛", "海关"]), [], "two terms in different paragraphs are no paragraph hit");
});

test("words only in a paper's header find the paper as a whole", () => {
  const withHeader = { ...paper, content: "论文 作者 王明 某某大学 杭州海关课题组调研发现" };
  const hits = pageHits(withHeader, ["王明"]);
  assert.deepEqual(hits.map((h) => [h.kind, h.id]), [["page", null]]);
  assert.equal(pageHits({ ...withHeader, meta: { title: "论文" } }, ["论文"])[0].exact, true);
});

test("a word Pagefind matched only by its characters is no hit", () => {
  assert.deepEqual(pageHits(paper, ["机器"]), []);
  assert.deepEqual(pageHits(entity("RCEP", "区域全面经济伙伴关系协定"), ["区块链"]), []);
});

test("a page whose name is the query is an exact hit and comes first; paragraphs before other pages", () => {
  const rcep = pageHits(entity("区域全面经济伙伴关系协定", "RCEP 区域全面经济伙伴关系协定", "RCEP|区域全面经济伙伴关系协定"), ["rcep"], 2);
  const other = pageHits(entity("中韩自贸协定", "与RCEP并行", "中韩自贸协定"), ["rcep"], 0);
  const paras = pageHits({ ...paper, anchors: [{ element: "p", id: "p1", text: "RCEP与RCEP", location: 0 }, { element: "p", id: "p2", text: "RCEP", location: 5 }] }, ["rcep"], 1);
  const ranked = rankHits([...other, ...paras, ...rcep]);
  assert.deepEqual(ranked.map((h) => `${h.pageUrl}${h.id ?? ""}`), ["/e/区域全面经济伙伴关系协定/", "/papers/x/p1", "/papers/x/p2", "/e/中韩自贸协定/"]);
  assert.equal(pageHits(entity("刘斌（2018）", "刘斌（2018）"), ["刘斌", "2018"])[0].exact, true, "刘斌 2018 names 刘斌（2018）");
});

test("an excerpt shows every term asked for, marked, with ellipses where text is cut", () => {
  const text = `${"甲".repeat(100)}青岛${"乙".repeat(200)}2015${"丙".repeat(100)}`;
  const parts = excerpt(text, ["青岛", "2015"]);
  assert.deepEqual(parts.filter((p) => p.mark).map((p) => p.text), ["青岛", "2015"]);
  assert.equal(parts[0].text, "…");
  assert.equal(parts.filter((p) => p.text === "…").length, 3);
  assert.ok(parts.map((p) => p.text).join("").length < 200);
});

test("sentence punctuation pasted after a term and quotes around it are not part of it", () => {
  assert.deepEqual(queryTerms("RCEP。"), ["rcep"]);
  assert.deepEqual(queryTerms("“海关”"), ["海关"]);
  assert.deepEqual(queryTerms("杨瑶（2015）"), ["杨瑶(2015)"], "brackets inside a term stay");
});

test("folding never changes a text's length, so positions found in the folded text are the text's", () => {
  const text = "见…杨瑶（2015）与ＲＣＥＰ—协定ﬁ";
  assert.equal(fold(text).length, text.length);
  assert.deepEqual(formsInText(text, ["杨瑶(2015)", "rcep-"]), ["杨瑶（2015）", "ＲＣＥＰ—"]);
  const parts = excerpt(`${"甲".repeat(5)}…${"乙".repeat(5)}杨瑶（2015）`, ["杨瑶(2015)"]);
  assert.deepEqual(parts.filter((p) => p.mark).map((p) => p.text), ["杨瑶（2015）"]);
});

test("every character folds as NFKC and lower case would fold it alone, the ideographs fold skips among them", () => {
  // fold steps over the unified ideographs for speed; this checks the whole Basic Multilingual Plane against the plain rule.
  const plain = (c: string) => {
    const n = c.normalize("NFKC").toLowerCase();
    return n.length === 1 ? n : c;
  };
  const dashes = /[\u2010-\u2015\u2212\u30fc\uff0d]/;
  const wrong: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const c = String.fromCharCode(code);
    const want = dashes.test(plain(c)) || dashes.test(c) ? "-" : plain(c);
    if (fold(c) !== want) wrong.push(`U+${code.toString(16)}`);
  }
  assert.deepEqual(wrong.slice(0, 10), []);
});

test("a query no page holds as typed has looser readings: split where the script changes, then into words", () => {
  assert.deepEqual(looserTerms("韩剑2020"), [["韩剑", "2020"]], "a name the segmenter cuts into single characters stays one");
  assert.deepEqual(looserTerms("地方政府作用"), [["地方", "政府", "作用"]]);
  assert.deepEqual(looserTerms("杨瑶（2015）")[0], ["杨瑶", "2015"]);
  assert.deepEqual(looserTerms("RCEP"), [], "nothing looser than one Latin word");
  assert.deepEqual(looserTerms("海关"), [], "nor than one Chinese word");
  assert.deepEqual(looserTerms("中国东盟自贸区").at(-1), ["中国", "东盟自贸区"], "not 东、盟、自、贸、区, each of which is on nearly every page");
  assert.deepEqual(looserTerms("a&b"), [], "lone Latin letters are no words");
  assert.deepEqual(looserTerms("<b>FTA</b>").at(-1), ["fta"]);
});

test("when nothing is found, the words offered are real words: two-character pieces of a long name, never one character", () => {
  assert.deepEqual(suggestionTerms("义乌市"), ["义乌"]);
  assert.deepEqual(suggestionTerms("跨境电商"), ["跨境", "电商"]);
  assert.deepEqual(suggestionTerms("#p1"), []);
  assert.deepEqual(suggestionTerms("javascript:alert(1)"), ["javascript", "alert"]);
  assert.deepEqual(suggestionTerms("青岛 区块链"), ["青岛", "区块链", "区块"]);
});

test("the index's copy of a fact list or table separates its cells, so excerpts do not run them together", () => {
  const html = `<main data-pagefind-body><dl><div><dt>类型<span>：</span></dt><dd>类型不详</dd></div><div><dt>年份：</dt><dd>2018</dd></div><div><dt>说明：</dt><dd>已有句号。</dd></div><div><dt>作者</dt><dd>刘晓玲</dd></div></dl><table><tr><td>中国</td></tr></table></main><dl><dd>不索引</dd></dl>`;
  const out = segmentHtml(html);
  assert.equal(unsegment(out.replace(/<[^>]+>/g, "")), "类型：类型不详；年份：2018；说明：已有句号。作者：刘晓玲；中国；不索引");
});

test("a number in a query matches whole numbers only: 12 is not in 122.1°E, 2015 is in 2015年", () => {
  const weihai = { ...paper, content: "坐标：37.5°N，122.1°E；2015年设立" };
  assert.deepEqual(pageHits(weihai, ["2015", "12"]), []);
  assert.equal(pageHits(weihai, ["2015"]).length, 1);
  assert.deepEqual(excerpt("122.1°E 与 12 月", ["12"]).filter((p) => p.mark).map((p) => p.text), ["12"]);
});

test("brackets around a whole term and punctuation before it are not part of it; loosened readings split Latin from digits and drop lone filler", () => {
  assert.deepEqual(queryTerms("【RCEP】"), ["rcep"]);
  assert.deepEqual(queryTerms("？RCEP"), ["rcep"]);
  assert.deepEqual(queryTerms("（韩剑）"), ["韩剑"]);
  assert.deepEqual(looserTerms("RCEP2020"), [["rcep", "2020"]]);
  assert.deepEqual(looserTerms("中韩FTA2015")[0], ["中韩", "fta", "2015"]);
  assert.deepEqual(looserTerms("韩剑2020年")[0], ["韩剑", "2020"], "年 alone would match every date");
  assert.deepEqual(looserTerms("中国的发展"), [["中国", "发展"]]);
  assert.deepEqual(looserTerms("一".repeat(1) + "中国发展战略地方政府积极性作用区域合作平台机制试点经验优势局面背景现状"), [], "a reading of too many words is no search");
});

test("a number is whole on both sides of a decimal point too", () => {
  assert.equal(findTerm("37.5°n", "5"), -1);
  assert.equal(findTerm("37.5°n", "37"), -1);
  assert.equal(findTerm("第5条", "5"), 1);
  assert.equal(findTerm("2015.", "2015"), 0, "a full stop after a number is no decimal point");
});

test("an excerpt's edges keep Latin words whole: not …omic Partnership, not Republic of Ko…", () => {
  const text = `${"中".repeat(10)}Regional Comprehensive Economic Partnership Agreement；别称：RCEP、区域全面经济伙伴关系协定；缔约方 Republic of Korea`;
  const shown = excerpt(text, ["RCEP"]).map((p) => p.text).join("");
  assert.match(shown, /^…Economic Partnership/);
  assert.doesNotMatch(shown, /Ko…$|…omic/);
  const edges = excerpt(`${"x".repeat(40)} RCEP`, ["RCEP"], 10, 10).map((p) => p.text).join("");
  assert.equal(edges, `…${"x".repeat(9)} RCEP`, "a word longer than the slack is cut where the window ends");
});

test("the index's copy ends headings and list items too, and a closing bracket or a dash is no end of a value", () => {
  const html = `<article data-pagefind-body><h2>平台</h2><dl><dt>别称</dt><dd>区域全面经济伙伴关系协定（RCEP）</dd><dt>依托协定</dt><dd>—</dd><dt>缔约方</dt><dd>中国</dd></dl><ul><li>来源甲</li><li>来源乙。</li></ul></article>`;
  assert.equal(unsegment(segmentHtml(html).replace(/<[^>]+>/g, "")), "平台。别称：区域全面经济伙伴关系协定（RCEP）；依托协定：—；缔约方：中国；来源甲；来源乙。");
  // Outside the element: a heading's text is also a result's title or section, which must not end in 。.
  assert.match(segmentHtml(html), /<\/h2>。/);
  assert.doesNotMatch(segmentHtml(html), /。\s*<\/h2>/);
});

test("a loosened reading is never one lone character, and a name of single characters stays whole", () => {
  assert.deepEqual(looserTerms("美日"), [], "not 美 alone (日 is no filler inside a name)");
  assert.deepEqual(looserTerms("日韩"), []);
  assert.deepEqual(looserTerms("日中"), []);
  assert.deepEqual(looserTerms("中国的东盟").at(-1), ["中国", "东盟"], "a particle still parts words");
});
