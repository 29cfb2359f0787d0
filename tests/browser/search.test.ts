import assert from "node:assert/strict";
import { test } from "node:test";

import type { Page } from "playwright-core";

import { serveStatic } from "../../src/server/static.ts";
import { buildRealSite } from "../helpers/project.ts";
import { servedSite } from "../helpers/served-site.ts";


const served = servedSite();
const { skip } = served;

async function firstHit(page: Page): Promise<{ href: string; text: string }> {
  const first = page.locator(".search-hit > a").first();
  await first.waitFor({ timeout: 10_000 });
  return { href: (await first.getAttribute("href"))!, text: (await page.locator(".search-hit").first().textContent())! };
}

test("typing a two-character word from inside a longer clause finds its paragraph", { skip }, async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.server.url}search/`);
  // 海关 occurs only inside 杭州海关课题组, in ¶3.
  await page.locator("#search-page").fill("海关");
  const hit = await firstHit(page);
  assert.match(hit.href, /^\/papers\/local-fta-strategy\/\?pagefind-highlight=%E6%B5%B7%E5%85%B3#p3$/);
  assert.match(hit.text, /杭州海关课题组/);
  assert.equal(await page.locator(".search-hit mark").first().textContent(), "海关");
  assert.match(page.url(), /\?q=%E6%B5%B7%E5%85%B3$/, "the query is in the address, so the link can be shared");
  await page.close();
});

test("a ?q= link runs the search on load, and the result opens the paragraph with the term marked", { skip }, async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.server.url}search/?q=${encodeURIComponent("课题组")}`);
  assert.equal(await page.locator("#search-page").inputValue(), "课题组");
  await firstHit(page);
  await page.locator(".search-hit > a").first().click();
  await page.waitForURL(/#p3$/);
  await page.locator("#p3 mark").first().waitFor({ timeout: 10_000 });
  assert.equal(await page.locator("#p3 mark").first().textContent(), "课题组");
  await page.close();
});

test("a word the paper does not contain finds nothing and says so", { skip }, async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.server.url}search/?q=${encodeURIComponent("区块链")}`);
  await page.locator("#search-status", { hasText: "没有找到" }).waitFor({ timeout: 10_000 });
  assert.equal(await page.locator(".search-hit").count(), 0);
  await page.close();
});

test("the header form works without JavaScript: it lands on the search page with the query", { skip }, async () => {
  const context = await served.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${served.server.url}papers/local-fta-strategy/`);
  await page.locator("#search-header").fill("RCEP");
  await page.locator("#search-header").press("Enter");
  await page.waitForURL(/\/search\/\?q=RCEP$/);
  assert.ok(await page.locator("noscript").count());
  await context.close();
});

test("keyboard only: Enter searches, arrows move through the results", { skip }, async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.server.url}search/`);
  await page.locator("#search-page").focus();
  await page.keyboard.type("FTA");
  await page.keyboard.press("Enter");
  await firstHit(page);
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.activeElement?.closest(".search-hit") !== null), true);
  await page.keyboard.press("ArrowUp");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "search-page");
  await page.close();
});

test("under a path prefix the search loads its bundle and links carry the prefix", { skip }, async () => {
  const prefixed = await buildRealSite({ pathPrefix: "/fta-site/" });
  const prefixServer = await serveStatic(prefixed.outDir, { port: 0, pathPrefix: "/fta-site/" });
  try {
    const page = await served.browser.newPage();
    await page.goto(`${prefixServer.url}search/?q=${encodeURIComponent("海关")}`);
    const hit = await firstHit(page);
    assert.match(hit.href, /^\/fta-site\/papers\/local-fta-strategy\/\?pagefind-highlight=[^#]+#p3$/);
    await page.locator(".search-hit > a").first().click();
    await page.locator("#p3 mark").first().waitFor({ timeout: 10_000 });
    await page.close();
  } finally {
    await prefixServer.close();
    await prefixed.cleanup();
  }
});

test("results arriving move nothing a reader was looking at: the status line stays put (layout shift under 0.1)", { skip }, async () => {
  for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 900 }]) {
    const page = await served.browser.newPage({ viewport });
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!e.hadRecentInput) (window as unknown as { shift: number }).shift += e.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`${served.server.url}search/?q=${encodeURIComponent("自贸区")}`);
    await firstHit(page);
    await page.locator("#search-filters:not([hidden])").waitFor();
    await page.waitForTimeout(300);
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    assert.ok(shift < 0.1, `layout shift ${shift.toFixed(3)} at ${viewport.width} px`);
    await page.close();
  }
});

test("every type and year a reader can pick together shows results: the years offered are the chosen type's, with counts", { skip }, async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.server.url}search/?q=${encodeURIComponent("自贸区")}`);
  await firstHit(page);
  await page.locator("#search-filters:not([hidden])").waitFor();
  const types = await page.locator("#search-types input").evaluateAll((inputs) => inputs.map((i) => i.id));
  assert.ok(types.length > 2, "several kinds of page to choose from");
  let pairs = 0;
  for (const type of types) {
    await page.locator(`#search-types label[for="${type}"]`).click();
    const years = await page.locator("#search-year option").evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    if (await page.locator("#search-year").isDisabled()) {
      assert.equal(years.length, 1, "a type without years offers none");
      assert.ok((await page.locator(".search-hit").count()) > 0);
      continue;
    }
    for (const [year, label] of years) {
      await page.locator("#search-year").selectOption(year!);
      const shown = await page.locator(".search-hit").count();
      assert.ok(shown > 0, `${type} + ${year || "every year"} shows nothing`);
      if (year) {
        assert.equal(label, `${year}（${shown}）`, "the count offered is the count shown");
        pairs++;
      }
    }
    await page.locator("#search-year").selectOption("");
  }
  assert.ok(pairs > 0, "some type has years to choose");
  await page.close();
});
