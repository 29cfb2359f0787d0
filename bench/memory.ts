import { readdirSync, readFileSync } from "node:fs";

export interface TreeMemory {
  /** Resident memory (bytes) of the process and all its descendants. */
  total: number;
  /** Of which Pagefind's indexing processes. */
  pagefind: number;
}

/** Resident memory of a process tree, read from /proc (Linux). */
export function treeRss(root: number): TreeMemory {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const memory: TreeMemory = { total: 0, pagefind: 0 };
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      const rss = m ? Number(m[1]) * 1024 : 0;
      memory.total += rss;
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("pagefind")) memory.pagefind += rss;
    } catch {
      continue;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return memory;
}
