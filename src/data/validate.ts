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

/** Files an editor or git leaves that Eleventy does not read as data (a dot-named .cjs it would run). */
const HARMLESS = new Set([".gitkeep", ".DS_Store"]);

/**
 * Every file in _data/, at any depth, is global data to Eleventy (a .js or .cjs file is run):
 * one that is not a known data set or schema would reach pages unvalidated.
 */
async function strayDataProblems(root: string): Promise<InputProblem[]> {
  const known = new Set([...DATASETS.map((d) => path.basename(d.file)), path.basename(SCHEMA_DIR)]);
  const strays = (await readdir(path.join(root, "_data")).catch(() => []))
    .filter((name) => !known.has(name) && !HARMLESS.has(name))
    .map((name) => ({ file: path.join("_data", name), message: "not one of the data sets (src/data/datasets.ts): Eleventy would hand it to every page unvalidated; move it out of _data/ or register it with a schema" }));
  const schemaStrays = (await readdir(path.join(root, SCHEMA_DIR), { withFileTypes: true }).catch(() => []))
    .filter((e) => !HARMLESS.has(e.name) && !(e.isFile() && e.name.endsWith(".schema.json")))
    .map((e) => ({ file: path.join(SCHEMA_DIR, e.name), message: "only *.schema.json files belong here: Eleventy would read anything else as data for every page (and run a .js file); move it out of _data/" }));
  return [...strays, ...schemaStrays];
}

/**
 * Eleventy follows symbolic links under content/ and _data/, and would publish or read what they
 * point to, which validation (reading folders as they are) never saw.
 */
async function symlinkProblems(root: string): Promise<InputProblem[]> {
  const problems: InputProblem[] = [];
  for (const dir of ["content", "_data"]) {
    // A recursive listing does not descend through links: each is listed, as a link.
    for (const e of await readdir(path.join(root, dir), { recursive: true, withFileTypes: true }).catch(() => [])) {
      if (!e.isSymbolicLink()) continue;
      const file = path.relative(root, path.join(e.parentPath, e.name));
      problems.push({ file, message: "a symbolic link: Eleventy would follow it and build what it points to unchecked; put the file itself here" });
    }
  }
  return problems;
}

/**
 * Checks everything the site is built from, before anything is rendered:
 * each data set against its schema, then each paper (front matter,
 * corrections, citations, fidelity to its source), then the references
 * between them. Throws one InputError listing every problem found.
 */
export async function validateInput(root: string, today?: string): Promise<ValidInput> {
  const ajv = loadSchemas(root);
  const problems: InputProblem[] = [...siteUrlProblems(), ...(await strayDataProblems(root)), ...(await symlinkProblems(root))];
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
