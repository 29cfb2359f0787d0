import { readdir } from "node:fs/promises";
import path from "node:path";

import { siteUrlProblems } from "../eleventy/site-url.ts";
import type { SiteData } from "../entities/types.ts";
import { crossReferenceProblems } from "./cross-refs.ts";
import { DATASETS } from "./datasets.ts";
import { InputError, type InputProblem } from "./errors.ts";
import { readJson } from "./read-json.ts";
import { loadSchemas, SCHEMA_DIR, schemaProblems, validator } from "./schema.ts";
import { validatePapers, type ValidPaper } from "./validate-papers.ts";

export interface ValidInput {
  data: SiteData & Record<string, unknown>;
  papers: ValidPaper[];
}

/** Every file in _data/ is global data to Eleventy: one that is not a known data set would reach pages unvalidated. */
async function strayDataProblems(root: string): Promise<InputProblem[]> {
  const known = new Set([...DATASETS.map((d) => path.basename(d.file)), path.basename(SCHEMA_DIR)]);
  return (await readdir(path.join(root, "_data")).catch(() => []))
    .filter((name) => !known.has(name) && !name.startsWith("."))
    .map((name) => ({ file: path.join("_data", name), message: "not one of the data sets (src/data/datasets.ts): Eleventy would hand it to every page unvalidated; move it out of _data/ or register it with a schema" }));
}

/**
 * Checks everything the site is built from, before anything is rendered:
 * each data set against its schema, then each paper (front matter,
 * corrections, citations, fidelity to its source), then the references
 * between them. Throws one InputError listing every problem found.
 */
export async function validateInput(root: string, today?: string): Promise<ValidInput> {
  const ajv = loadSchemas(root);
  const problems: InputProblem[] = [...siteUrlProblems(), ...(await strayDataProblems(root))];
  const data: Record<string, unknown> = {};
  for (const set of DATASETS) {
    try {
      data[set.name] = await readJson(root, set.file, set.key);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(...e.problems);
      continue;
    }
    const check = validator(ajv, set.schema);
    if (!check(data[set.name])) problems.push(...schemaProblems(set.file, data[set.name], check.errors, set.key));
  }
  // Later checks read the data sets' shapes; with schema errors they would only add noise.
  if (problems.length) throw new InputError(problems);
  const siteData = data as SiteData & Record<string, unknown>;
  let papers: ValidPaper[] | null = null;
  try {
    papers = await validatePapers(root, ajv, siteData);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    problems.push(...e.problems);
  }
  problems.push(...crossReferenceProblems(siteData, papers, today));
  if (problems.length || !papers) throw new InputError(problems);
  return { data: siteData, papers };
}
