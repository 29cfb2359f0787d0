import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import * as pagefind from "pagefind";

import { dirSize, htmlFiles } from "../fs/site-files.ts";
import { progress, progressLine } from "../progress.ts";
import { SegmentPool } from "./segment-pool.ts";

const UNUSED_UI = ["pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css"];

/**
 * Pages per Pagefind index. Pagefind holds a whole index in memory while it
 * builds it; past this many pages the site is indexed in shards, one after
 * another, which the search page merges (pagefind.mergeIndex). Keeps a
 * 3,000-paper build's indexing well under 2 GiB.
 */
export const SHARD_PAGES = 1500;

/**
 * The index's language code. Its Chinese text arrives already split into
 * words by Intl.Segmenter (segment.ts), so Pagefind must not segment it again:
 * "und" (undetermined) turns off Pagefind's own segmenter and stemmer. Its
 * ICU4X segmenter cost gigabytes and most of the build at a thousand papers,
 * and cut some phrases differently from the browser's Intl.Segmenter that
 * pagefind.js uses on queries (the search page says lang="zh-CN", so queries
 * are still segmented as Chinese).
 */
export const INDEX_LANGUAGE = "und";

export interface IndexStats {
  pagesIndexed: number;
  files: number;
  shards: number;
  /** Size of the search bundle on disk (index, fragments, wasm, scripts). */
  bytes: number;
}

async function indexShard(siteDir: string, files: string[], outputPath: string, pool: SegmentPool, tick: () => void, log: (line: string) => void): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  // Files go to Pagefind in sorted order, so two builds write the same index (Pagefind takes its
  // messages in the order sent). Workers segment files ahead; sends do not wait for replies.
  const AHEAD = 32;
  const ready: Promise<string | null>[] = files.slice(0, AHEAD).map((f) => pool.segment(path.join(siteDir, f)));
  const sent: Promise<void>[] = [];
  for (let i = 0; i < files.length; i++) {
    const content = await ready[i];
    tick();
    if (i + AHEAD < files.length) ready.push(pool.segment(path.join(siteDir, files[i + AHEAD])));
    if (content === null) continue;
    sent.push(
      index.addHTMLFile({ sourcePath: files[i], content }).then((added) => {
        if (added.errors.length) throw new Error(`Pagefind could not index ${files[i]}: ${added.errors.join("; ")}`);
      }),
    );
  }
  await Promise.all(sent);
  log(`  index: writing ${path.relative(siteDir, outputPath)}/ (${files.length} pages)`);
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
 * `log` hears how far it has got, at each tenth of the pages.
 */
export async function indexSite(siteDir: string, log: (line: string) => void = () => {}): Promise<IndexStats> {
  const files = await htmlFiles(siteDir);
  const line = progressLine("index", "pages");
  const tick = progress(files.length, (done, total) => log(line(done, total)));
  // Even shards: 3,300 pages make three of 1,100, not two full ones and a sliver.
  const count = Math.max(1, Math.ceil(files.length / SHARD_PAGES));
  const size = Math.ceil(files.length / count);
  const shards: string[][] = [];
  for (let i = 0; i < files.length; i += size) shards.push(files.slice(i, i + size));
  const bundle = path.join(siteDir, "pagefind");
  let pagesIndexed = 0;
  const pool = new SegmentPool();
  try {
    for (const [i, shard] of shards.entries()) {
      pagesIndexed += await indexShard(siteDir, shard, i === 0 ? bundle : path.join(bundle, `shard-${i}`), pool, tick, log);
    }
  } finally {
    await pool.close();
  }
  await mkdir(bundle, { recursive: true });
  await writeFile(path.join(bundle, "shards.json"), JSON.stringify(shards.slice(1).map((_, i) => `shard-${i + 1}/`)));
  return { pagesIndexed, files: files.length, shards: shards.length, bytes: (await dirSize(bundle)).bytes };
}
