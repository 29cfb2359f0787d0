import { test } from "node:test";
import assert from "node:assert/strict";

import { escapeBibtex } from "../../src/cite/bibtex-escape.ts";
import { Cite } from "../../src/cite/citation-js.ts";
import { exportBibtex, exportBibtexEntries, exportCslJson, exportRis, toCsl } from "../../src/cite/index.ts";

const INJECTION = "企业利用FTA出口的影响因素分析}, note = {\\input{/etc/passwd}}, x = {";
const SPECIALS = "50% & $5 #1 a_b {x} \\end ~ ^";

const work = (title: string) => ({
  id: "fixture-special",
  type: "article-journal",
  author: [{ family: "岳", given: "文" }],
  issued: { "date-parts": [[2020]] },
  title,
  "container-title": "北京工商大学学报(社会科学版)",
  URL: "http://btbuskxb.ijournals.cn/ebook/2020_2/files/basic-html/page46.html",
  language: "zh-CN",
});

/** The fields Citation.js reads back from our BibTeX, bookkeeping aside. */
function readBack(bibtex: string): Record<string, unknown>[] {
  return new Cite(bibtex).data.map(({ _graph, ...item }: Record<string, unknown>) => item);
}

for (const [name, title] of [["a title that tries to close its field and add a note", INJECTION], ["a title with every LaTeX special character", SPECIALS]] as const) {
  test(`BibTeX: ${name} reads back as written, and adds no field`, () => {
    const bibtex = exportBibtex([work(title)]);
    const [item] = readBack(bibtex);
    assert.equal(item?.title, title);
    const clean = readBack(exportBibtex([work("企业利用FTA出口的影响因素分析")]))[0]!;
    assert.deepEqual(Object.keys(item!).sort(), Object.keys(clean).sort(), "the same fields as a plain title gives");
    assert.doesNotMatch(bibtex, /^\s*(note|x) = /m);
  });
}

test("BibTeX escapes each special character the way LaTeX prints it as itself, and leaves Chinese as it is", () => {
  assert.equal(escapeBibtex(SPECIALS), "50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textbackslash{}end \\textasciitilde{} \\textasciicircum{}");
  assert.equal(escapeBibtex("地方推进落实国家FTA战略的路径研究"), "地方推进落实国家FTA战略的路径研究");
  const [entry] = exportBibtexEntries([work(SPECIALS)]);
  assert.match(entry!, /title = \{50\\% \\& \\\$5 \\#1 a\\_b \\\{x\\\} \\textbackslash\{\}end \\textasciitilde\{\} \\textasciicircum\{\}\},/, "escaped once, not twice");
});

test("BibTeX: markup in a title is text, not an unclosed \\textit{", () => {
  const title = "<i>Rules of origin}, note = {x";
  assert.equal(readBack(exportBibtex([work(title)]))[0]?.title, title);
});

test("BibTeX: names, other text fields and a URL with braces cannot break out of their field either", () => {
  const record = {
    ...work("题名"),
    author: [{ family: "韩}", given: "剑 {x} \\input" }, { literal: "杭州海关课题组}, note = {x" }],
    "container-title": "刊名}, x = {",
    URL: "https://example.org/a_b%20c?q={x}#frag",
  };
  const bibtex = exportBibtex([record]);
  const [item] = readBack(bibtex);
  assert.equal(item?.["container-title"], record["container-title"]);
  assert.deepEqual(item?.author, [{ family: "韩}", given: "剑 {x} \\input" }, { family: "杭州海关课题组}, note = {x" }]);
  assert.match(bibtex, /url = \{https:\/\/example\.org\/a_b%20c\?q=%7Bx%7D#frag\},/, "verbatim, only the braces percent-encoded");
  assert.equal(item?.note, undefined);
  assert.equal(item?.x, undefined);
});

test("BibTeX: a line break in a value cannot start a new entry", () => {
  const entries = exportBibtexEntries([work("题名\n@misc{evil,"), work("第二篇")]);
  assert.equal(entries.length, 2);
  assert.equal(readBack(entries[0]!)[0]?.title, "题名 @misc{evil,", "BibTeX reads a line break as a space");
});

test("the escaping is BibTeX's alone: RIS and CSL-JSON keep the text as given", () => {
  const record = work(INJECTION);
  assert.match(exportRis([record]), new RegExp(`^TI {2}- ${INJECTION.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}$`, "m"));
  assert.equal(JSON.parse(exportCslJson([record]))[0].title, toCsl(record).title);
});
