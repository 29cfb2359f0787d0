import assert from "node:assert/strict";
import { test } from "node:test";


import { servedSite } from "../helpers/served-site.ts";

const served = servedSite();
const { skip } = served;

async function paperPage() {
  const context = await served.browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(served.server.url).origin });
  const page = await context.newPage();
  await page.goto(`${served.server.url}papers/local-fta-strategy/`);
  return { context, page };
}

test("the copy button puts the GB/T 7714 citation on the clipboard and says so", { skip }, async () => {
  const { context, page } = await paperPage();
  const button = page.locator('#cite button[data-copy="cite-gbt-text"]');
  await button.click();
  // The label changes once the clipboard write resolves, and changes back after two seconds.
  await page.locator('#cite button[data-copy="cite-gbt-text"]', { hasText: "已复制" }).waitFor({ timeout: 2000 });
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clip, (await page.locator("#cite-gbt-text").textContent())!.trim());
  await context.close();
});

test("keyboard focus on an inline citation shows a preview of the reference, described for screen readers", { skip }, async () => {
  const { context, page } = await paperPage();
  const cite = page.locator('a.cite[data-cite="han-jian-2020a"]');
  await cite.focus();
  const preview = page.locator("#preview-han-jian-2020a");
  await preview.waitFor();
  assert.equal(await preview.getAttribute("role"), "tooltip");
  assert.equal(await cite.getAttribute("aria-describedby"), "preview-han-jian-2020a");
  assert.match((await preview.textContent())!, /企业利用FTA出口的影响因素分析/);
  await page.keyboard.press("Escape");
  assert.equal(await preview.count(), 0);
  await context.close();
});

test("a ¶ link offers the paragraph's citation with its number and URL, ready to copy", { skip }, async () => {
  const { context, page } = await paperPage();
  await page.locator("#p4 a.pnum").click();
  const panel = page.locator(".para-cite");
  await panel.waitFor();
  const text = (await panel.locator(".cite-text").textContent())!;
  assert.match(text, /地方推进落实国家FTA战略的路径研究\[EB\/OL\]\. 第4段\. http:\/\/\S+\/papers\/local-fta-strategy\/#p4\.$/);
  assert.match(page.url(), /#p4$/);
  await page.keyboard.press("Enter"); // the copy button has focus
  await panel.locator("button", { hasText: "已复制" }).waitFor({ timeout: 2000 });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);
  await context.close();
});
