import assert from "node:assert/strict";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";

import { formatCitationsAhead, takeCitationsAhead } from "../../src/entities/citations-ahead.ts";
import { apaEntries, citedRecords, formatCitations } from "../../src/entities/citations.ts";
import { loadSiteModel } from "../../src/entities/load.ts";
import { siteUrl } from "../../src/eleventy/site-url.ts";
import { copyProject, ROOT } from "../helpers/project.ts";

const TITLE = "地方FTA战略研究";

test("the worker formats exactly the APA entries this thread would", async () => {
  formatCitationsAhead(ROOT, 0);
  const ahead = await takeCitationsAhead(ROOT);
  assert.ok(ahead, "the worker answered");
  const model = await loadSiteModel(ROOT);
  const site = JSON.parse(await readFile(path.join(ROOT, "_data", "site.json"), "utf8"));
  const here = apaEntries(citedRecords(model.papers, model.data.literature, siteUrl(ROOT), site.title));
  assert.deepEqual(ahead, here);
  assert.equal(ahead.works.length, model.data.literature.length);
  assert.match(ahead.papers[0]!, /刘/);
  assert.equal(takeCitationsAhead(ROOT), undefined, "a result is taken once");
});

test("a small project formats its citations itself: a worker would cost more than it saves", () => {
  formatCitationsAhead(ROOT);
  assert.equal(takeCitationsAhead(ROOT), undefined);
});

test("entries made from other records than the validated ones are not used", async () => {
  const model = await loadSiteModel(ROOT);
  const records = citedRecords(model.papers, model.data.literature, siteUrl(ROOT), TITLE);
  // As if a work's title changed between the worker's read and validation's.
  const stale = apaEntries({ ...records, works: records.works.map((w, i) => (i === 0 ? { ...w, title: "旧标题" } : w)) });
  const views = await formatCitations(model, siteUrl(ROOT), TITLE, Promise.resolve(stale)).views;
  const first = records.works[0]!;
  assert.doesNotMatch(views.works[first.id]!.apaHtml, /旧标题/);
  assert.equal(views.works[first.id]!.apaHtml, apaEntries(records).works[0]);
  const fresh = await formatCitations(model, siteUrl(ROOT), TITLE, Promise.resolve(null)).views;
  assert.deepEqual(views, fresh, "a failed worker (null) and stale entries give the same views");
});

test("a worker that cannot read the project yields null, not an error", async () => {
  const dir = await copyProject();
  try {
    await writeFile(path.join(dir, "_data", "literature.json"), "{ not json");
    formatCitationsAhead(dir, 0);
    assert.equal(await takeCitationsAhead(dir), null);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("the downloads come at once; a failure making the views waits, handled, for whoever asks for them", async () => {
  const model = await loadSiteModel(ROOT);
  const works = model.data.literature;
  // Two works with one id: Citation.js keeps one entry per id, so formatting refuses.
  const broken = { ...model, data: { ...model.data, literature: [...works, works[0]!] } };
  const citations = formatCitations(broken, siteUrl(ROOT), TITLE, Promise.resolve(null));
  assert.ok(citations.files.some((f) => f.url === "/literature/references.bib"), "the files are there before the views");
  // Let the views fail before anyone awaits them, as while Eleventy computes its other global data.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await assert.rejects(citations.views, /duplicate id/);
});
