import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { after, before, test } from "node:test";

import type { Browser } from "playwright-core";

import { serveStatic, type StaticServer } from "../../src/server/static.ts";
import { browserMissing, launchBrowser } from "../helpers/browser.ts";
import { buildRealSite } from "../helpers/project.ts";

const skip = browserMissing() ?? false;
const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** One page per template, with the state a reader sees (search with results). */
const PAGES = ["", "about/", "papers/local-fta-strategy/", `search/?q=${encodeURIComponent("海关")}`, "404.html", "ftas/", "ftas/china-korea/", "cities/", "cities/qingdao/", "literature/", "literature/han-jian-2020a/", "data/"];

let site: Awaited<ReturnType<typeof buildRealSite>>;
let server: StaticServer;
let browser: Browser;
before(async () => {
  if (skip) return;
  site = await buildRealSite();
  server = await serveStatic(site.outDir, { port: 0 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await site?.cleanup();
});

for (const scheme of ["light", "dark"] as const) {
  test(`no axe-core violations (WCAG 2.1 A/AA and best practice) on any page template, ${scheme} scheme`, { skip }, async () => {
    const context = await browser.newContext({ colorScheme: scheme });
    const found: string[] = [];
    for (const url of PAGES) {
      const page = await context.newPage();
      await page.goto(`${server.url}${url}`, { waitUntil: "networkidle" });
      if (url.startsWith("search/")) await page.locator(".search-hit").first().waitFor();
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      found.push(...violations.map((v) => `${url || "/"} ${v}`));
      await page.close();
    }
    await context.close();
    assert.deepEqual(found, []);
  });
}
