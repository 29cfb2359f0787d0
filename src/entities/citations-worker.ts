// The worker side of citations-ahead.ts: reads the papers' front matter and the literature, formats their APA entries, posts them.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parentPort } from "node:worker_threads";

import { dataSetFile } from "../data/datasets.ts";
import { parseJson } from "../data/read-json.ts";
import { siteUrl } from "../eleventy/site-url.ts";
import { listPaperDirs, readPaper, type PaperFrontMatter } from "../papers/load.ts";
import { apaEntries, citedRecords } from "./citations.ts";

parentPort!.once("message", async ({ root }: { root: string }) => {
  try {
    const json = async (file: string) => parseJson(await readFile(path.join(root, file), "utf8"));
    const papers = await Promise.all(
      (await listPaperDirs(root)).map(async (slug) => ({ slug, frontMatter: (await readPaper(root, slug)).frontMatter as PaperFrontMatter })),
    );
    const records = citedRecords(papers, await json(dataSetFile("literature")), siteUrl(root), (await json(dataSetFile("site"))).title);
    parentPort!.postMessage({ apa: apaEntries(records) });
  } catch {
    parentPort!.postMessage({});
  }
});
