import { readFile } from "node:fs/promises";
import path from "node:path";

import type UserConfig from "@11ty/eleventy/UserConfig";

import { DATASETS } from "../data/datasets.ts";
import { dataDictionary, readSchemas } from "../data/dictionary.ts";
import { parseJson } from "../data/read-json.ts";
import { entityCharts } from "../entities/charts.ts";
import { formatCitations, writeCitationFiles, type Citations } from "../entities/citations.ts";
import { takeCitationsAhead } from "../entities/citations-ahead.ts";
import { loadSiteModel, type SiteModel } from "../entities/load.ts";
import { scholarlyMeta } from "../entities/scholarly-meta.ts";
import { entityViews, type EntityViews, type Labels } from "../entities/views.ts";
import { writeInBackground } from "./background-writes.ts";
import { shared } from "./shared-data.ts";
import { siteUrl } from "./site-url.ts";

/**
 * Everything derived from the data and the papers, computed once per build:
 * the entity pages' view models (`entities`), their charts (`charts`), every
 * citation format and download (`citations`), and the papers' scholarly
 * metadata (`scholarly`).
 */
export function entities(eleventyConfig: UserConfig): void {
  let loaded: Promise<{ model: SiteModel; views: EntityViews; labels: Labels; siteTitle: string; base: string }> | undefined;
  const load = () =>
    (loaded ??= (async () => {
      const root = process.cwd();
      const read = async (file: string) => parseJson(await readFile(path.join(root, "_data", file), "utf8"));
      const labels = (await read("i18n.json")) as Labels;
      const model = await loadSiteModel(root);
      const schemas = await readSchemas(root);
      const dictionary = (name: string) => dataDictionary(DATASETS.find((d) => d.name === name)!.schema, schemas);
      const dictionaries = { ftas: dictionary("ftas"), cities: dictionary("cities"), literature: dictionary("literature") };
      return { model, views: entityViews(model, labels, dictionaries), labels, siteTitle: (await read("site.json")).title as string, base: siteUrl(root) };
    })());
  eleventyConfig.addGlobalData("entities", async () => shared((await load()).views));
  eleventyConfig.addGlobalData("charts", async () => {
    const { views, labels } = await load();
    return shared(entityCharts(views, labels));
  });
  eleventyConfig.addGlobalData("scholarly", async () => {
    const { model, base, siteTitle } = await load();
    return shared(Object.fromEntries(model.papers.map((p) => [p.slug, scholarlyMeta(model, p.slug, base, siteTitle)])));
  });
  let citations: Promise<Citations> | undefined;
  const loadCitations = () =>
    (citations ??= (async () => {
      const ahead = takeCitationsAhead(process.cwd());
      const { model, base, siteTitle } = await load();
      return formatCitations(model, base, siteTitle, ahead);
    })());
  // Registered last: Eleventy awaits global data one key at a time, in order, so
  // the other keys are computed while APA is still being made on the other thread.
  eleventyConfig.addGlobalData("citations", async () => shared(await (await loadCitations()).views));
  // Thousands of small .bib/.ris/.json files are written directly: as Eleventy templates each would
  // cost a render. They are written while the pages render, so the disk is not waited on at the end.
  writeInBackground(eleventyConfig, async (outputDir) => writeCitationFiles(outputDir, (await loadCitations()).files));
}
