import { HtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";

import { collections } from "./src/eleventy/collections.ts";
import { downloads } from "./src/eleventy/downloads.ts";
import { entities } from "./src/eleventy/entities.ts";
import { filters } from "./src/eleventy/filters.ts";
import { eleventyMarkdown } from "./src/eleventy/markdown.ts";
import { FRONT_MATTER_ENGINES } from "./src/papers/front-matter.ts";
import { sharedJsonData } from "./src/eleventy/shared-data.ts";
import { paperSources } from "./src/eleventy/paper-sources.ts";
import { pathPrefix } from "./src/eleventy/path-prefix.ts";
import { renderProgress } from "./src/eleventy/render-progress.ts";
import { siteUrl } from "./src/eleventy/site-url.ts";
import { typescriptDataFiles } from "./src/eleventy/ts-data.ts";

// Wiring only: every piece of logic lives in src/.
export default function (eleventyConfig: UserConfig) {
  eleventyConfig.setLibrary("md", eleventyMarkdown());
  eleventyConfig.setFrontMatterParsingOptions({ engines: FRONT_MATTER_ENGINES });
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(typescriptDataFiles);
  eleventyConfig.addPlugin(sharedJsonData);
  eleventyConfig.addPlugin(filters);
  eleventyConfig.addPlugin(collections);
  eleventyConfig.addPlugin(entities);
  eleventyConfig.addPlugin(downloads);
  eleventyConfig.addPlugin(paperSources);
  eleventyConfig.addPlugin(renderProgress);
  eleventyConfig.addGlobalData("siteUrl", siteUrl());
  eleventyConfig.addPassthroughCopy({ "src/assets/css": "assets" });
  // Includes an empty .nojekyll: pages need no Jekyll processing, which a branch-based Pages deploy would run.
  eleventyConfig.addPassthroughCopy({ "src/assets/static": "/" });
  eleventyConfig.addPassthroughCopy({ "_data/schemas": "data/schemas" });
  eleventyConfig.setQuietMode(true);
  // Pages are written while others render, not each blocking the thread (a thousand papers: about 0.6 s).
  eleventyConfig.configureTemplateHandling({ writeMode: "async" });
}

export const config = {
  dir: {
    input: "content",
    data: "../_data",
    includes: "../src/templates",
    layouts: "../src/templates/layouts",
  },
  templateFormats: ["md", "njk"],
  // Transcriptions are the paper's words: never run them through a template engine.
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
  pathPrefix: pathPrefix(),
};
