import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** Every HTML page of a built site, relative to it and sorted; Pagefind's bundle excluded. */
export async function htmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.relative(siteDir, path.join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith(`pagefind${path.sep}`))
    .sort();
}

/** Bytes and number of the files under a directory. */
export async function dirSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += (await stat(path.join(e.parentPath, e.name))).size;
  }
  return { bytes, files };
}
