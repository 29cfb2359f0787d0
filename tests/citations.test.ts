import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";

import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { parseHTML } from "linkedom";

import { buildRealSite, ROOT } from "./helpers/project.ts";

let site: Awaited<ReturnType<typeof buildRealSite>>;
let doc: Document;
const read = (file: string) => readFile(path.join(site.outDir, file), "utf8");
const metas = (name: string) => [...doc.querySelectorAll(`meta[name="${name}"]`)].map((m) => m.getAttribute("content"));

before(async () => {
  site = await buildRealSite();
  doc = parseHTML(await read("papers/local-fta-strategy/index.html")).document as unknown as Document;
});
after(() => site.cleanup());

test("Highwire tags: title, each author followed by their institution, language, abstract, one reference per cited work", () => {
  assert.deepEqual(metas("citation_title"), ["地方推进落实国家FTA战略的路径研究"]);
  assert.deepEqual(metas("citation_author"), ["刘晓玲", "黄卫勇", "许晓芹"]);
  const order = [...doc.querySelectorAll('meta[name^="citation_author"]')].map((m) => m.getAttribute("name"));
  assert.deepEqual(order, ["citation_author", "citation_author_institution", "citation_author", "citation_author_institution", "citation_author", "citation_author_institution"]);
  assert.deepEqual(metas("citation_language"), ["zh"]);
  assert.match(metas("citation_abstract")[0]!, /^以自贸协定（FTA）为代表/);
  // Nine works cited; which work 韩剑（2020） is, is our inference (推定), and a machine reads no such flag.
  assert.equal(metas("citation_reference").length, 8);
  assert.ok(metas("citation_reference").every((r) => !r!.includes("企业利用FTA出口")), "an inferred identification is not claimed as the paper's citation");
  assert.deepEqual(metas("citation_publication_date"), [], "the date is unknown, so no tag claims one");
});

test("Dublin Core names the title, each creator, the language and the identifier", () => {
  assert.deepEqual(metas("DC.title"), ["地方推进落实国家FTA战略的路径研究"]);
  assert.equal(metas("DC.creator").length, 3);
  assert.deepEqual(metas("DC.language"), ["zh-CN"]);
  assert.match(metas("DC.identifier")[0]!, /\/papers\/local-fta-strategy\/$/);
});

