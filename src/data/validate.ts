import { DATASETS } from "./datasets.ts";
import { InputError, type InputProblem } from "./errors.ts";
import { readJson } from "./read-json.ts";
import { loadSchemas, schemaProblems, validator } from "./schema.ts";
import { validatePapers, type ValidPaper } from "./validate-papers.ts";

export interface ValidInput {
  data: Record<string, unknown>;
  papers: ValidPaper[];
}

/**
 * Checks everything the site is built from, before anything is rendered:
 * each data set against its schema, then each paper (front matter,
 * corrections, fidelity to its source). Throws one InputError listing every problem.
 */
export async function validateInput(root: string): Promise<ValidInput> {
  const ajv = loadSchemas(root);
  const problems: InputProblem[] = [];
  const data: Record<string, unknown> = {};
  for (const set of DATASETS) {
    try {
      data[set.name] = await readJson(root, set.file);
    } catch (e) {
      if (e instanceof InputError) {
        problems.push(...e.problems);
        continue;
      }
      throw e;
    }
    const check = validator(ajv, set.schema);
    if (!check(data[set.name])) problems.push(...schemaProblems(set.file, data[set.name], check.errors, set.key));
  }
  let papers: ValidPaper[] = [];
  try {
    papers = await validatePapers(root, ajv);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    problems.push(...e.problems);
  }
  if (problems.length) throw new InputError(problems);
  return { data, papers };
}
