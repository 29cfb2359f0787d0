import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { buildSite, type BuildOptions, type BuildReport } from "../../src/build.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export async function tempDir(prefix = "fta-site-"): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

/**
 * A throwaway copy of the project (content, data, templates, code) that a
 * test may break on purpose; node_modules is linked, not copied.
 */
export async function copyProject(): Promise<string> {
  const dir = await tempDir("fta-fixture-");
  for (const entry of [".eleventy.ts", "src", "content", "_data", "package.json", "tsconfig.json"]) {
    await cp(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  await symlink(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

/** Builds the real project into a fresh temporary directory. */
export async function buildRealSite(options: Omit<BuildOptions, "root" | "outDir"> = {}): Promise<BuildReport & { cleanup(): Promise<void> }> {
  const dir = await tempDir();
  const report = await buildSite({ ...options, root: ROOT, outDir: path.join(dir, "_site") });
  return { ...report, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
