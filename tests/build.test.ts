import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";

import { parseHTML } from "linkedom";

import { buildRealSite, ROOT } from "./helpers/project.ts";

let site: Awaited<ReturnType<typeof buildRealSite>>;
let doc: Document;

async function page(url: string): Promise<Document> {
  const file = path.join(site.outDir, url, url.endsWith(".html") ? "" : "index.html");
  return parseHTML(await readFile(file, "utf8")).document as unknown as Document;
}

const logged: string[] = [];
before(async () => {
  site = await buildRealSite({ log: (line) => logged.push(line) });
  doc = await page("papers/local-fta-strategy/");
});
after(() => site.cleanup());

test("the reading page says it is Chinese, for readers, screen readers and Pagefind", () => {
  assert.equal(doc.documentElement.getAttribute("lang"), "zh-CN");
});

test("the page has one h1 and it is the full, restored title", () => {
  const h1s = doc.querySelectorAll("h1");
  assert.equal(h1s.length, 1);
  assert.equal(h1s[0].firstChild?.textContent, "地方推进落实国家FTA战略的路径研究");
});

test("authors and their affiliation head the paper", () => {
  assert.match(doc.querySelector("#authors")?.textContent ?? "", /^刘晓玲、黄卫勇、许晓芹/);
  assert.match(doc.querySelector(".paper-meta")?.textContent ?? "", /义乌工商职业技术学院/);
});

test("the abstract comes before the introduction", () => {
  const html = doc.querySelector("article")!.innerHTML;
  const abstract = html.indexOf("以自贸协定（FTA）为代表");
  const intro = html.indexOf("当前，我国扩大开放进入了新阶段");
  assert.ok(abstract > 0 && intro > abstract, "abstract first, then ¶1");
  assert.match(doc.querySelector("#p1")?.textContent ?? "", /当前，我国扩大开放进入了新阶段/);
});

test("no page repeats an id", async () => {
  for (const url of ["", "about/", "search/", "papers/local-fta-strategy/", "404.html"]) {
    const ids = [...(await page(url)).querySelectorAll("[id]")].map((el) => el.id);
    assert.equal(new Set(ids).size, ids.length, `${url}: duplicate ids ${ids.filter((id, i) => ids.indexOf(id) !== i)}`);
  }
});

test("paragraphs run p1…pN in reading order, each with its ¶ permalink", () => {
  const paras = [...doc.querySelectorAll(".paper-body p[id]")].map((p) => p.id);
  assert.ok(paras.length >= 6);
  assert.deepEqual(paras, paras.map((_, i) => `p${i + 1}`));
  for (const p of doc.querySelectorAll(".paper-body p[id]")) {
    assert.equal(p.querySelector("a.pnum")?.getAttribute("href"), `#${p.id}`, `¶ permalink of ${p.id}`);
  }
});

test("headings keep the paper's numbering at their real levels, with ids from it", () => {
  const heads = [...doc.querySelectorAll(".paper-body h2, .paper-body h3, .paper-body h4")].map((h) => `${h.tagName} ${h.id} ${h.textContent!.slice(0, 4)}`);
  assert.deepEqual(heads, [
    "H2 sec-1 一、地方",
    "H2 sec-2 二、地方",
    "H3 sec-2-1 （一）以",
    "H3 sec-2-2 （二）F",
    "H2 sec-3 三、地方",
    "H3 sec-3-1 （一）内",
    "H4 sec-3-1-1 1.通过",
  ]);
});

test("every table-of-contents link resolves to a heading on the page", () => {
  const links = [...doc.querySelectorAll(".toc a")];
  assert.equal(links.length, 7);
  for (const a of links) {
    const id = a.getAttribute("href")!.slice(1);
    const target = doc.getElementById(id);
    assert.ok(target && /^H[2-4]$/.test(target.tagName), `TOC link #${id}`);
    assert.equal(target.textContent, a.textContent);
  }
});

test("the page ends where the source ends, and says so", () => {
  const body = doc.querySelector(".paper-body")!;
  assert.equal(body.lastElementChild?.textContent, "1.通过落实FTA战略，拓展地");
  assert.match(doc.querySelector(".truncated")?.textContent ?? "", /来源文本.*中断/s);
});

