import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";

import * as pagefind from "pagefind";

const UNUSED_UI = ["pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css"];

export interface IndexStats {
  pagesIndexed: number;
  files: number;
  /** Size of the search bundle on disk (index, fragments, wasm, scripts). */
  bytes: number;
}

/**
 * Builds the Pagefind index of a rendered site. The language is forced to
 * Chinese: Pagefind segments words only for zh pages, and forcing it keeps a
 * page with a wrong lang attribute from silently breaking search.
 */
export async function indexSite(siteDir: string): Promise<IndexStats> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "zh-cn" });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
    // We search through pagefind.js with our own UI; Pagefind's three UI kits (~400 KB) are never loaded.
    for (const kit of UNUSED_UI) await rm(path.join(siteDir, "pagefind", kit), { force: true });
    // page_count counts HTML files seen; the entry file counts the pages actually indexed.
    const entry = JSON.parse(await readFile(path.join(siteDir, "pagefind", "pagefind-entry.json"), "utf8"));
    const pagesIndexed = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    const bundle = await readdir(path.join(siteDir, "pagefind"), { recursive: true, withFileTypes: true });
    let bytes = 0;
    for (const f of bundle) if (f.isFile()) bytes += (await stat(path.join(f.parentPath, f.name))).size;
    return { pagesIndexed, files: added.page_count, bytes };
  } finally {
    await pagefind.close();
  }
}
