import type UserConfig from "@11ty/eleventy/UserConfig";

import { fmt } from "../filters/fmt.ts";
import { sitemapPages } from "../filters/sitemap.ts";
import { toc } from "../filters/toc.ts";
import { absoluteUrl } from "./site-url.ts";

export function filters(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("toc", toc);
  eleventyConfig.addFilter("fmt", fmt);
  eleventyConfig.addFilter("absoluteUrl", absoluteUrl);
  eleventyConfig.addFilter("sitemapPages", sitemapPages);
}
