import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { test } from "node:test";


import { servedSite } from "../helpers/served-site.ts";

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** One page per template, with the state a reader sees (search with results). */
const PAGES = ["", "about/", "papers/", "papers/local-fta-strategy/", `search/?q=${encodeURIComponent("海关")}`, "404.html", "ftas/", "ftas/china-korea/", "cities/", "cities/qingdao/", "literature/", "literature/han-jian-2020a/", "data/"];

const served = servedSite();
const { skip } = served;

for (const scheme of ["light", "dark"] as const) {
  test(`no axe-core violations (WCAG 2.1 A/AA and best practice) on any page template, ${scheme} scheme`, { skip }, async () => {
    const context = await served.browser.newContext({ colorScheme: scheme });
    const found: string[] = [];
    for (const url of PAGES) {
      const page = await context.newPage();
      await page.goto(`${served.server.url}${url}`, { waitUntil: "networkidle" });
      if (url.startsWith("search/")) await page.locator(".search-hit").first().waitFor();
      // What a reader opens is checked too: the data dictionaries, the citation formats, the 校勘记.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
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

test("no page is wider than a 320 px phone screen (nothing scrolls sideways but tables)", { skip }, async () => {
  const context = await served.browser.newContext({ viewport: { width: 320, height: 640 } });
  const wide: string[] = [];
  for (const url of PAGES) {
    const page = await context.newPage();
    await page.goto(`${served.server.url}${url}`, { waitUntil: "networkidle" });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${url || "/"}: ${width}px`);
    await page.close();
  }
  await context.close();
  assert.deepEqual(wide, []);
});
