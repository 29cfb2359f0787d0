import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

import * as pagefind from "pagefind";

import { segmentHtml } from "./segment.ts";

const UNUSED_UI = ["pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css"];

/**
 * Pages per Pagefind index. Pagefind holds a whole index in memory while it
 * builds it; past this many pages the site is indexed in shards, one after
 * another, which the search page merges (pagefind.mergeIndex). Keeps a
 * 3,000-paper build's indexing well under 2 GiB.
 */
export const SHARD_PAGES = 1200;

/**
 * The index is Chinese (zh-cn), also when a page's lang attribute is wrong.
 * Its text arrives already split into words (segment.ts), so Pagefind's own
 * segmenter only ever sees single words: the bulk of its memory and time was
 * segmenting whole paragraphs.
 */
export const INDEX_LANGUAGE = "zh-cn";

export interface IndexStats {
  pagesIndexed: number;
  files: number;
  shards: number;
  /** Size of the search bundle on disk (index, fragments, wasm, scripts). */
  bytes: number;
}

async function htmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.relative(siteDir, path.join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith(`pagefind${path.sep}`))
    .sort();
}

async function indexShard(siteDir: string, files: string[], outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  // Files go to Pagefind in sorted order, so two builds write the same index; the next file is read
  // and segmented here while Pagefind's own process indexes the current one.
  const prepare = async (file: string) => {
    const html = await readFile(path.join(siteDir, file), "utf8");
    // Only readable bodies are indexed; Pagefind would drop the rest anyway, but per shard.
    return html.includes("data-pagefind-body") ? segmentHtml(html) : null;
  };
  let upcoming = files.length ? prepare(files[0]) : null;
  for (let i = 0; i < files.length; i++) {
    const content = await upcoming;
    upcoming = i + 1 < files.length ? prepare(files[i + 1]) : null;
    if (content === null) continue;
    const added = await index.addHTMLFile({ sourcePath: files[i], content });
    if (added.errors.length) throw new Error(`Pagefind could not index ${files[i]}: ${added.errors.join("; ")}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
  await pagefind.close();
  for (const kit of UNUSED_UI) await rm(path.join(outputPath, kit), { force: true });
  const entry = JSON.parse(await readFile(path.join(outputPath, "pagefind-entry.json"), "utf8"));
  return Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
}

/**
 * Builds the search index of a rendered site: every HTML page, its Chinese
 * pre-segmented, in one Pagefind index or, for a large site, in shards under
 * pagefind/shard-N/ listed in pagefind/shards.json for the search page to merge.
 */
export async function indexSite(siteDir: string): Promise<IndexStats> {
  const files = await htmlFiles(siteDir);
  const shards: string[][] = [];
  for (let i = 0; i < files.length; i += SHARD_PAGES) shards.push(files.slice(i, i + SHARD_PAGES));
  const bundle = path.join(siteDir, "pagefind");
  let pagesIndexed = 0;
  for (const [i, shard] of shards.entries()) {
    pagesIndexed += await indexShard(siteDir, shard, i === 0 ? bundle : path.join(bundle, `shard-${i}`));
  }
  await mkdir(bundle, { recursive: true });
  await writeFile(path.join(bundle, "shards.json"), JSON.stringify(shards.slice(1).map((_, i) => `shard-${i + 1}/`)));
  let bytes = 0;
  for (const f of await readdir(bundle, { recursive: true, withFileTypes: true })) if (f.isFile()) bytes += (await stat(path.join(f.parentPath, f.name))).size;
  return { pagesIndexed, files: files.length, shards: shards.length, bytes };
}
