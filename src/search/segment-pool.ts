import os from "node:os";
import type { Worker } from "node:worker_threads";

import { tsWorker } from "../workers/ts-worker.ts";

export interface Segmented {
  content: string;
  /** The Chinese words of two characters or more in the indexed text, each once. */
  words: string[];
}

/**
 * Reads and segments files on worker threads, one per core: segmenting a
 * thousand papers' Chinese takes seconds of CPU that the other core can share.
 * Results come back as promises, so the caller keeps its own order.
 */
export class SegmentPool {
  private workers: Worker[];
  private next = 0;
  private pending = new Map<number, { resolve: (s: Segmented | null) => void; reject: (e: Error) => void }>();
  private id = 0;

  constructor(size = Math.max(1, Math.min(os.availableParallelism(), 4))) {
    this.workers = Array.from({ length: size }, () => {
      const w = tsWorker(new URL("./segment-worker.ts", import.meta.url));
      w.on("message", ({ id, content, words, error }: { id: number; content?: string | null; words?: string[]; error?: string }) => {
        const p = this.pending.get(id)!;
        this.pending.delete(id);
        if (error) p.reject(new Error(error));
        else p.resolve(content ? { content, words: words ?? [] } : null);
      });
      w.on("error", (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      return w;
    });
  }

  /** The file's HTML with its Chinese segmented, and its words, or null when it has no readable body to index. */
  segment(file: string): Promise<Segmented | null> {
    const id = this.id++;
    const worker = this.workers[this.next++ % this.workers.length];
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, file });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
