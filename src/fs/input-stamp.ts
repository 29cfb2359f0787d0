import { readdir, stat } from "node:fs/promises";
import path from "node:path";

import type { InputProblem } from "../data/errors.ts";

/** What the site is built from: an edit to any of these during a build would be rendered unchecked. */
const INPUTS = ["_data", "content"];

/** Each input file's size and modification time, by path relative to the root. */
export async function stampInputs(root: string, dirs: readonly string[] = INPUTS): Promise<Map<string, string>> {
  const stamps = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
    await Promise.all(entries.map(async (e) => {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) return walk(rel);
      const s = await stat(path.join(root, rel)).catch(() => null);
      if (s) stamps.set(rel, `${s.size}:${s.mtimeMs}`);
    }));
  };
  await Promise.all(dirs.map(walk));
  return stamps;
}

/**
 * Validation reads the inputs before rendering reads them again: a file saved in between would
 * be published without having been checked. Compared before anything is published.
 */
export function changedInputs(before: Map<string, string>, after: Map<string, string>): InputProblem[] {
  const files = new Set([...before.keys(), ...after.keys()]);
  return [...files]
    .filter((f) => before.get(f) !== after.get(f))
    .sort()
    .map((file) => ({ file, message: "changed while the site was being built, after it was checked: nothing was published; build again" }));
}
