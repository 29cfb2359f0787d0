// Screenshots of a built site at phone and desktop width: `tsx tests/tools/screenshot.ts <url> <out-prefix>`.
import { launchBrowser } from "../helpers/browser.ts";

const [url, out = "screenshot"] = process.argv.slice(2);
const browser = await launchBrowser();
for (const [name, width, height] of [["phone", 360, 780], ["desktop", 1280, 900]] as const) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: name === "phone" ? 2 : 1 });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.screenshot({ path: `${out}-${name}.png`, fullPage: process.env.FULL === "1" });
  await page.close();
}
await browser.close();
