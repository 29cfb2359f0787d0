// A worker thread that segments HTML for the index (see segment.ts), so the build's cores share the work.
import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";

import { segmentHtml } from "./segment.ts";

parentPort!.on("message", async ({ id, file }: { id: number; file: string }) => {
  try {
    const html = await readFile(file, "utf8");
    // Only readable bodies are indexed; Pagefind would drop the rest anyway, but per shard.
    if (!html.includes("data-pagefind-body")) return parentPort!.postMessage({ id, content: null, words: [] });
    const words = new Set<string>();
    const content = segmentHtml(html, words);
    parentPort!.postMessage({ id, content, words: [...words] });
  } catch (e) {
    parentPort!.postMessage({ id, error: String(e) });
  }
});
