import assert from "node:assert/strict";
import { test } from "node:test";


import { servedSite } from "../helpers/served-site.ts";

const served = servedSite();
const { skip } = served;

async function paperPage(options: { hasTouch?: boolean } = {}) {
  const context = await served.browser.newContext(options);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(served.server.url).origin });
  const page = await context.newPage();
  await page.goto(`${served.server.url}papers/local-fta-strategy/`);
  return { context, page };
}

/** The browser's calendar date, as GB/T writes a 引用日期. */
const browserToday = (page: Awaited<ReturnType<typeof paperPage>>["page"]) =>
  page.evaluate(() => [new Date().getFullYear(), new Date().getMonth() + 1, new Date().getDate()].map((n) => String(n).padStart(2, "0")).join("-"));

test("the copy button puts the GB/T 7714 citation, with the reader's date as 引用日期, on the clipboard and says so", { skip }, async () => {
  const { context, page } = await paperPage();
  const gbt = (await page.locator("#cite-gbt-text").textContent())!;
  assert.match(gbt, new RegExp(`研究\\[EB/OL\\]\\. \\[${await browserToday(page)}\\]\\. http://\\S+/papers/local-fta-strategy/\\.$`));
  const button = page.locator('#cite button[data-copy="cite-gbt-text"]');
  await button.click();
  // The label changes once the clipboard write resolves, and changes back after two seconds.
  await page.locator('#cite button[data-copy="cite-gbt-text"]', { hasText: "已复制" }).waitFor({ timeout: 2000 });
  // A screen reader hears it from a status region, not only from the button's changed text.
  assert.equal(await page.locator('#copy-status[role="status"]').textContent(), "已复制");
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clip, (await page.locator("#cite-gbt-text").textContent())!.trim());
  await context.close();
});

test("APA is copied as plain text and as rich text that keeps its italics, for a word processor", { skip }, async () => {
  const { context, page } = await paperPage();
  await page.goto(`${served.server.url}literature/han-jian-2020a/`);
  const apa = (await page.locator("#cite-apa-text").textContent())!.trim();
  await page.locator('#cite button[data-copy="cite-apa-text"]').click();
  await page.locator('#cite button[data-copy="cite-apa-text"]', { hasText: "已复制" }).waitFor({ timeout: 2000 });
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { types: item!.types, text: await (await item!.getType("text/plain")).text(), html: await (await item!.getType("text/html")).text() };
  });
  assert.equal(clip.text, apa);
  assert.match(clip.html, /<i>北京工商大学学报\(社会科学版\)<\/i>, <i>35<\/i>\(2\)/);
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
  assert.match(text, new RegExp(`地方推进落实国家FTA战略的路径研究\\[EB/OL\\]\\. 第4段\\[${await browserToday(page)}\\]\\. http://\\S+/papers/local-fta-strategy/#p4\\.$`));
  assert.match(page.url(), /#p4$/);
  await page.keyboard.press("Enter"); // the copy button has focus
  await panel.locator("button", { hasText: "已复制" }).waitFor({ timeout: 2000 });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);
  await context.close();
});

test("on a touch screen the first tap on a citation shows its preview and stays, the second follows the link", { skip }, async () => {
  const { context, page } = await paperPage({ hasTouch: true });
  const cite = page.locator('a.cite[data-cite="han-jian-2020a"]');
  await cite.tap();
  await page.locator("#preview-han-jian-2020a").waitFor();
  assert.match(page.url(), /\/papers\/local-fta-strategy\/(#.*)?$/, "the first tap does not leave the paragraph");
  await cite.tap();
  await page.waitForURL(/\/literature\/han-jian-2020a\/$/);
  await context.close();
});

test("a preview opened by the pointer stays while the pointer moves onto it, and goes, with its description link, when the pointer leaves", { skip }, async () => {
  const { context, page } = await paperPage();
  const cite = page.locator('a.cite[data-cite="liu-bin-2018"]').first();
  await cite.hover();
  const preview = page.locator("#preview-liu-bin-2018");
  await preview.waitFor();
  const box = (await preview.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.waitForTimeout(500);
  assert.equal(await preview.count(), 1, "the preview can be hovered (WCAG 1.4.13)");
  await page.mouse.move(5, 5);
  await preview.waitFor({ state: "detached", timeout: 2000 });
  assert.equal(await page.locator("[aria-describedby^='preview-']").count(), 0, "no link keeps describing itself by a preview that is gone");
  await context.close();
});

test("a ¶ link moves the paragraph highlight to its own paragraph", { skip }, async () => {
  const { context, page } = await paperPage();
  await page.goto(`${served.server.url}papers/local-fta-strategy/#p4`);
  await page.locator("#p3 a.pnum").click();
  await page.locator(".para-cite").waitFor();
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll(":target")].map((e) => e.id)), ["p3"]);
  assert.match(page.url(), /#p3$/);
  await context.close();
});

test("a preview the keyboard opened stays while its citation has focus, wherever the pointer goes", { skip }, async () => {
  const { context, page } = await paperPage();
  const cite = page.locator('a.cite[data-cite="liu-bin-2018"]').first();
  await cite.focus();
  await page.locator("#preview-liu-bin-2018").waitFor();
  await cite.hover();
  await page.mouse.move(5, 5);
  await page.waitForTimeout(600);
  assert.equal(await page.locator("#preview-liu-bin-2018").count(), 1);
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("#preview-liu-bin-2018").count(), 0, "Escape still dismisses it");
  await context.close();
});
