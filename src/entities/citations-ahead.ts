import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Worker } from "node:worker_threads";

import { dataSetFile } from "../data/datasets.ts";
import { parseJson } from "../data/read-json.ts";
import { PAPERS_DIR } from "../papers/load.ts";
import { tsWorker } from "../workers/ts-worker.ts";
import type { ApaEntries } from "./citations.ts";

/**
 * A worker costs about a second to start (tsx, Citation.js); APA costs about
 * 2.5 ms a record. Below this many records the build formats them itself.
 */
export const AHEAD_MIN_RECORDS = 400;

/** Papers and works, counted roughly and quickly: what cannot be read counts nothing (validation will say why). */
function citedRecordCount(root: string): number {
  const count = (read: () => unknown) => {
    try {
      const list = read();
      return Array.isArray(list) ? list.length : 0;
    } catch {
      return 0;
    }
  };
  const papers = count(() => readdirSync(path.join(root, PAPERS_DIR), { withFileTypes: true }).filter((e) => e.isDirectory()));
  const works = count(() => parseJson(readFileSync(path.join(root, dataSetFile("literature")), "utf8")));
  return papers + works;
}

const started = new Map<string, { worker: Worker; entries: Promise<ApaEntries | null> }>();

/**
 * Starts formatting the APA entries of the project at `root` on a worker
 * thread. They take seconds at a thousand papers; begun before validation,
 * they are made on the other core while validation, Eleventy's set-up and
 * the other formats are made on this one. The worker reads the files itself,
 * unvalidated: formatCitations uses its work only if its records match the
 * validated ones, and a worker that fails yields null, never an error
 * (validation reports what is wrong with the input). A project with fewer
 * than `minRecords` papers and works gets no worker.
 */
export function formatCitationsAhead(root: string, minRecords = AHEAD_MIN_RECORDS): void {
  const key = path.resolve(root);
  if (started.has(key) || citedRecordCount(key) < minRecords) return;
  const worker = tsWorker(new URL("./citations-worker.ts", import.meta.url));
  // Until someone waits for it, the worker must not hold the process open: a build stopped
  // by invalid input reports at once instead of after the worker's seconds.
  worker.unref();
  const entries = new Promise<ApaEntries | null>((resolve) => {
    worker.once("message", (m: { apa?: ApaEntries }) => {
      resolve(m.apa ?? null);
      void worker.terminate();
    });
    worker.once("error", () => resolve(null));
    worker.once("exit", () => resolve(null));
  });
  worker.postMessage({ root: key });
  started.set(key, { worker, entries });
}

/** The formatting begun for `root`, once: a later build starts afresh. */
export function takeCitationsAhead(root: string): Promise<ApaEntries | null> | undefined {
  const key = path.resolve(root);
  const ahead = started.get(key);
  started.delete(key);
  ahead?.worker.ref();
  return ahead?.entries;
}
