import { readdir } from "node:fs/promises";
import path from "node:path";

/** Every HTML file of a built site, relative to it, sorted; Pagefind's own files excluded. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith("pagefind"))
    .sort();
}
