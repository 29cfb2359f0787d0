import assert from "node:assert/strict";
import { test } from "node:test";

import type { City, Fta, Work } from "../../src/entities/types.ts";
import { createMarkdown } from "../../src/markdown/index.ts";
import type { ParagraphRefs } from "../../src/markdown/references.ts";

const md = createMarkdown();
const work = (id: string, citedAs: string): Work => ({ id, citedAs, type: "article", author: [{ literal: "x" }], issued: { "date-parts": [[2018]] }, title: null, "container-title": null, language: "zh-CN", sources: [], notes: [] });
const literature = [work("liu-bin-2018", "刘斌（2018）"), work("zhang-jun-2021", "张军（2021）")];
const fta = (id: string, zh: string, aliases: string[]): Fta => ({ id, names: { zh, en: null, aliases }, parties: [], status: "in-force", china: "party", applied: null, signed: null, inForce: null, upgrades: [], sources: [], notes: [] });
const ftas = [fta("china-korea", "中国-韩国自贸协定", ["中韩自贸协定"]), fta("rcep", "区域全面经济伙伴关系协定", ["RCEP"])];
const cities: City[] = [{ id: "qingdao", name: { zh: "青岛", en: "Qingdao" }, aliases: [], province: { zh: null, en: null }, coordinates: null, platforms: [{ names: { zh: null, en: null }, aliases: ["中韩自贸协定项下地方经贸合作新平台"], partner: { zh: null, en: null }, year: null, date: null, paperYear: null, ftas: [], sources: [] }], sources: [], notes: [] }];

test("@{key} renders the paper's own wording and runs straight into Chinese text", () => {
  const html = md.render("@{liu-bin-2018}分析了", { literature });
  assert.match(html, /<a class="cite" href="\/literature\/liu-bin-2018\/" data-cite="liu-bin-2018">刘斌（2018）<\/a>分析了/);
});

test("bare @key ends at the first character a key cannot hold", () => {
  assert.match(md.render("见@liu-bin-2018。", { literature }), />刘斌（2018）<\/a>。/);
});

test("[@a; @b] renders one parenthetical with each work linked", () => {
  const html = md.render("如前[@liu-bin-2018; @zhang-jun-2021]。", { literature });
  assert.match(html, /（<a [^>]+>刘斌，2018<\/a>；<a [^>]+>张军，2021<\/a>）。/);
});

test("an e-mail address is not a citation, and an unknown key is recorded, not invented", () => {
  const env: { literature: Work[]; unknownCitations?: string[] } = { literature };
  const html = md.render("写信给 a@liu-bin-2018.cn；@nobody-2020", env);
  assert.match(html, /a@liu-bin-2018\.cn/);
  assert.deepEqual(env.unknownCitations, ["nobody-2020"]);
});

test("the first mention of each agreement or city in a paragraph links to its page", () => {
  const html = md.render("RCEP与RCEP，以及中韩自贸协定。", { ftas, cities });
  assert.equal(html.match(/href="\/ftas\/rcep\/"/g)?.length, 1);
  assert.match(html, /<a href="\/ftas\/china-korea\/" class="mention mention-fta">中韩自贸协定<\/a>/);
});

test("a Latin alias does not match inside a longer Latin word", () => {
  assert.doesNotMatch(md.render("RCEPX 与 XRCEP", { ftas, cities }), /mention/);
});

test("every paragraph records what it cites and names, shorter names inside longer ones included", () => {
  const env: { paragraphRefs?: ParagraphRefs[] } & Record<string, unknown> = { literature, ftas, cities };
  md.render("@{liu-bin-2018}指出RCEP。\n\n构建了中韩自贸协定项下地方经贸合作新平台。", env);
  const [p1, p2] = env.paragraphRefs!;
  assert.deepEqual(p1.cites, ["liu-bin-2018"]);
  assert.equal(p1.text, "刘斌（2018）指出RCEP。");
  assert.deepEqual(p1.mentions.map((m) => m.id), ["rcep"]);
  assert.deepEqual(p2.mentions.map((m) => m.id).sort(), ["china-korea", "qingdao"]);
});

test("@{key|words} keeps the paper's own wording of a citation, links it, and records it for excerpts", () => {
  const env: { paragraphRefs?: ParagraphRefs[] } & Record<string, unknown> = { literature };
  const html = md.render("@{liu-bin-2018|刘斌等人（2018）}也发现，如前[@zhang-jun-2021]。", env);
  assert.match(html, /<a class="cite" href="\/literature\/liu-bin-2018\/" data-cite="liu-bin-2018">刘斌等人（2018）<\/a>也发现/);
  const [p] = env.paragraphRefs!;
  assert.equal(p.text, "刘斌等人（2018）也发现，如前（张军，2021）。", "the fidelity check and search read the words shown");
  assert.deepEqual(p.citedWords, { "liu-bin-2018": ["刘斌等人（2018）"], "zhang-jun-2021": ["张军，2021"] });
  assert.match(md.render("@{liu-bin-2018|<b>x</b>}", { literature }), />&lt;b&gt;x&lt;\/b&gt;<\/a>/, "the words are text, never markup");
  assert.doesNotMatch(md.render("@{liu-bin-2018|}", { literature }), /class="cite"/, "empty words are not a citation");
  assert.match(md.render("如前[@{liu-bin-2018|刘斌}]。", { literature }), /如前\[<a [^>]+>刘斌<\/a>\]。/, "in brackets, own words make an in-text citation between the brackets as written, not the list form （刘斌，2018）");
});
