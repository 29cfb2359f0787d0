// `npm run bench:search`: what one search costs a reader. Builds the site, serves it, and in
// Chromium measures the index size, the files and bytes a two-character query fetches, and the
// time from pressing Enter to the first result on screen.
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { buildSite } from "../src/build.ts";
import { dirSize } from "../src/fs/site-files.ts";
import { serveStatic } from "../src/server/static.ts";
import { launchBrowser } from "../tests/helpers/browser.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const query = process.argv[2] ?? "海关";
const out = path.join(os.tmpdir(), "fta-bench-search", "_site");
await buildSite({ root: ROOT, outDir: out });

const { bytes: indexBytes, files: indexFiles } = await dirSize(path.join(out, "pagefind"));

// The reading page's weight before any search: its HTML and the CSS and scripts it loads, gzipped
// as GitHub Pages serves them. Scripts are modules (deferred): none blocks rendering.
const paperHtml = await readFile(path.join(out, "papers", "local-fta-strategy", "index.html"));
const assets = [...paperHtml.toString().matchAll(/(?:href|src)="\/(assets\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]);
const weights = [{ file: "papers/local-fta-strategy/index.html", raw: paperHtml.length, gz: gzipSync(paperHtml, { level: 9 }).length }];
for (const a of assets) {
  const bytes = await readFile(path.join(out, a));
  weights.push({ file: a, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length });
}
const blocking = [...paperHtml.toString().matchAll(/<script(?![^>]*type="(?:module|application\/ld\+json)")[^>]*>/g)].length;

const server = await serveStatic(out, { port: 0 });
const browser = await launchBrowser();
const runs: { files: number; bytes: number; ms: number }[] = [];
for (let i = 0; i < 5; i++) {
  // A fresh context each time: nothing cached, as for a first-time reader.
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: { url: string; bytes: number }[] = [];
  page.on("requestfinished", async (req) => {
    if (!req.url().includes("/pagefind/")) return;
    const sizes = await req.sizes();
    fetched.push({ url: req.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  await page.goto(`${server.url}search/`, { waitUntil: "networkidle" });
  const start = Date.now();
  await page.locator("#search-page").fill(query);
  await page.locator("#search-page").press("Enter");
  await page.locator(".search-hit").first().waitFor();
  const ms = Date.now() - start;
  await page.waitForLoadState("networkidle");
  runs.push({ files: fetched.length, bytes: fetched.reduce((n, f) => n + f.bytes, 0), ms });
  if (i === 0) for (const f of fetched) console.log(`  ${f.bytes.toString().padStart(7)} B  ${f.url.replace(server.url, "/")}`);
  await context.close();
}
await browser.close();
await server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`
Search for「${query}」on the built site (${os.cpus().length} cores, Chromium, localhost, cold cache):
| measure | value |
|---|---|
| search bundle on disk | ${(indexBytes / 1024).toFixed(0)} KB in ${indexFiles} files |
| files fetched for the query (from page load) | ${runs[0].files} |
| bytes fetched for the query | ${(runs[0].bytes / 1024).toFixed(1)} KB |
| time from Enter to first result (median of ${runs.length}) | ${median(runs.map((r) => r.ms))} ms |

The reading page before any search (gzip -9):
| file | bytes | gzipped |
|---|---|---|
${weights.map((w) => `| ${w.file} | ${(w.raw / 1024).toFixed(1)} KB | ${(w.gz / 1024).toFixed(1)} KB |`).join("\n")}
| total | ${(weights.reduce((n, w) => n + w.raw, 0) / 1024).toFixed(1)} KB | ${(weights.reduce((n, w) => n + w.gz, 0) / 1024).toFixed(1)} KB |

Render-blocking scripts on the reading page: ${blocking}.`);