test("JSON-LD parses as a ScholarlyArticle with affiliated authors, its citations, and the agreements and cities it names", () => {
  const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
  assert.equal(ld["@context"], "https://schema.org");
  assert.equal(ld["@type"], "ScholarlyArticle");
  assert.equal(ld.author.length, 3);
  for (const a of ld.author) {
    assert.equal(a["@type"], "Person");
    assert.deepEqual(a.affiliation, { "@type": "Organization", name: "义乌工商职业技术学院" });
  }
  assert.equal(ld.citation.length, 8, "nine works cited, less the one whose identification is inferred");
  assert.ok(!ld.citation.some((c: { "@id": string }) => c["@id"].endsWith("/literature/han-jian-2020a/")));
  assert.ok(ld.citation.some((c: { author: { "@type": string; name: string }[] }) => c.author[0]["@type"] === "Organization" && c.author[0].name === "杭州海关课题组"));
  const about = ld.about.map((x: { url: string }) => x.url.replace(/^.*\/ftas\//, ""));
  for (const id of ["rcep/", "cptpp/", "usmca/", "china-korea/"]) assert.ok(about.includes(id), id);
  assert.equal(ld.mentions.filter((m: { "@type": string }) => m["@type"] === "City").length, 5);
  assert.equal(ld.datePublished, undefined);
  const untitled = ld.citation.find((c: { "@id": string }) => c["@id"].endsWith("/literature/liu-bin-2018/"));
  assert.equal(untitled.name, undefined, "a work without a title is not named by its in-text wording");
});

test("an inferred identification is flagged wherever the work is listed, and explained on its page", async () => {
  const flagged = (d: Document) => [...d.querySelectorAll("a.inferred-mark")].map((a) => a.getAttribute("href"));
  assert.deepEqual(flagged(doc), ["/literature/han-jian-2020a/#inferred"], "the paper's reference list flags han-jian-2020a and nothing else");
  assert.match(doc.querySelector("a.inferred-mark")!.getAttribute("aria-label")!, /^推定（论文未载题名/);
  const list = parseHTML(await read("literature/index.html")).document as unknown as Document;
  assert.deepEqual(flagged(list), ["/literature/han-jian-2020a/#inferred"]);
  const work = parseHTML(await read("literature/han-jian-2020a/index.html")).document;
  assert.match(work.getElementById("inferred")!.textContent!, /^推定：论文只写“韩剑（2020）”/);
  assert.equal(parseHTML(await read("literature/han-jian-2020b/index.html")).document.getElementById("inferred"), null);
  const csl = JSON.parse(await read("literature/han-jian-2020a/cite.json"));
  assert.equal(csl[0].inferred, undefined, "our flag is not a CSL field");
});

test("the reference list carries one COinS span per work, for Zotero", async () => {
  const list = parseHTML(await read("literature/index.html")).document;
  const works = JSON.parse(await readFile(path.join(ROOT, "_data", "literature.json"), "utf8"));
  const spans = [...list.querySelectorAll("span.Z3988")];
  assert.equal(spans.length, works.length);
  const kev = new URLSearchParams(spans.find((s) => s.closest("li")?.id === "han-jian-2020a")!.getAttribute("title")!);
  assert.equal(kev.get("ctx_ver"), "Z39.88-2004");
  assert.equal(kev.get("rft_val_fmt"), "info:ofi/fmt:kev:mtx:journal");
  assert.equal(kev.get("rft.atitle"), "企业利用FTA出口的影响因素分析");
  assert.deepEqual(kev.getAll("rft.au"), ["岳文", "韩剑"]);
  const unknown = new URLSearchParams(spans.find((s) => s.closest("li")?.id === "liu-bin-2018")!.getAttribute("title")!);
  assert.equal(unknown.get("rft_val_fmt"), "info:ofi/fmt:kev:mtx:dc", "an unknown type claims no genre");
  assert.equal(unknown.get("rft.date"), "2018");
  assert.equal(unknown.get("rft.title"), null, "no title where the source gives none (not the in-text 刘斌（2018）)");
});

test("the .bib and .ris downloads read back through Citation.js with the same works", async () => {
  const works = JSON.parse(await readFile(path.join(ROOT, "_data", "literature.json"), "utf8"));
  for (const file of ["literature/references.bib", "literature/references.ris"]) {
    const items = new Cite(await read(file)).data as { title?: string; issued?: { "date-parts": number[][] } }[];
    assert.equal(items.length, works.length, file);
    assert.ok(items.some((i) => i.title === "企业利用FTA出口的影响因素分析"), `${file} keeps the Chinese title`);
    assert.deepEqual(items.map((i) => i.issued?.["date-parts"][0][0]).sort(), works.map((w: { issued: { "date-parts": number[][] } }) => w.issued["date-parts"][0][0]).sort());
  }
  const paper = new Cite(await read("papers/local-fta-strategy/cite.bib")).data[0] as { title: string; author: { family: string }[] };
  assert.equal(paper.title, "地方推进落实国家FTA战略的路径研究");
  assert.equal(paper.author.length, 3);
  const json = JSON.parse(await read("papers/local-fta-strategy/cite.json"));
  assert.equal(json[0].title, "地方推进落实国家FTA战略的路径研究");
  // The site the paper is read on, which Citation.js leaves out of both: Zotero's Website Title from RIS.
  const site = JSON.parse(await readFile(path.join(ROOT, "_data", "site.json"), "utf8")).title;
  assert.equal(json[0]["container-title"], site);
  assert.match(await read("papers/local-fta-strategy/cite.ris"), new RegExp(`^TY  - ELEC$[\\s\\S]*^T2  - ${site}$`, "m"));
  assert.match(await read("papers/local-fta-strategy/cite.bib"), new RegExp(`^\\s*howpublished = \\{${site}\\},$`, "m"));
  assert.doesNotMatch(await read("literature/han-jian-2020a/cite.bib"), /howpublished/, "a journal article has its journal");
});

test("the cite box shows GB/T 7714 and APA as text a reader can select without JavaScript; GB/T leaves the 引用日期 to the reader", () => {
  const gbt = doc.querySelector("#cite-gbt-text")!.textContent!;
  assert.match(gbt, /^刘晓玲, 黄卫勇, 许晓芹\. 地方推进落实国家FTA战略的路径研究\[EB\/OL\]\. \[引用日期\]\. https?:\/\/\S+\/papers\/local-fta-strategy\/\.$/);
  assert.match(doc.querySelector("#cite-apa-text")!.textContent!, /^刘晓玲, 黄卫勇, & 许晓芹\./);
  assert.ok(doc.querySelector("#cite-bibtex-text")!.textContent!.startsWith("@"));
  for (const b of doc.querySelectorAll("#cite button.copy")) assert.ok(b.hasAttribute("hidden"), "copy buttons appear only with JavaScript");
  const refs = [...doc.querySelectorAll(".references li")].map((li) => li.textContent!.trim());
  assert.equal(refs.length, 9);
  assert.ok(refs.includes("杭州海关课题组, 2019."), "a corporate author with only a year: nothing invented");
  const online = refs.find((r) => r.startsWith("岳文, 韩剑"))!;
  assert.match(
    online,
    /^岳文, 韩剑, 2020\. 企业利用FTA出口的影响因素分析\[J\/OL\]\. 北京工商大学学报\(社会科学版\), 35\(2\)\. http/,
    "著者-出版年制, as the paper cites (韩剑（2020）): the year after the authors; no consultation date, none was recorded",
  );
  // Unnumbered, by author in pinyin order (韩 Han, 杭 Hang, 刘 Liu, … 张 Zhang), as GB/T orders such a list.
  assert.equal(doc.querySelector(".references ol"), null);
  const authors = refs.map((r) => r.split(/, \d{4}/)[0]!);
  assert.deepEqual(authors, [...authors].sort(new Intl.Collator("zh-CN-u-co-pinyin").compare));
  assert.equal(authors[0], "韩剑");
  assert.equal(authors.at(-1), "张军");
});

test("APA sets the journal and volume, and a web page's title, in italics: the only markup in an entry", async () => {
  const work = parseHTML(await read("literature/han-jian-2020a/index.html")).document;
  const apa = work.querySelector("#cite-apa-text")!;
  assert.deepEqual([...apa.querySelectorAll("i")].map((i) => i.textContent), ["北京工商大学学报(社会科学版)", "35"]);
  assert.match(apa.textContent!, /^岳文, & 韩剑\. \(2020\)\. 企业利用FTA出口的影响因素分析\. 北京工商大学学报\(社会科学版\), 35\(2\)\. http/);
  assert.deepEqual([...doc.querySelectorAll("#cite-apa-text i")].map((i) => i.textContent), ["地方推进落实国家FTA战略的路径研究"]);
  assert.equal(doc.querySelectorAll("#cite-gbt-text *").length, 0, "GB/T has no italics: plain text");
});

test("a work no source gives a title for says, in its cite box, that every format lacks one", async () => {
  const untitled = parseHTML(await read("literature/liu-bin-2018/index.html")).document;
  assert.match(untitled.querySelector("#cite .cite-incomplete")!.textContent!, /著录不完整.*题名/);
  assert.equal(untitled.querySelector("#cite-gbt-text")!.textContent, "刘斌. 2018.");
  const titled = parseHTML(await read("literature/han-jian-2020a/index.html")).document;
  assert.equal(titled.querySelector(".cite-incomplete"), null);
});

test("引用本段 gives the paragraph as the locator before the date consulted, and the paragraph's URL", () => {
  assert.match(
    doc.querySelector("article[data-cite-paragraph]")!.getAttribute("data-cite-paragraph")!,
    /^刘晓玲, 黄卫勇, 许晓芹\. 地方推进落实国家FTA战略的路径研究\[EB\/OL\]\. 第\{n\}段\[引用日期\]\. https?:\/\/\S+\/papers\/local-fta-strategy\/#p\{n\}\.$/,
  );
});
