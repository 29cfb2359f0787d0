import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

import type UserConfig from "@11ty/eleventy/UserConfig";

import { DATASETS } from "../data/datasets.ts";
import { dataDictionary, type FieldDoc } from "../data/dictionary.ts";
import { CSV_SETS, toCsv } from "../data/export.ts";
import { SCHEMA_DIR } from "../data/schema.ts";
import type { SiteData } from "../entities/types.ts";
import { shared } from "./shared-data.ts";

export interface Download {
  name: string;
  records: number;
  json: string;
  csv: string | null;
  schema: string;
  dictionary: FieldDoc[];
}

/** The data sets as published on /data/: the JSON as it is, a CSV view, the schema and its dictionary. */
export function downloads(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("downloads", async (): Promise<Download[]> => {
    const root = process.cwd();
    const schemas: Record<string, never> = {};
    for (const file of await readdir(path.join(root, SCHEMA_DIR))) {
      if (file.endsWith(".schema.json")) schemas[file] = JSON.parse(await readFile(path.join(root, SCHEMA_DIR, file), "utf8")) as never;
    }
    const data: Record<string, unknown> = {};
    const texts: Record<string, string> = {};
    for (const set of DATASETS) {
      texts[set.name] = await readFile(path.join(root, set.file), "utf8");
      data[set.name] = JSON.parse(texts[set.name]);
    }
    return shared(DATASETS.filter((s) => s.publish).map((set) => ({
      name: set.name,
      records: (data[set.name] as unknown[]).length,
      json: texts[set.name],
      csv: CSV_SETS.includes(set.name) ? toCsv(set.name, data as unknown as SiteData) : null,
      schema: set.schema,
      dictionary: dataDictionary(set.schema, schemas),
    })));
  });
}
