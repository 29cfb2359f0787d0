import assert from "node:assert/strict";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";

import { parseHTML } from "linkedom";

import { buildSite } from "../src/build.ts";
import { copyProject } from "./helpers/project.ts";

const ATTACK = `<script>alert("x")</script><img src=x onerror="alert(1)">"'&`;
let root: string;

before(async () => {
  root = await copyProject();
  const sitePath = path.join(root, "_data", "site.json");
  const site = JSON.parse(await readFile(sitePath, "utf8"));
  site.title = `文库${ATTACK}`;
  site.description = `简介${ATTACK}`;
  await writeFile(sitePath, JSON.stringify(site));
  // The same attack in the data sets the entity pages, citations and editorial notes show.
  const edit = async (name: string, change: (records: Record<string, any>[]) => void) => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const file = path.join(root, "_data", `${name}.json`);
    const records = JSON.parse(await readFile(file, "utf8"));
    change(records);
    await writeFile(file, JSON.stringify(records));
  };
  await edit("ftas", (r) => (r.find((f) => f.id === "rcep")!.names.en = `RCEP${ATTACK}`));
  // A field citeproc formats refuses the few tags it would set as formatting (<i>, <b>…:
  // build-errors.test.ts); any other markup, it escapes.
  await edit("literature", (r) => {
    const work = r.find((w) => w.id === "han-jian-2020a")!;
    // Stated, not inferred, so the paper's JSON-LD cites it too.
    delete work.inferred;
    work.title = `标题${ATTACK} a < b {{ 7*7 }} &lt;i&gt;`;
    work.notes[0].text = `说明${ATTACK}`;
  });
  await edit("editorial-notes", (r) => (r[0].text = `编者${ATTACK}`));
  await buildSite({ root });
});
after(() => rm(root, { recursive: true, force: true }));

test("markup and script in a data string render as text, in elements and in attributes", async () => {
  const html = await readFile(path.join(root, "_site", "index.html"), "utf8");
  const { document } = parseHTML(html);
  assert.equal(document.querySelectorAll("script:not([src])").length, 0, "no inline script was injected");
  assert.equal(document.querySelectorAll("img").length, 0, "no element was injected");
  assert.equal(document.querySelector(".site-title")?.textContent, `文库${ATTACK}`);
  assert.equal(document.querySelector('meta[name="description"]')?.getAttribute("content"), `简介${ATTACK}`);
  assert.match(html, /&lt;script&gt;/);
});

test("markup from data files stays text on entity pages, in citations, in notes and in metadata", async () => {
  const pages = ["ftas/rcep/index.html", "literature/han-jian-2020a/index.html", "literature/index.html", "papers/local-fta-strategy/index.html"];
  for (const file of pages) {
    const html = await readFile(path.join(root, "_site", file), "utf8");
    const { document } = parseHTML(html);
    assert.equal(document.querySelectorAll("script:not([src]):not([type='application/ld+json'])").length, 0, `${file}: no inline script`);
    assert.deepEqual([...document.querySelectorAll("img")].map((i) => i.outerHTML), [], `${file}: no injected element`);
    assert.ok(document.body.textContent!.includes(ATTACK), `${file} shows the text as written`);
  }
  const paper = await readFile(path.join(root, "_site", "papers/local-fta-strategy/index.html"), "utf8");
  const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(paper)![1];
  assert.ok(!ld.includes("</script"), "JSON-LD cannot close its script element");
  assert.equal(JSON.parse(ld).isPartOf.name, `文库${ATTACK}`);
  assert.ok(JSON.parse(ld).citation.some((c: { name: string }) => c.name === `标题${ATTACK} a < b {{ 7*7 }} &lt;i&gt;`));
  const work = parseHTML(await readFile(path.join(root, "_site", "literature/han-jian-2020a/index.html"), "utf8")).document;
  assert.equal(work.querySelector("dl.facts")?.textContent?.includes(`标题${ATTACK} a < b {{ 7*7 }} &lt;i&gt;`), true, "the title as written");
  for (const style of ["gbt", "apa"]) {
    const entry = work.querySelector(`#cite-${style}-text`)!;
    assert.match(entry.textContent!, /标题<script>alert\(.x.\)<\/script><img src=x onerror=.alert\(1\).>.* a < b \{\{ 7\*7 \}\} &lt;i&gt;/, `${style}: the markup shown as text`);
    assert.deepEqual([...entry.querySelectorAll("*")].map((e) => e.tagName), style === "apa" ? ["I", "I"] : [], `${style}: no markup but the style's italics`);
  }
});

test("a page title from data is escaped once: the tab shows the characters, not entities", async () => {
  const { document } = parseHTML(await readFile(path.join(root, "_site", "literature/han-jian-2020a/index.html"), "utf8"));
  assert.equal(document.querySelector("title")?.textContent, `韩剑（2020）：标题${ATTACK} a < b {{ 7*7 }} &lt;i&gt; · 文库${ATTACK}`);
});