test("the OCR source the 校勘记 points to is published beside the paper, unchanged", async () => {
  const link = [...doc.querySelectorAll(".corrections a")].find((a) => a.getAttribute("href")!.endsWith(".txt"));
  assert.ok(link, "the 校勘记 links to the source text");
  const published = await readFile(path.join(site.outDir, link.getAttribute("href")!), "utf8");
  assert.equal(published, await readFile(path.join(ROOT, "content", link.getAttribute("href")!), "utf8"));
});

test("the 校勘记 lists every correction, and each repaired spot links to its entry", () => {
  const entries = [...doc.querySelectorAll(".corrections-list > li")];
  assert.equal(entries.length, 6);
  for (const li of entries) {
    const refs = doc.querySelectorAll(`a.corr-ref[href="#${li.id}"]`);
    assert.ok(refs.length >= 1, `${li.id} is linked from the text`);
    const at = li.querySelector("dd a")!.getAttribute("href")!.slice(1);
    assert.ok(doc.getElementById(at), `${li.id} points at #${at}`);
  }
  // Numbered in reading order, so a reader meets 校1, 校2, … down the page, as the list counts them.
  const marks = [...doc.querySelectorAll("main a.corr-ref")].map((a) => a.textContent);
  assert.deepEqual([...new Set(marks)], entries.map((_, i) => `校${i + 1}`));
  assert.match(doc.querySelector("#corr-k3")!.textContent!, /摘要院以[\s\S]*摘要：以/);
  // A moved passage is named by where it starts and ends, not quoted as if it were one run of text.
  assert.match(doc.querySelector("#corr-k5 del")!.textContent!, /^自“地方推进落实国家FTA战略的路径研究”至“[^”]+”$/);
  assert.match(doc.querySelector(".corrections p")!.textContent!, /按顺序施行/, "later entries quote the text as earlier ones left it, and the list says so");
});

test("the paper and the entity pages are indexed for search; lists, navigation and chrome are not", async () => {
  const count = async (file: string) => JSON.parse(await readFile(path.join(ROOT, "_data", file), "utf8")).length as number;
  assert.equal(site.pagesIndexed, 1 + (await count("ftas.json")) + (await count("cities.json")) + (await count("literature.json")));
  for (const url of ["", "about/", "search/", "ftas/", "cities/", "literature/", "data/"]) {
    assert.equal((await page(url)).querySelector("[data-pagefind-body]"), null, `${url || "/"} is not indexed`);
  }
  assert.ok(doc.querySelector("article[data-pagefind-body]"));
  assert.equal(doc.querySelector("header.site-header [data-pagefind-body]"), null);
  const entry = JSON.parse(await readFile(path.join(site.outDir, "pagefind", "pagefind-entry.json"), "utf8"));
  assert.equal(Object.keys(entry.languages).length, 1, "one index for the whole site");
});

test("the index holds the paper's Chinese as words, split as the browser splits queries", async () => {
  const { segmentText } = await import("../src/search/segment.ts");
  // Pagefind's fragments keep the indexed text: it must be the Intl.Segmenter split of the page's words.
  const fragments = await readdir(path.join(site.outDir, "pagefind", "fragment"));
  const { gunzipSync } = await import("node:zlib");
  const texts = await Promise.all(fragments.map(async (f) => gunzipSync(await readFile(path.join(site.outDir, "pagefind", "fragment", f))).toString("utf8").replace(/^pagefind_dcd/, "")));
  const paper = texts.map((t) => JSON.parse(t)).find((f) => f.url === "/papers/local-fta-strategy/");
  assert.ok(paper, "the paper's fragment");
  assert.ok(paper.content.includes(segmentText("杭州海关课题组").trim()), "杭州海关课题组 indexed as its words");
  assert.ok(!paper.content.includes("¶"), "no ¶ marks in the index");
});

