import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";

import yaml from "js-yaml";

import { absoluteUrl, siteUrl } from "../../src/eleventy/site-url.ts";
import { pathPrefix } from "../../src/eleventy/path-prefix.ts";
import { htmlFiles } from "../../src/fs/site-files.ts";
import { buildRealSite, ROOT } from "../helpers/project.ts";

let site: Awaited<ReturnType<typeof buildRealSite>>;
const read = (file: string) => readFile(path.join(site.outDir, file), "utf8");

before(async () => {
  process.env.SITE_URL = "https://example.github.io/fta-site";
  site = await buildRealSite({ pathPrefix: "/fta-site/" });
});
after(async () => {
  delete process.env.SITE_URL;
  await site.cleanup();
});

test("PATH_PREFIX is normalised to one leading and one trailing slash", () => {
  assert.equal(pathPrefix(undefined), "/");
  assert.equal(pathPrefix(""), "/");
  assert.equal(pathPrefix("fta-site"), "/fta-site/");
  assert.equal(pathPrefix("/fta-site"), "/fta-site/");
  assert.equal(pathPrefix("//fta-site//"), "/fta-site/");
});

test("the absolute base URL comes from one setting and keeps its path", () => {
  assert.equal(siteUrl(ROOT, "https://example.github.io/fta-site"), "https://example.github.io/fta-site/");
  assert.equal(absoluteUrl("/papers/x/", "https://example.github.io/fta-site/"), "https://example.github.io/fta-site/papers/x/");
});

test("under a prefix, every internal URL, asset and the search bundle path carry it once", async () => {
  const html = await read("papers/local-fta-strategy/index.html");
  assert.match(html, /href="\/fta-site\/assets\/site\.css"/);
  assert.match(html, /src="\/fta-site\/assets\/highlight\.js"/);
  assert.match(html, /action="\/fta-site\/search\/"/);
  assert.doesNotMatch(html, /\/fta-site\/fta-site\//);
  assert.doesNotMatch(html, /(href|src|action)="\/(?!fta-site\/)/, "no root-relative URL escapes the prefix");
  const search = await read("search/index.html");
  assert.match(search, /data-bundle="\/fta-site\/pagefind\/"/);
});

test("canonical links, sitemap and robots.txt use the absolute base URL", async () => {
  const html = await read("papers/local-fta-strategy/index.html");
  assert.match(html, /<link rel="canonical" href="https:\/\/example\.github\.io\/fta-site\/papers\/local-fta-strategy\/">/);
  const sitemap = await read("sitemap.xml");
  assert.match(sitemap, /^<\?xml/);
  assert.match(sitemap, /<loc>https:\/\/example\.github\.io\/fta-site\/papers\/local-fta-strategy\/<\/loc>/);
  assert.doesNotMatch(sitemap, /404|search\//, "no error or search page in the sitemap");
  assert.match(await read("robots.txt"), /Sitemap: https:\/\/example\.github\.io\/fta-site\/sitemap\.xml/);
  // Every page a reader can land on, the second agreement or city of a paginated template included.
  const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
  for (const file of await htmlFiles(site.outDir)) {
    if (file === "404.html" || /name="robots" content="noindex/.test(await read(file))) continue;
    const url = `https://example.github.io/fta-site/${file.replace(/index\.html$/, "")}`;
    assert.ok(listed.has(url), `${url} is in the sitemap`);
  }
});

test("404.html is in Chinese, has search, and .nojekyll is published", async () => {
  const html = await read("404.html");
  assert.match(html, /<html lang="zh-CN">/);
  assert.match(html, /找不到此页/);
  assert.match(html, /<form[^>]+action="\/fta-site\/search\/"/);
  assert.equal(await read(".nojekyll"), "");
});

test("the Pages workflow is valid YAML using the official actions, with the prefix from the repository", async () => {
  const wf = yaml.load(await readFile(path.join(ROOT, ".github/workflows/pages.yml"), "utf8")) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    concurrency: { group: string };
    jobs: Record<string, { steps: { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> }[] }>;
  };
  assert.deepEqual(Object.keys(wf.on).sort(), ["push", "workflow_dispatch"]);
  assert.deepEqual(wf.permissions, { contents: "read", pages: "write", "id-token": "write" });
  assert.ok(wf.concurrency.group);
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
  const uses = steps.map((s) => s.uses?.split("@")[0]).filter(Boolean);
  for (const action of ["actions/checkout", "actions/configure-pages", "actions/setup-node", "actions/upload-pages-artifact", "actions/deploy-pages"]) {
    assert.ok(uses.includes(action), `uses ${action}`);
  }
  assert.equal(steps.find((s) => s.uses?.startsWith("actions/setup-node"))?.with?.cache, "npm");
  const build = steps.find((s) => s.run === "npm run build")!;
  assert.match(build.env!.PATH_PREFIX, /steps\.pages\.outputs\.base_path/);
  assert.match(build.env!.SITE_URL, /steps\.pages\.outputs\.base_url/);
});
