import { readdir } from "node:fs/promises";
import path from "node:path";

import type { InputProblem } from "../data/errors.ts";
import { PAPERS_DIR } from "./load.ts";

/** A paper's URL name: lower-case letters, digits and hyphens, short enough for any file system. */
export const SLUG = /^(?=.{1,80}$)[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Files Eleventy would publish as pages, or read as data, if they sat among the papers: a
 * page there would be listed as a paper without being validated or checked against a source.
 */
const TEMPLATE = /\.(md|njk|html|liquid|webc|11ty\.[cm]?[jt]s)$|\.11tydata\.(json|[cm]?[jt]s)$/;

/**
 * content/papers/ holds one folder per paper, named by its URL slug, and the shared defaults
 * (papers.11tydata.ts); a folder holds index.md, corrections.json, its source and nothing
 * Eleventy would build.
 */
export async function paperFolderProblems(root: string): Promise<InputProblem[]> {
  const problems: InputProblem[] = [];
  const entries = await readdir(path.join(root, PAPERS_DIR), { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const file = path.join(PAPERS_DIR, e.name);
    if (e.isDirectory()) {
      if (!SLUG.test(e.name)) problems.push({ file, message: "a paper folder's name is its URL: lower-case letters, digits and hyphens (npm run new-paper -- <slug> makes one)" });
      for (const inner of await readdir(path.join(root, file), { withFileTypes: true })) {
        if (inner.name === "index.md") continue;
        if (inner.isDirectory() || TEMPLATE.test(inner.name) || inner.name === `${e.name}.json`) {
          problems.push({ file: path.join(file, inner.name), message: "only index.md in a paper folder is a page; Eleventy would publish this unchecked: move it out of content/papers/" });
        }
      }
    } else if (e.name !== "papers.11tydata.ts" && (TEMPLATE.test(e.name) || e.name === "papers.json")) {
      problems.push({ file, message: "a paper is a folder (content/papers/<slug>/index.md): Eleventy would publish this file unchecked; move it into a folder of its own or out of content/papers/" });
    }
  }
  return problems;
}
