import { cp, mkdir, readdir, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The plain baseline: stock Eleventy (its bundled markdown-it, one layout,
 * nothing else) over the same Markdown, then Pagefind over every page with
 * no configuration — what a site gets without this project's work.
 */
export async function writeBaseline(corpus: string, dir: string, root: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, "content", "_includes"), { recursive: true });
  for (const slug of await readdir(path.join(corpus, "content", "papers"), { withFileTypes: true })) {
    if (!slug.isDirectory()) continue;
    await cp(path.join(corpus, "content", "papers", slug.name, "index.md"), path.join(dir, "content", "papers", slug.name, "index.md"));
  }
  await writeFile(path.join(dir, "content", "papers", "papers.json"), JSON.stringify({ layout: "base.njk" }));
  await writeFile(
    path.join(dir, "content", "_includes", "base.njk"),
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><h1>{{ title }}</h1>{{ content | safe }}</body></html>\n`,
  );
  await symlink(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
}
