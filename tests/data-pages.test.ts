import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";

import { parse } from "csv-parse/sync";
import { parseHTML } from "linkedom";

import { sourceView } from "../src/entities/source-title.ts";
import { buildRealSite, ROOT } from "./helpers/project.ts";

let site: Awaited<ReturnType<typeof buildRealSite>>;
const data = async (name: string) => JSON.parse(await readFile(path.join(ROOT, "_data", `${name}.json`), "utf8"));
const page = async (url: string) => parseHTML(await readFile(path.join(site.outDir, url, "index.html"), "utf8")).document;

before(async () => {
  site = await buildRealSite();
});
after(() => site.cleanup());

test("every citation in the paper appears on its reference's page, linked back to its paragraph", async () => {
  const paper = await page("papers/local-fta-strategy/");
  const cites = [...paper.querySelectorAll("a.cite")];
  assert.equal(cites.length, 9, "the paper's nine in-text citations");
  for (const a of cites) {
    const para = a.closest("p[id]")!.id;
    const target = await page(a.getAttribute("href")!.slice(1));
    const backlinks = [...target.querySelectorAll(".backlinks a")].map((l) => l.getAttribute("href"));
    assert.ok(backlinks.includes(`/papers/local-fta-strategy/#${para}`), `${a.getAttribute("href")} lists ${para}`);
    assert.equal(target.querySelector("h1")?.textContent, a.textContent, "the page is titled as the paper cites it");
  }
});

test("every agreement or city the paper names lists that paragraph on its page", async () => {
  const paper = await page("papers/local-fta-strategy/");
  const mentions = [...paper.querySelectorAll("a.mention")];
  assert.ok(mentions.length >= 12);
  for (const a of mentions) {
    const para = a.closest("p[id]")!.id;
    const target = await page(a.getAttribute("href")!.slice(1));
    const links = [...target.querySelectorAll(".backlinks li")];
    const hit = links.find((li) => li.querySelector("a")?.getAttribute("href") === `/papers/local-fta-strategy/#${para}`);
    assert.ok(hit, `${a.getAttribute("href")} lists ${para}`);
    assert.ok(hit.querySelector("mark"), "the excerpt marks the name");
  }
  // 中韩自贸协定 stands inside a longer platform name in ¶2: the agreement still gets its backlink.
  const korea = await page("ftas/china-korea/");
  assert.ok([...korea.querySelectorAll(".backlinks a")].some((l) => l.getAttribute("href")?.endsWith("#p2")));
});

test("the agreements table lists every record with its dates, and each has a page with sources", async () => {
  const ftas = await data("ftas");
  const list = await page("ftas/");
  const rows = [...list.querySelectorAll("#fta-table tbody tr")];
  assert.equal(rows.length, ftas.length);
  for (const f of ftas) {
    const row = rows.find((r) => r.querySelector("th a")?.getAttribute("href") === `/ftas/${f.id}/`);
    assert.ok(row, `${f.id} in the table`);
    assert.equal(row.querySelectorAll("td")[2].getAttribute("data-value"), f.signed ?? "");
    const doc = await page(`ftas/${f.id}/`);
    assert.equal(doc.querySelectorAll(".sources li").length, f.sources.length, `${f.id} sources`);
  }
  const signedTimes = [...list.querySelectorAll("#fta-table tbody tr td:nth-child(4)")].map((td) => td.getAttribute("data-value")).filter(Boolean);
  assert.deepEqual(signedTimes, [...signedTimes].sort(), "without JavaScript the table reads in order of signature");
});

test("a date known only to the month is shown to the month, and unknown dates say so", async () => {
  type Dated = { signed: string | null; inForce: string | null };
  const ftas = (await data("ftas")) as (Dated & { id: string; upgrades: Dated[] })[];
  const monthOnly = ftas.flatMap((f) => [f, ...f.upgrades].flatMap((r) => [r.signed, r.inForce].filter((d): d is string => /^\d{4}-\d{2}$/.test(d ?? "")).map((d) => [f.id, d] as const)));
  assert.ok(monthOnly.length, "the data holds a date known only to the month");
  for (const [id, d] of monthOnly) {
    const time = (await page(`ftas/${id}/`)).querySelector(`time[datetime="${d}"]`);
    assert.equal(time?.textContent, `${d.slice(0, 4)}年${Number(d.slice(5))}月`, `${id}: ${d}`);
  }
  const chile = await page("ftas/china-chile/");
  assert.equal(chile.querySelector('.facts time[datetime="2005-11-18"]')?.textContent, "2005年11月18日");
  const mongolia = await page("ftas/china-mongolia/");
  assert.match(mongolia.querySelector(".facts")!.textContent!, /签署：?\s*来源未载/);
});

