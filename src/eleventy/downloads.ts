import { readFile } from "node:fs/promises";
import path from "node:path";

import type UserConfig from "@11ty/eleventy/UserConfig";

import { DATASETS } from "../data/datasets.ts";
import { dataDictionary, readSchemas, type FieldDoc } from "../data/dictionary.ts";
import { CSV_SETS, toCsv } from "../data/export.ts";
import { withoutBom } from "../data/read-json.ts";
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
    const schemas = await readSchemas(root);
    const data: Record<string, unknown> = {};
    const texts: Record<string, string> = {};
    for (const set of DATASETS) {
      // As written, less a byte-order mark (validation reads past it; JSON readers may not).
      texts[set.name] = withoutBom(await readFile(path.join(root, set.file), "utf8"));
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
