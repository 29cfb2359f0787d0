import { after, before } from "node:test";

import type { Browser } from "playwright-core";

import { serveStatic, type StaticServer } from "../../src/server/static.ts";
import { browserMissing, launchBrowser } from "./browser.ts";
import { buildRealSite } from "./project.ts";

export interface ServedSite {
  /** false, or why the browser tests skip here. */
  skip: string | false;
  site: Awaited<ReturnType<typeof buildRealSite>>;
  server: StaticServer;
  browser: Browser;
}

/**
 * For a browser test file: builds the real site once, serves it (under a
 * path prefix if asked) and starts Chromium; all torn down after the file.
 */
export function servedSite(options: { pathPrefix?: string } = {}): ServedSite {
  const ctx = { skip: browserMissing() ?? false } as ServedSite;
  before(async () => {
    if (ctx.skip) return;
    ctx.site = await buildRealSite(options);
    ctx.server = await serveStatic(ctx.site.outDir, { port: 0, pathPrefix: options.pathPrefix });
    ctx.browser = await launchBrowser();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
    await ctx.site?.cleanup();
  });
  return ctx;
}