test("the timeline draws one row per dated agreement, as links", async () => {
  const list = await page("ftas/");
  const svg = list.querySelector("figure.chart svg")!;
  const dated = (await data("ftas")).filter((f: { signed: string | null; inForce: string | null }) => f.signed || f.inForce);
  const hrefs = new Set([...svg.querySelectorAll("a")].map((a) => a.getAttribute("href")));
  for (const f of dated) assert.ok(hrefs.has(`/ftas/${f.id}/`), `timeline row for ${f.id}`);
  assert.ok(svg.querySelector("title")?.textContent);
});

test("the cities page maps every pilot with a link, and the paper's differing year is flagged", async () => {
  const cities = await data("cities");
  const doc = await page("cities/");
  const links = [...doc.querySelectorAll("figure svg a")].map((a) => a.getAttribute("href"));
  assert.deepEqual(links.sort(), cities.map((c: { id: string }) => `/cities/${c.id}/`).sort());
  const qingdao = await page("cities/qingdao/");
  assert.match(qingdao.body.textContent!, /论文所述年份与官方来源不同/);
});

test("the reference list shows what the source does not give as not given", async () => {
  const works = await data("literature");
  const doc = await page("literature/");
  assert.equal(doc.querySelectorAll(".reference-list > li").length, works.length);
  const liuBin = await page("literature/liu-bin-2018/");
  const title = [...liuBin.querySelectorAll(".facts div")].find((d) => d.querySelector("dt")?.textContent === "题名：");
  assert.equal(title?.querySelector("dd")?.textContent, "来源未载");
});

test("every data set downloads as the same JSON, as CSV with one row per record, and with its schema", async () => {
  for (const name of ["ftas", "cities", "literature", "editorial-notes"]) {
    const original = await data(name);
    assert.deepEqual(JSON.parse(await readFile(path.join(site.outDir, "data", `${name}.json`), "utf8")), original);
    const csv = await readFile(path.join(site.outDir, "data", `${name}.csv`), "utf8");
    assert.ok(csv.startsWith("\uFEFF"), "BOM for spreadsheets");
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const expected = name === "cities" ? original.reduce((n: number, c: { platforms: unknown[] }) => n + c.platforms.length, 0) : original.length;
    assert.equal(rows.length, expected, `${name}.csv rows`);
    JSON.parse(await readFile(path.join(site.outDir, "data", "schemas", `${name}.schema.json`), "utf8"));
  }
  const doc = await page("data/");
  const dictionary = [...doc.querySelectorAll("#ds-ftas ~ details code")].map((c) => c.textContent);
  assert.ok(dictionary.includes("signed") && dictionary.includes("names.aliases"), "the data dictionary lists the schema's fields");
  const HAN = /\p{Script=Han}/u;
  for (const row of doc.querySelectorAll("table.dictionary tbody tr")) {
    const [name, , , description] = [...row.querySelectorAll("td")].map((td) => td.textContent!.trim());
    const field = row.querySelector("th")!.textContent;
    assert.ok(HAN.test(name) || /^[A-Z]{2,}$/.test(name), `${field}: the field's Chinese name (or an acronym such as DOI), got "${name}"`);
    assert.match(description, HAN, `${field}: a description in Chinese`);
  }
  const signed = [...doc.querySelectorAll("#ds-ftas ~ details tr")].find((r) => r.querySelector("th")?.textContent === "signed")!;
  assert.equal(signed.querySelector("td")!.textContent, "签署日期", "the field's own name, not its shared definition's");
});

test("a note names the field it is about in Chinese, beside the field's own name", async () => {
  const weihai = await page("cities/weihai/");
  const terms = [...weihai.querySelectorAll(".notes dt")].map((dt) => dt.textContent!.replace(/：$/, "").trim());
  const cities = await data("cities");
  const fields = cities.find((c: { id: string }) => c.id === "weihai").notes.map((n: { field: string }) => n.field);
  assert.equal(terms.length, fields.length);
  assert.ok(terms.includes("合作平台1 · 获批或设立年份、合作平台1 · 获批或设立日期 platforms[0].year、platforms[0].date"), terms.join(" / "));
  const work = await page("literature/han-jian-2020b/");
  assert.ok([...work.querySelectorAll(".notes dt")].some((dt) => dt.textContent!.replace(/：$/, "").trim() === "卷、期、页码、DOI、网址 volume, issue, page, DOI, URL"));
});

test("each editorial note stands after its paragraph, outside the paper's text, with its sources", async () => {
  const notes = await data("editorial-notes");
  const paper = await page("papers/local-fta-strategy/");
  for (const n of notes) {
    const aside = paper.getElementById(`note-${n.id}`)!;
    assert.equal(aside.previousElementSibling?.id, n.paragraph);
    assert.ok(aside.hasAttribute("data-pagefind-ignore"));
    assert.equal(aside.querySelectorAll(".ed-note__sources a").length, n.sources.filter((s: { url: string | null }) => s.url).length);
  }
});

