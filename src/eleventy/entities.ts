import { readFile } from "node:fs/promises";
import path from "node:path";

import type UserConfig from "@11ty/eleventy/UserConfig";

import { entityCharts } from "../entities/charts.ts";
import { loadSiteModel } from "../entities/load.ts";
import { entityViews, type EntityViews, type Labels } from "../entities/views.ts";

/**
 * The entity pages' view models (global data `entities`) and their charts
 * (`charts`), computed once per build and shared by both.
 */
export function entities(eleventyConfig: UserConfig): void {
  let views: Promise<{ views: EntityViews; labels: Labels }> | undefined;
  const load = () =>
    (views ??= (async () => {
      const root = process.cwd();
      const labels = JSON.parse(await readFile(path.join(root, "_data", "i18n.json"), "utf8")) as Labels;
      return { views: entityViews(await loadSiteModel(root), labels), labels };
    })());
  eleventyConfig.addGlobalData("entities", async () => (await load()).views);
  eleventyConfig.addGlobalData("charts", async () => {
    const { views: v, labels } = await load();
    return entityCharts(v, labels);
  });
}
