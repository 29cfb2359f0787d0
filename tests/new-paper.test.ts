import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { access, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { promisify } from "node:util";

import matter from "gray-matter";
import { parseHTML } from "linkedom";

import { buildSite } from "../src/build.ts";
import { InputError } from "../src/data/errors.ts";
import { validateInput } from "../src/data/validate.ts";
import { copyProject } from "./helpers/project.ts";

const run = promisify(execFile);
let root: string;
before(async () => {
  root = await copyProject();
});
after(() => rm(root, { recursive: true, force: true }));

// A second paper's OCR source: header block, hard line breaks, a citation of a work already in the data.
// It words the citation its own way (刘斌等（2018）), which the paper keeps with @{key|words}.
const SOURCE = "城市开放\n\n研究\n\n王明\n\n某某大学\n\n摘要：城市承接\n\n国家战略。\n\n一、引言\n\n刘斌等（2018）认为\n\n青岛的经验值得借鉴。\n";

test("new-paper scaffolds a folder that validation then explains, and a filled-in paper is published with no config change", async () => {
  await writeFile(path.join(root, "ocr.txt"), SOURCE);
  const { stdout } = await run(process.execPath, ["--import", "tsx", "src/new-paper.ts", "city-opening", "ocr.txt"], { cwd: root });
  assert.match(stdout, /created content\/papers\/city-opening\//);

  // Placeholders in the front matter do not match the source: validation says where.
  await assert.rejects(validateInput(root), (e: InputError) => /city-opening\/index\.md: the transcription differs from the source/.test(e.message));

  const file = path.join(root, "content", "papers", "city-opening", "index.md");
  const draft = matter(await readFile(file, "utf8"));
  assert.equal(draft.data.source, "ocr.txt");
  // A known year and journal, so no yearNote.
  const { yearNote: _none, ...scaffolded } = draft.data;
  const fm = { ...scaffolded, title: "城市开放研究", authors: [{ name: "王明", affiliation: "某某大学" }], abstract: "城市承接国家战略。", year: 2022, container: "城市研究" };
  await writeFile(file, matter.stringify("\n## 一、引言\n\n@{liu-bin-2018|刘斌等（2018）}认为青岛的经验值得借鉴。\n", fm));

  // A work added to the data ahead of the paper that will cite it: published, and pointed out.
  const litFile = path.join(root, "_data", "literature.json");
  const literature = JSON.parse(await readFile(litFile, "utf8"));
  literature.push({ ...literature.find((w: { id: string }) => w.id === "liu-bin-2018"), id: "zhao-yi-2020", author: [{ family: "赵", given: "一" }], citedAs: "赵一（2020）" });
  await writeFile(litFile, `${JSON.stringify(literature, null, 2)}\n`);
  const report = await buildSite({ root });
  assert.deepEqual(report.uncitedWorks, ["zhao-yi-2020"]);
  const home = parseHTML(await readFile(path.join(root, "_site", "index.html"), "utf8")).document;
  const titles = [...home.querySelectorAll(".paper-list h3 a")].map((a) => a.textContent);
  assert.deepEqual(titles.sort(), ["地方推进落实国家FTA战略的路径研究", "城市开放研究"].sort());
  assert.ok([...home.querySelectorAll(".paper-list__meta")].some((m) => m.textContent!.includes("2022，城市研究")), "the list gives year and journal");
  // Its journal is searched (a paper whose journal the source does not give has nothing there to search).
  const paperPage = parseHTML(await readFile(path.join(root, "_site", "papers", "city-opening", "index.html"), "utf8")).document;
  const journal = [...paperPage.querySelectorAll(".paper-meta dd")].find((dd) => dd.textContent!.includes("城市研究"))!;
  assert.ok(journal.closest("[data-pagefind-body]") && !journal.closest("[data-pagefind-ignore]"), "the journal is in the indexed text");
  // The shared literature page now lists citing paragraphs from both papers.
  const ref = parseHTML(await readFile(path.join(root, "_site", "literature", "liu-bin-2018", "index.html"), "utf8")).document;
  const citing = [...ref.querySelectorAll(".backlinks a")].map((a) => a.getAttribute("href"));
  assert.ok(citing.includes("/papers/city-opening/#p1"));
  assert.ok(citing.includes("/papers/local-fta-strategy/#p3"));
  const marked = [...ref.querySelectorAll(".backlinks mark")].map((m) => m.textContent);
  assert.ok(marked.includes("刘斌等（2018）") && marked.includes("刘斌（2018）"), "each paper's excerpt marks the citation in that paper's words");
  const qingdao = parseHTML(await readFile(path.join(root, "_site", "cities", "qingdao", "index.html"), "utf8")).document;
  assert.ok([...qingdao.querySelectorAll(".backlinks a")].some((a) => a.getAttribute("href") === "/papers/city-opening/#p1"));
});

test("new-paper refuses a slug that is not URL-safe, or one that exists", async () => {
  await assert.rejects(run(process.execPath, ["--import", "tsx", "src/new-paper.ts", "Bad Slug"], { cwd: root }), /usage: npm run new-paper/);
  await assert.rejects(run(process.execPath, ["--import", "tsx", "src/new-paper.ts", "local-fta-strategy"], { cwd: root }), /already exists/);
});

test("new-paper with a source it cannot read says so and creates nothing, so the corrected command then works", async () => {
  await assert.rejects(run(process.execPath, ["--import", "tsx", "src/new-paper.ts", "typo-source", "no-such-ocr.txt"], { cwd: root }), /cannot read the OCR source no-such-ocr\.txt: no such file/);
  await assert.rejects(access(path.join(root, "content", "papers", "typo-source")), /ENOENT/);
});

test("new-paper saves a source whose name cannot be part of a URL as source.txt, which the schema accepts", async () => {
  await writeFile(path.join(root, "论文 OCR.txt"), "第一段。\n第二段。\n");
  const { stdout } = await run(process.execPath, ["--import", "tsx", "src/new-paper.ts", "odd-source-name", "论文 OCR.txt"], { cwd: root });
  assert.match(stdout, /with index\.md, corrections\.json and source\.txt/);
  const dir = path.join(root, "content", "papers", "odd-source-name");
  assert.equal(await readFile(path.join(dir, "source.txt"), "utf8"), "第一段。\n第二段。\n");
  assert.equal(matter(await readFile(path.join(dir, "index.md"), "utf8")).data.source, "source.txt");
  await rm(dir, { recursive: true });
});

test("new-paper without a source asks for one, and validation names an empty source instead of listing every word as a difference", async () => {
  const { stdout } = await run(process.execPath, ["--import", "tsx", "src/new-paper.ts", "no-source-yet"], { cwd: root });
  assert.match(stdout, /0\. Paste the paper's OCR text into source\.txt/);
  const dir = path.join(root, "content", "papers", "no-source-yet");
  await assert.rejects(validateInput(root), (e: InputError) => /no-source-yet\/source\.txt: the OCR source is empty: paste the paper's source text into it/.test(e.message) && !/no-source-yet\/index\.md: the transcription differs/.test(e.message));
  await rm(dir, { recursive: true });
});

test("new-paper's draft body keeps the spaces between Latin words and drops those around Chinese", async () => {
  await writeFile(path.join(root, "en.txt"), "Local Cities and\nthe RCEP: 国家 FTA 战略\n的路径\n");
  await run(process.execPath, ["--import", "tsx", "src/new-paper.ts", "latin-draft", "en.txt"], { cwd: root });
  const dir = path.join(root, "content", "papers", "latin-draft");
  assert.equal(matter(await readFile(path.join(dir, "index.md"), "utf8")).content.trim(), "Local Cities and the RCEP:国家FTA战略的路径");
  await rm(dir, { recursive: true });
});

test("a paper's keywords are part of what its source must hold: one the source lacks is refused", async () => {
  await writeFile(path.join(root, "kw.txt"), "城市开放\n\n再研究\n\n王明\n\n摘要：城市承接国家战略。\n\n关键词：城市；开放\n\n一、引言\n\n青岛的经验值得借鉴。\n");
  await run(process.execPath, ["--import", "tsx", "src/new-paper.ts", "kw-paper", "kw.txt"], { cwd: root });
  const dir = path.join(root, "content", "papers", "kw-paper");
  const file = path.join(dir, "index.md");
  const fm = { ...matter(await readFile(file, "utf8")).data, title: "城市开放再研究", authors: [{ name: "王明", affiliation: null }], abstract: "城市承接国家战略。", keywords: ["城市", "开放"] };
  await writeFile(file, matter.stringify("\n## 一、引言\n\n青岛的经验值得借鉴。\n", fm));
  await validateInput(root);
  await writeFile(file, matter.stringify("\n## 一、引言\n\n青岛的经验值得借鉴。\n", { ...fm, keywords: ["城市", "开发"] }));
  await assert.rejects(validateInput(root), (e: InputError) => /kw-paper\/index\.md: the transcription differs from the source[^\n]*关键词/.test(e.message));
  await rm(dir, { recursive: true });
});
