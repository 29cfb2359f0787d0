import { copyFile, mkdir, readdir } from "node:fs/promises";
import path from "node:path";

import type UserConfig from "@11ty/eleventy/UserConfig";

import { PAPERS_DIR } from "../papers/load.ts";
import { writeInBackground } from "./background-writes.ts";

/** Every .txt in a paper's folder (its OCR source): [slug, file name]. */
async function sourceTexts(root: string): Promise<[string, string][]> {
  const papers = await readdir(path.join(root, PAPERS_DIR), { withFileTypes: true }).catch(() => []);
  const lists = await Promise.all(
    papers.filter((e) => e.isDirectory()).map(async (paper) => {
      const files = await readdir(path.join(root, PAPERS_DIR, paper.name), { withFileTypes: true });
      return files.filter((f) => f.isFile() && f.name.endsWith(".txt")).map((f): [string, string] => [paper.name, f.name]);
    }),
  );
  return lists.flat();
}

/**
 * Each paper's OCR source, published beside it (papers/<slug>/source.txt) so a
 * reader can check the transcription. Copied with copyFile, which runs on
 * libuv's threads: Eleventy's passthrough copy streams every file through the
 * main thread, a second of the render at a thousand papers.
 */
export function paperSources(eleventyConfig: UserConfig): void {
  writeInBackground(eleventyConfig, async (outputDir) => {
    const root = process.cwd();
    await Promise.all(
      (await sourceTexts(root)).map(async ([slug, file]) => {
        await mkdir(path.join(outputDir, "papers", slug), { recursive: true });
        await copyFile(path.join(root, PAPERS_DIR, slug, file), path.join(outputDir, "papers", slug, file));
      }),
    );
  });
}