test("the home page lists the paper with its authors", async () => {
  const home = await page("");
  const item = home.querySelector(".paper-list li");
  assert.equal(item?.querySelector("a")?.getAttribute("href"), "/papers/local-fta-strategy/");
  assert.match(item?.textContent ?? "", /刘晓玲、黄卫勇、许晓芹/);
  assert.match(item?.querySelector(".paper-list__abstract")?.textContent ?? "", /^以自贸协定.*。$/, "the abstract's opening sentences, not a cut mid-word");
  // /papers/ lists them too, as /ftas/ and /literature/ list theirs: a reader trimming a paper's URL lands on it.
  const papers = await page("papers/");
  assert.equal(papers.querySelector("h1")?.textContent, "论文");
  assert.deepEqual([...papers.querySelectorAll(".paper-list h2 a")].map((a) => a.getAttribute("href")), ["/papers/local-fta-strategy/"]);
  // …and is reached from the navigation and from a paper's kicker, as the other sections are.
  assert.equal(papers.querySelector('.site-nav a[href="/papers/"]')?.getAttribute("aria-current"), "page");
  const paperPage = await page("papers/local-fta-strategy/");
  assert.equal(paperPage.querySelector('.site-nav a[href="/papers/"]')?.getAttribute("aria-current"), "true");
  assert.ok(paperPage.querySelector('.paper-kicker a[href="/papers/"]'));
});

test("a record's notes name their data field for data users, in English and out of the search index", async () => {
  const city = await page("cities/qingdao/");
  const fields = [...city.querySelectorAll(".notes dt code")];
  assert.ok(fields.length);
  for (const code of fields) {
    assert.equal(code.getAttribute("lang"), "en");
    assert.ok(code.hasAttribute("data-pagefind-ignore"), "excerpts read 坐标：…, not 坐标coordinates：…");
  }
});

test("every page has a search form that works without JavaScript", async () => {
  for (const url of ["", "about/", "search/", "papers/local-fta-strategy/", "404.html"]) {
    const form = (await page(url)).querySelector("header form[role=search]");
    assert.equal(form?.getAttribute("action"), "/search/", url);
    assert.equal(form?.getAttribute("method"), "get");
    assert.ok(form?.querySelector("input[name=q]"));
  }
});

test("the page shows exactly the transcription's words: headings and paragraphs, no more, no less", async () => {
  const { default: matter } = await import("gray-matter");
  const { createMarkdown } = await import("../src/markdown/index.ts");
  const { blocksText } = await import("../src/markdown/inline-text.ts");
  const literature = JSON.parse(await readFile(path.join(ROOT, "_data", "literature.json"), "utf8"));
  const md = matter(await readFile(path.join(ROOT, "content", "papers", "local-fta-strategy", "index.md"), "utf8"));
  const expected = blocksText(createMarkdown().parse(md.content, { literature }), literature).replace(/\s+/g, "");
  const body = doc.querySelector(".paper-body")!.cloneNode(true) as Element;
  for (const el of body.querySelectorAll("[data-editorial]")) el.remove();
  assert.equal(body.textContent!.replace(/\s+/g, ""), expected);
});

test("the build log follows each phase: start, progress by tenths up to every page, time", () => {
  for (const phase of ["validate", "render", "scripts", "index", "publish"]) {
    assert.ok(logged.includes(`▸ ${phase}…`), `${phase} starts`);
    assert.ok(logged.some((l) => new RegExp(`^  ${phase} done in \\d+ ms$`).test(l)), `${phase} ends with its time`);
  }
  const counts = (phase: string) => logged.map((l) => new RegExp(`^  ${phase}: (\\d+) of (\\d+) pages(?: read)? \\((\\d+)%\\)$`).exec(l)).filter((m) => m !== null);
  for (const phase of ["render", "index"]) {
    const lines = counts(phase);
    assert.equal(lines.length, 10, `${phase}: one line per tenth`);
    lines.forEach((m, i) => assert.ok(Number(m[3]) >= (i + 1) * 10, `${phase}: line ${i + 1} is at least ${(i + 1) * 10}%`));
    assert.equal(lines.at(-1)![1], lines.at(-1)![2], `${phase} reaches every page`);
  }
  assert.equal(Number(counts("render").at(-1)![2]), site.pages, "render counts the pages written");
  assert.ok(logged.some((l) => /^  render: data ready, \d+ pages to write$/.test(l)));
  assert.ok(logged.some((l) => /^  index: writing pagefind\/ \(from \d+ pages read\)$/.test(l)));
});
