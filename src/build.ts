import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

import Eleventy from "@11ty/eleventy";

import { bundleClientScripts } from "./assets/bundle.ts";
import { InputError } from "./data/errors.ts";
import { validateInput } from "./data/validate.ts";
import { pathPrefix } from "./eleventy/path-prefix.ts";
import { primeSiteModel } from "./entities/load.ts";
import { indexSite } from "./search/index.ts";

export interface BuildOptions {
  /** Project root: content/, _data/, src/templates/ are read from here. */
  root?: string;
  /** Where the finished site goes; replaced only when every phase succeeded. */
  outDir?: string;
  pathPrefix?: string;
  log?: (line: string) => void;
}

export interface BuildReport {
  outDir: string;
  pages: number;
  pagesIndexed: number;
  papers: number;
  paragraphs: number;
  indexBytes: number;
  phases: { name: string; ms: number }[];
}

async function timed<T>(phases: BuildReport["phases"], name: string, log: (l: string) => void, work: () => Promise<T>): Promise<T> {
  log(`▸ ${name}…`);
  const start = performance.now();
  const result = await work();
  const ms = Math.round(performance.now() - start);
  phases.push({ name, ms });
  log(`  ${name} done in ${ms} ms`);
  return result;
}

/** Moves the staged site into place; the old site is removed only once the new one stands. */
async function swapInto(staging: string, outDir: string): Promise<void> {
  const old = `${staging}-old`;
  await rename(outDir, old).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== "ENOENT") throw e;
  });
  try {
    await rename(staging, outDir);
  } catch (e) {
    await rename(old, outDir).catch(() => {});
    throw e;
  }
  await rm(old, { recursive: true, force: true });
}

/**
 * The whole line: validate → Eleventy into a staging dir → client scripts →
 * Pagefind → swap into outDir. Any failure leaves the previous site as it was.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildReport> {
  const root = path.resolve(options.root ?? process.cwd());
  const outDir = path.resolve(root, options.outDir ?? "_site");
  const log = options.log ?? (() => {});
  const prefix = pathPrefix(options.pathPrefix);
  const staging = path.join(path.dirname(outDir), ".build", `${path.basename(outDir)}-${process.pid}-${Date.now()}`);
  const phases: BuildReport["phases"] = [];

  const input = await timed(phases, "validate", log, () => validateInput(root));
  primeSiteModel(root, input);
  await mkdir(staging, { recursive: true });
  try {
    const pages = await timed(phases, "render", log, async () => {
      const cwd = process.cwd();
      // Eleventy resolves its dirs against the working directory.
      process.chdir(root);
      try {
        const eleventy = new Eleventy("content", staging, {
          configPath: ".eleventy.ts",
          quietMode: true,
          pathPrefix: prefix,
        });
        const written = (await eleventy.write()) as unknown as [unknown[], unknown[]];
        return written[1].length;
      } finally {
        process.chdir(cwd);
      }
    });
    await timed(phases, "scripts", log, () => bundleClientScripts(root, staging));
    const stats = await timed(phases, "index", log, () => indexSite(staging));
    await timed(phases, "publish", log, () => swapInto(staging, outDir));
    const paragraphs = input.papers.reduce((n, p) => n + p.references.length, 0);
    return { outDir, pages, pagesIndexed: stats.pagesIndexed, papers: input.papers.length, paragraphs, indexBytes: stats.bytes, phases };
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  try {
    const report = await buildSite({ log: (l) => console.log(l) });
    const total = ((performance.now() - started) / 1000).toFixed(1);
    const phases = report.phases.map((p) => `${p.name} ${(p.ms / 1000).toFixed(1)} s`).join(" · ");
    console.log(
      `✓ ${report.pages} pages written into ${path.relative(process.cwd(), report.outDir) || "."}/ in ${total} s\n` +
        `  ${report.papers} paper(s), ${report.paragraphs} paragraphs; ${report.pagesIndexed} pages indexed for search, index ${(report.indexBytes / 1024).toFixed(0)} KB\n` +
        `  ${phases}`,
    );
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`✗ Build stopped; the previous site is untouched.\n${e.message}`);
    } else {
      console.error(`✗ Build failed; the previous site is untouched.\n${(e as Error).stack ?? e}`);
    }
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
