import assert from "node:assert/strict";
import { test } from "node:test";


import { servedSite } from "../helpers/served-site.ts";

const served = servedSite();
const { skip } = served;

test("the agreements table sorts by a column from the keyboard and filters by text and status", { skip }, async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.server.url}ftas/`);
  const signed = () => page.locator("#fta-table tbody tr:not([hidden]) td:nth-child(4)").evaluateAll((tds) => tds.map((td) => td.getAttribute("data-value")).filter(Boolean));
  const header = page.locator("#fta-table thead th").nth(3);
  await header.locator("button").focus();
  await page.keyboard.press("Enter");
  assert.equal(await header.getAttribute("aria-sort"), "ascending");
  await page.keyboard.press("Enter");
  assert.equal(await header.getAttribute("aria-sort"), "descending");
  const desc = await signed();
  assert.deepEqual(desc, [...desc].sort().reverse());

  await page.locator("#fta-filter").fill("韩国");
  const rows = page.locator("#fta-table tbody tr:not([hidden])");
  assert.equal(await rows.count(), 2, "中韩 and RCEP name 韩国");
  const total = await page.locator("#fta-table tbody tr").count();
  assert.equal(await page.locator(".table-count").textContent(), `显示 2 项，共 ${total} 项`, "the count says what it counts");
  // The sort arrows are drawn, not read: the button is named by its header alone.
  assert.equal(await page.getByRole("button", { name: "签署", exact: true }).count(), 1);
  await page.locator("#fta-filter").fill("");
  await page.locator("#fta-status").selectOption("studying");
  assert.equal(await rows.count(), 1);
  assert.match((await rows.first().textContent())!, /中蒙/);
  await page.close();
});

test("without JavaScript the table is whole and the filter controls stay hidden", { skip }, async () => {
  const context = await served.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${served.server.url}ftas/`);
  assert.equal(await page.locator("[data-table-tools]").isVisible(), false);
  assert.ok((await page.locator("#fta-table tbody tr").count()) > 20);
  await context.close();
});

test("on a phone a data dictionary keeps each word whole (\"negotiating\", names.zh) and scrolls sideways instead", { skip }, async () => {
  const page = await served.browser.newPage({ viewport: { width: 320, height: 800 } });
  await page.goto(`${served.server.url}data/`);
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const broken = await page.evaluate(() => {
    const out: string[] = [];
    for (const code of document.querySelectorAll(".dictionary code")) {
      const text = code.firstChild!;
      // A hyphen is a place a line may break; inside a word is not.
      for (const m of text.nodeValue!.matchAll(/[^\s|-]+/g)) {
        const range = document.createRange();
        range.setStart(text, m.index!);
        range.setEnd(text, m.index! + m[0].length);
        if (range.getClientRects().length > 1) out.push(m[0]);
      }
    }
    return out;
  });
  assert.deepEqual(broken, []);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, "the tables scroll, not the page");
  await page.close();
});