test("each agreement, city, reference and paper page describes itself to search engines and link previews", async () => {
  const describe = async (url: string) => (await page(url)).querySelector('meta[name="description"]')!.getAttribute("content")!;
  const site = JSON.parse(await readFile(path.join(ROOT, "_data", "site.json"), "utf8"));
  const seen = new Set<string>();
  for (const url of ["ftas/china-korea/", "ftas/rcep/", "cities/qingdao/", "literature/han-jian-2020a/", "papers/local-fta-strategy/"]) {
    const d = await describe(url);
    assert.notEqual(d, site.description, `${url} has its own description`);
    assert.ok(!seen.has(d), `${url}: not another page's`);
    seen.add(d);
  }
  assert.match(await describe("ftas/china-korea/"), /签署于2015年6月1日，生效于2015年12月20日/);
  assert.match(await describe("papers/local-fta-strategy/"), /^以自贸协定（FTA）为代表的区域贸易自由化/);
  assert.equal(await describe("about/"), site.description);
});

test("a fact's label ends with a colon that search excerpts and screen readers get (hidden on screen): 省份：山东省, not 省份山东省", async () => {
  for (const url of ["cities/qingdao/", "ftas/rcep/", "literature/han-jian-2020a/"]) {
    const terms = [...(await page(url)).querySelectorAll("article dt")];
    assert.ok(terms.length > 3, url);
    for (const dt of terms) assert.equal(dt.lastElementChild?.outerHTML, '<span class="visually-hidden">：</span>', `${url}: ${dt.textContent}`);
  }
});

test("reader-facing details from the reader audit: no ¶ on our own prose, named count links, captioned dictionaries, a timeline key", async () => {
  const about = await page("about/");
  assert.equal(about.querySelectorAll("a.pnum, p[id^='p']").length, 0, "¶ numbers are for citing a paper, not the about page");
  assert.ok((await page("papers/local-fta-strategy/")).querySelectorAll("a.pnum").length > 0);
  const literature = await page("literature/");
  for (const a of literature.querySelectorAll(".reference-meta a")) assert.match(a.textContent!, /^引用段落：\d+$/, "a link is named for what it counts");
  const dataPage = await page("data/");
  for (const table of dataPage.querySelectorAll("table.dictionary")) {
    const scroll = table.closest(".table-scroll")!;
    assert.equal(scroll.getAttribute("tabindex"), "0", "a keyboard can scroll a wide table");
    assert.equal(dataPage.getElementById(scroll.getAttribute("aria-labelledby")!), table.querySelector("caption"));
    assert.match(table.querySelector("caption")!.textContent!, /数据字典/);
  }
  const ftas = await page("ftas/");
  assert.match(ftas.querySelector(".tl-legend")!.textContent!, /签署.*生效.*升级议定书/);
  assert.doesNotMatch(ftas.querySelector("#fta-timeline-desc, svg desc")!.textContent!, /菱形|与上表相同/);
});

test("a source's title in another language is marked with it; our bracketed note after it stays Chinese", async () => {
  const qingdao = await page("cities/qingdao/");
  const marked = [...qingdao.querySelectorAll(".sources [lang]")].map((e) => [e.getAttribute("lang"), e.textContent]);
  assert.ok(marked.some(([lang, text]) => lang === "en" && text === "Qingdao: Difference between revisions"), "the note （英文维基百科…） is outside the span");
  assert.ok(marked.some(([lang, text]) => lang === "ja" && /イノベーション/.test(text!)));
  const paper = await page("papers/local-fta-strategy/");
  assert.ok([...paper.querySelectorAll(".ed-note__sources [lang='en']")].length > 0, "editorial notes' sources too");
  for (const el of qingdao.querySelectorAll(".sources li")) {
    if (!el.querySelector("[lang]")) assert.match(el.querySelector("a")?.textContent ?? el.textContent!, /[\u3400-\u9fff]/, "an unmarked title is Chinese");
  }
});

test("only a bracket in Chinese at a title's end is our remark; a bracket in the title's language stays inside its mark", () => {
  const view = (title: string) => sourceView({ title, language: "en", supports: "x" });
  assert.deepEqual([view("Free trade（新华社）（镜像）").main, view("Free trade（新华社）（镜像）").note], ["Free trade", "（新华社）（镜像）"]);
  assert.deepEqual([view("SCIO press conference（Li Yongjie）").main, view("SCIO press conference（Li Yongjie）").note], ["SCIO press conference（Li Yongjie）", ""]);
  assert.equal(sourceView({ title: "中文题名（镜像）", supports: "x" }).note, "", "a Chinese title is not split");
});
