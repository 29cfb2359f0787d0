import { readFileSync } from "node:fs";
import path from "node:path";

import type { InputProblem } from "../data/errors.ts";
import { parseJson } from "../data/read-json.ts";

/**
 * The site's absolute base URL (canonical links, sitemap, metadata), path
 * prefix included: SITE_URL when set (the Pages workflow sets it), else
 * site.json's baseUrl. Always ends with a slash.
 */
export function siteUrl(root = process.cwd(), env = process.env.SITE_URL): string {
  const configured = env?.trim() || (parseJson(readFileSync(path.join(root, "_data", "site.json"), "utf8")) as { baseUrl: string }).baseUrl;
  const url = new URL(configured);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/**
 * SITE_URL, when set, must be an absolute http(s) URL: every canonical link and citation is
 * built on it. (site.json's baseUrl is held to the same by its schema.)
 */
export function siteUrlProblems(env = process.env.SITE_URL): InputProblem[] {
  const value = env?.trim();
  if (!value) return [];
  let ok = false;
  try {
    const url = new URL(value);
    // The base every page's URL is built on: a query or fragment would end up inside those URLs.
    ok = ["http:", "https:"].includes(url.protocol) && url.hostname !== "" && !url.search && !url.hash;
  } catch {
    ok = false;
  }
  return ok ? [] : [{ file: "SITE_URL (environment variable)", message: `${JSON.stringify(value)} is not an absolute http:// or https:// URL with a host and no ? or #, e.g. https://owner.github.io/repo/` }];
}

/** /papers/x/ → https://host/prefix/papers/x/ (page.url never carries the path prefix). */
export function absoluteUrl(pageUrl: string, base: string): string {
  return new URL(pageUrl.replace(/^\//, ""), base).href;
}

/**
 * A warning when the built site's absolute URLs (canonical links, sitemap, every citation a
 * reader copies) point at this machine: right for a local look, dead once published.
 */
export function localSiteUrlWarning(url: string): string | null {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "[::1]", "0.0.0.0"].includes(host)) return null;
  return `note: absolute URLs and citations point to ${url}; to publish, set SITE_URL (the Pages workflow does) or baseUrl in _data/site.json`;
}
