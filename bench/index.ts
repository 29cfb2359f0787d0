// `npm run bench -- N`: build a synthetic corpus of N papers with this project and with a plain
// Eleventy + Pagefind baseline, and compare render time, index time, peak memory and sizes.
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { dirSize } from "../src/fs/site-files.ts";
import { writeBaseline } from "./baseline.ts";
import { writeCorpus } from "./corpus.ts";
import { treeRss } from "./memory.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const n = Number(process.argv[2] ?? 100);
// Timings on this machine vary by 10-40% from run to run: several runs give a median.
const runs = Number(process.argv[3] ?? 1);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(runs) || runs < 1) {
  throw new Error(`usage: npm run bench -- <number of papers> [runs], got ${process.argv.slice(2).join(" ")}`);
}

interface Run {
  phases: Record<string, number>;
  /** Peak resident memory per phase: the whole process tree, and Pagefind's processes alone. */
  peak: Record<string, number>;
  peakPagefind: number;
  pages: number;
  indexed: number;
  out: string;
}

/**
 * One build from a clean output directory, as on a fresh checkout or in CI. Left in place,
 * the baseline would overwrite its last output (cheap) where this project writes a new
 * site beside it and deletes the old one (a file created costs about a millisecond on
 * this project's disk): successive runs would compare different work.
 */
async function runBuild(mode: "ours" | "baseline", root: string): Promise<Run> {
  await rm(path.join(root, "_site"), { recursive: true, force: true });
  await rm(path.join(root, ".build"), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "bench", "run-build.ts"), mode, root], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    const peak: Record<string, number> = {};
    let peakPagefind = 0;
    let phase = "start";
    let last = "";
    const sample = () => {
      const rss = treeRss(child.pid!);
      peak[phase] = Math.max(peak[phase] ?? 0, rss.total);
      peakPagefind = Math.max(peakPagefind, rss.pagefind);
    };
    const timer = setInterval(sample, 50);
    child.stdout.setEncoding("utf8");
    let buffer = "";
    child.stdout.on("data", (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      for (const line of lines) {
        const m = /^PHASE (\w+)/.exec(line);
        if (m) {
          sample();
          phase = m[1];
        } else if (line.startsWith("{")) last = line;
      }
    });
    child.on("exit", (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`${mode} build exited with ${code}`));
      resolve({ ...(JSON.parse(last) as Omit<Run, "peak" | "peakPagefind">), peak, peakPagefind });
    });
  });
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const work = path.join(os.tmpdir(), `fta-bench-${n}`);
const corpus = path.join(work, "ours");
const baseline = path.join(work, "baseline");
console.log(`Generating ${n} synthetic papers (seeded) in ${work} …`);
await writeCorpus(ROOT, corpus, { papers: n });
await writeBaseline(corpus, baseline, ROOT);

const row = async (r: Run) => {
  const validate = r.phases.validate ?? 0;
  const render = r.phases.render + (r.phases.scripts ?? 0);
  const index = r.phases.index;
  return {
    validate,
    render,
    index,
    total: validate + render + index + (r.phases.publish ?? 0),
    peakIndex: r.peak.index ?? 0,
    peakPagefind: r.peakPagefind,
    peakAll: Math.max(...Object.values(r.peak)),
    output: (await dirSize(r.out)).bytes,
    indexSize: (await dirSize(path.join(r.out, "pagefind"))).bytes,
    pages: r.pages,
  };
};
type Row = Awaited<ReturnType<typeof row>>;
const oursRows: Row[] = [];
const baseRows: Row[] = [];
// Alternating, so a slow spell of the machine falls on both sides.
for (let i = 1; i <= runs; i++) {
  const of = runs > 1 ? ` (run ${i} of ${runs})` : "";
  console.log(`Building with this project${of} …`);
  oursRows.push(await row(await runBuild("ours", corpus)));
  console.log(`Building the plain baseline${of} …`);
  baseRows.push(await row(await runBuild("baseline", baseline)));
}

/** Each measure's median over the runs. */
function median(rows: Row[]): Row {
  const mid = (xs: number[]) => {
    const sorted = [...xs].sort((x, y) => x - y);
    const m = sorted.length >> 1;
    return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  };
  return Object.fromEntries(Object.keys(rows[0]).map((k) => [k, mid(rows.map((r) => r[k as keyof Row]))])) as Row;
}
const a = median(oursRows);
const b = median(baseRows);
const ratio = (x: number, y: number) => (y ? `${(x / y).toFixed(2)}×` : "–");
const byRun = (label: string, key: "total" | "render") =>
  `${label}, run by run: ${oursRows.map((r, i) => `${s(r[key])} / ${s(baseRows[i][key])} (${ratio(r[key], baseRows[i][key])})`).join(", ")}`;
const lines = [
  `N = ${n} papers (${os.cpus().length} cores, Node ${process.version})${runs > 1 ? `, median of ${runs} runs each` : ""}`,
  "",
  "| | this project | plain baseline | ratio |",
  "|---|---|---|---|",
  `| pages written | ${a.pages} | ${b.pages} | |`,
  `| validate (schemas, fidelity, citations) | ${s(a.validate)} | – | |`,
  `| render (Eleventy, client scripts) | ${s(a.render)} | ${s(b.render)} | ${ratio(a.render, b.render)} |`,
  `| index (Pagefind) | ${s(a.index)} | ${s(b.index)} | ${ratio(a.index, b.index)} |`,
  `| full build | ${s(a.total)} | ${s(b.total)} | ${ratio(a.total, b.total)} |`,
  `| peak memory of indexing (Pagefind processes) | ${mb(a.peakPagefind)} | ${mb(b.peakPagefind)} | ${ratio(a.peakPagefind, b.peakPagefind)} |`,
  `| peak memory during the index phase (all processes) | ${mb(a.peakIndex)} | ${mb(b.peakIndex)} | ${ratio(a.peakIndex, b.peakIndex)} |`,
  `| peak memory, whole build | ${mb(a.peakAll)} | ${mb(b.peakAll)} | ${ratio(a.peakAll, b.peakAll)} |`,
  `| output size | ${mb(a.output)} | ${mb(b.output)} | ${ratio(a.output, b.output)} |`,
  `| index size | ${mb(a.indexSize)} | ${mb(b.indexSize)} | ${ratio(a.indexSize, b.indexSize)} |`,
  "",
  ...(runs > 1 ? [byRun("full build", "total"), byRun("render", "render")] : []),
];
console.log(`\n${lines.join("\n")}`);
// Hundreds of megabytes at N = 3000 (two built sites and the corpus): kept only if asked for.
if (process.env.BENCH_KEEP) console.log(`\n(corpus and both builds kept in ${work})`);
else await rm(work, { recursive: true, force: true });
