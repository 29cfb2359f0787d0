import { mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { InputError } from "./data/errors.ts";
import { pathPrefix } from "./eleventy/path-prefix.ts";
import { changedInputs, stampInputs } from "./fs/input-stamp.ts";
import { localSiteUrlWarning, siteUrl } from "./eleventy/site-url.ts";
import { renderInChild } from "./render.ts";
import { indexSite } from "./search/index.ts";
import { timed, type Phase } from "./timed.ts";

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
  uncitedWorks: string[];
  indexBytes: number;
  phases: Phase[];
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Staging dirs of builds whose process is gone (`npm start` stopped mid-rebuild, a killed CI job):
 * a build cleans up after itself, but a process killed outright cannot.
 */
async function removeStaleStaging(dir: string, base: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const pid = name.startsWith(`${base}-`) ? /^(\d+)-\d+(?:-old)?$/.exec(name.slice(base.length + 1))?.[1] : undefined;
      if (pid && Number(pid) !== process.pid && !alive(Number(pid))) await rm(path.join(dir, name), { recursive: true, force: true });
    }),
  );
}

/**
 * A work no paper cites is still published (its page, the reference lists) with 引用段落：0: right
 * while a paper is being transcribed, a leftover once its paper is gone. Said, not refused.
 */
export function uncitedWorksNote(ids: readonly string[]): string | null {
  if (!ids.length) return null;
  const shown = ids.slice(0, 5).join(", ") + (ids.length > 5 ? `, … (${ids.length - 5} more)` : "");
  return `note: ${ids.length} work(s) in _data/literature.json are cited by no paper and still published: ${shown}`;
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
 * The whole line: validate → Eleventy into a staging dir → client scripts
 * (in a child process, src/render.ts) → Pagefind → swap into outDir. Any
 * failure leaves the previous site as it was.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildReport> {
  const root = path.resolve(options.root ?? process.cwd());
  const outDir = path.resolve(root, options.outDir ?? "_site");
  const log = options.log ?? (() => {});
  const prefix = pathPrefix(options.pathPrefix);
  const staging = path.join(path.dirname(outDir), ".build", `${path.basename(outDir)}-${process.pid}-${Date.now()}`);
  const phases: BuildReport["phases"] = [];

  await removeStaleStaging(path.dirname(staging), path.basename(outDir));
  await mkdir(staging, { recursive: true });
  const inputs = await stampInputs(root);
  try {
    const rendered = await renderInChild({ root, staging, pathPrefix: prefix }, phases, log);
    const stats = await timed(phases, "index", log, () => indexSite(staging, log));
    const changed = changedInputs(inputs, await stampInputs(root));
    if (changed.length) throw new InputError(changed);
    await timed(phases, "publish", log, () => swapInto(staging, outDir));
    return { outDir, pages: rendered.pages, pagesIndexed: stats.pagesIndexed, papers: rendered.papers, paragraphs: rendered.paragraphs, uncitedWorks: rendered.uncitedWorks, indexBytes: stats.bytes, phases };
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    // A file saved mid-build can break a later reader of it (Eleventy's config reads site.json
    // again) with an error that names no file: the edit is the news, and the next build reports it.
    const changed = e instanceof InputError ? [] : changedInputs(inputs, await stampInputs(root));
    throw changed.length ? new InputError(changed) : e;
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
        `  ${report.papers} paper(s), ${report.paragraphs} paragraphs; ${report.pagesIndexed} pages indexed for search (pages with text to search), index ${(report.indexBytes / 1024).toFixed(0)} KB\n` +
        `  ${phases}`,
    );
    const warning = localSiteUrlWarning(siteUrl());
    if (warning) console.log(`  ${warning}`);
    const uncited = uncitedWorksNote(report.uncitedWorks);
    if (uncited) console.log(`  ${uncited}`);
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
