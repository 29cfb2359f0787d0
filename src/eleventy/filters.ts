import type UserConfig from "@11ty/eleventy/UserConfig";

import { fmt } from "../filters/fmt.ts";
import { toc } from "../filters/toc.ts";

export function filters(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("toc", toc);
  eleventyConfig.addFilter("fmt", fmt);
}
