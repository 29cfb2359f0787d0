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
