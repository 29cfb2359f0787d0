import { copyFile, link, mkdir, readdir } from "node:fs/promises";
import path from "node:path";

import type UserConfig from "@11ty/eleventy/UserConfig";

import { listPaperDirs, PAPERS_DIR } from "../papers/load.ts";
import { writeInBackground } from "./background-writes.ts";

/** Every .txt in a paper's folder (its OCR source): [slug, file name]. */
async function sourceTexts(root: string): Promise<[string, string][]> {
  const lists = await Promise.all(
    (await listPaperDirs(root)).map(async (slug) => {
      const files = await readdir(path.join(root, PAPERS_DIR, slug), { withFileTypes: true });
      return files.filter((f) => f.isFile() && f.name.endsWith(".txt")).map((f): [string, string] => [slug, f.name]);
    }),
  );
  return lists.flat();
}

/**
 * A hard link where the file system allows one (the output on the same disk as
 * the content), else a copy. A site has one OCR source a paper, and each file
 * created costs the kernel about half a millisecond on a busy disk; a link costs
 * a hundredth of that. The build replaces the output directory as a whole, so the
 * link is never written through. (Run again into the same directory, link finds
 * the file there and copyFile leaves a file alone that is its own source.)
 */
async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to));
}

/**
 * Each paper's OCR source, published beside it (papers/<slug>/source.txt) so a
 * reader can check the transcription.
 */
export async function publishPaperSources(root: string, outputDir: string): Promise<void> {
  await Promise.all(
    (await sourceTexts(root)).map(async ([slug, file]) => {
      await mkdir(path.join(outputDir, "papers", slug), { recursive: true });
      await linkOrCopy(path.join(root, PAPERS_DIR, slug, file), path.join(outputDir, "papers", slug, file));
    }),
  );
}

/**
 * Published while the pages render, by the kernel on libuv's threads: Eleventy's
 * passthrough copy streams every file through the main thread, a second of the
 * render at a thousand papers.
 */
export function paperSources(eleventyConfig: UserConfig): void {
  writeInBackground(eleventyConfig, (outputDir) => publishPaperSources(process.cwd(), outputDir));
}
