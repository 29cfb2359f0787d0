import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import type * as pagefind from "pagefind";

import { dirSize, htmlFiles } from "../fs/site-files.ts";
import { progress, progressLine } from "../progress.ts";
import { INFIX_DIR, INFIX_FILES, infixFiles } from "./infixes.ts";
import { SegmentPool, type Segmented } from "./segment-pool.ts";

const UNUSED_UI = ["pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css"];

/**
 * How a site's index is split. Pagefind holds a whole index in memory until it
 * has written it, and writes it on one core, a process at a time (a thousand
 * papers: 8 s of its 17). A large site is therefore indexed in shards, each by
 * a Pagefind process of its own, two at once, and small enough that the shards
 * being built hold at most `pagesInMemory` pages between them (a 3,000-paper
 * build's indexing stays well under 2 GiB). The search page merges the shards
 * (pagefind.mergeIndex), at the cost of a few more requests per search, which a
 * small site is spared.
 */
export interface ShardLimits {
  /** Below this many pages, one index. */
  splitFrom: number;
  /** Pages that the Pagefind processes at work hold at once. */
  pagesInMemory: number;
  /** Shards built at once. */
  parallel: number;
}

export const SHARD_LIMITS: ShardLimits = { splitFrom: 500, pagesInMemory: 1500, parallel: 2 };

/** How many shards `pages` pages make: one below the limit, else enough for each core and the memory. */
export function shardCount(pages: number, limits: ShardLimits = SHARD_LIMITS): number {
  if (pages < limits.splitFrom) return 1;
  return Math.max(limits.parallel, Math.ceil(pages / Math.floor(limits.pagesInMemory / limits.parallel)));
}

/**
 * Pagefind's Node API drives one Pagefind process per instance of its module. Imported under a
 * URL of its own, each shard gets a module instance, and so a process, of its own.
 */
async function ownPagefind(shard: number): Promise<typeof pagefind> {
  return (await import(`${import.meta.resolve("pagefind")}?shard=${shard}`)) as typeof pagefind;
}

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

interface ShardJob {
  siteDir: string;
  files: string[];
  outputPath: string;
  pool: SegmentPool;
  /** Pages each word is on, counted over every shard (infixes.ts). */
  pagesByWord: Map<string, number>;
  tick: () => void;
  log: (line: string) => void;
}

async function indexShard(pf: typeof pagefind, job: ShardJob): Promise<number> {
  try {
    return await buildShard(pf, job);
  } finally {
    // Its process, whatever happened: a Pagefind left running would keep the build from exiting.
    await pf.close();
  }
}

async function buildShard(pf: typeof pagefind, { siteDir, files, outputPath, pool, pagesByWord, tick, log }: ShardJob): Promise<number> {
  const { index, errors } = await pf.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  // Files go to Pagefind in sorted order, so two builds write the same index (Pagefind takes its
  // messages in the order sent). Workers segment files ahead; sends do not wait for replies.
  const AHEAD = 32;
  const ready: Promise<Segmented | null>[] = files.slice(0, AHEAD).map((f) => pool.segment(path.join(siteDir, f)));
  const sent: Promise<void>[] = [];
  for (let i = 0; i < files.length; i++) {
    const segmented = await ready[i];
    tick();
    if (i + AHEAD < files.length) ready.push(pool.segment(path.join(siteDir, files[i + AHEAD])));
    if (segmented === null) continue;
    const { content, words } = segmented;
    for (const word of words) pagesByWord.set(word, (pagesByWord.get(word) ?? 0) + 1);
    sent.push(
      index.addHTMLFile({ sourcePath: files[i], content }).then((added) => {
        if (added.errors.length) throw new Error(`Pagefind could not index ${files[i]}: ${added.errors.join("; ")}`);
      }),
    );
  }
  await Promise.all(sent);
  log(`  index: writing ${path.relative(siteDir, outputPath)}/ (from ${files.length} pages read)`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
  for (const kit of UNUSED_UI) await rm(path.join(outputPath, kit), { force: true });
  const entry = JSON.parse(await readFile(path.join(outputPath, "pagefind-entry.json"), "utf8"));
  return Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
}

/**
 * Builds the search index of a rendered site: every HTML page, its Chinese
 * pre-segmented, in one Pagefind index or, for a large site, in shards under
 * pagefind/shard-N/ listed in pagefind/shards.json for the search page to merge;
 * and beside it the words within words of the whole site (infixes.ts).
 * `log` hears how far it has got, at each tenth of the pages.
 */
export async function indexSite(siteDir: string, log: (line: string) => void = () => {}, limits: ShardLimits = SHARD_LIMITS): Promise<IndexStats> {
  const files = await htmlFiles(siteDir);
  const line = progressLine("index", "pages read");
  const tick = progress(files.length, (done, total) => log(line(done, total)));
  // Even shards: 3,300 pages make six of 550, not five full ones and a sliver.
  const size = Math.ceil(files.length / shardCount(files.length, limits)) || 1;
  const shards: string[][] = [];
  for (let i = 0; i < files.length; i += size) shards.push(files.slice(i, i + size));
  const bundle = path.join(siteDir, "pagefind");
  const indexed: number[] = [];
  const pagesByWord = new Map<string, number>();
  const pool = new SegmentPool();
  let next = 0;
  let failed = false;
  const worker = async () => {
    for (let i = next++; i < shards.length && !failed; i = next++) {
      try {
        const outputPath = i === 0 ? bundle : path.join(bundle, `shard-${i}`);
        indexed[i] = await indexShard(await ownPagefind(i), { siteDir, files: shards[i], outputPath, pool, pagesByWord, tick, log });
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  // Every shard at work is let finish or fail before the segmenting threads stop.
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(limits.parallel, shards.length) }, worker));
  await pool.close();
  for (const o of outcomes) if (o.status === "rejected") throw o.reason;
  const pagesIndexed = indexed.reduce((n, k) => n + k, 0);
  await mkdir(bundle, { recursive: true });
  await writeFile(path.join(bundle, "shards.json"), JSON.stringify(shards.slice(1).map((_, i) => `shard-${i + 1}/`)));
  await mkdir(path.join(bundle, INFIX_DIR), { recursive: true });
  // Every file, empty ones too: a search asks for its term's file whatever the term.
  const infixes = infixFiles(pagesByWord);
  await Promise.all(Array.from({ length: INFIX_FILES }, (_, n) => writeFile(path.join(bundle, INFIX_DIR, `${n}.json`), JSON.stringify(infixes.get(n) ?? {}))));
  return { pagesIndexed, files: files.length, shards: shards.length, bytes: (await dirSize(bundle)).bytes };
}
