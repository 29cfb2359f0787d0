import { readFile } from "node:fs/promises";
import path from "node:path";

import { DATASETS } from "../data/datasets.ts";
import { parseJson } from "../data/read-json.ts";
import type { ValidInput } from "../data/validate.ts";
import { createMarkdown } from "../markdown/index.ts";
import type { ParagraphRefs } from "../markdown/references.ts";
import { listPaperDirs, readPaper, type PaperFrontMatter } from "../papers/load.ts";
import { collectBacklinks, type Backlinks, type PaperRefs } from "./backlinks.ts";
import type { SiteData } from "./types.ts";

export interface SiteModel {
  data: SiteData;
  papers: (PaperRefs & { frontMatter: PaperFrontMatter })[];
  backlinks: Backlinks;
}

/**
 * Everything the entity pages need, read from the project: the data sets and
 * what each paper's paragraphs cite and mention. Validation has run first
 * (src/build.ts), so the files are known to be well-formed.
 */
const primed = new Map<string, SiteModel>();

/**
 * Hands the model that validation already built to the Eleventy run that
 * follows in the same process (src/build.ts), so no paper is parsed twice.
 */
export function primeSiteModel(root: string, input: ValidInput): void {
  const papers = input.papers.map((p) => ({ slug: p.slug, title: p.frontMatter.title, frontMatter: p.frontMatter, references: p.references }));
  primed.set(path.resolve(root), { data: input.data, papers, backlinks: collectBacklinks(papers, input.data) });
}

export async function loadSiteModel(root: string): Promise<SiteModel> {
  const ready = primed.get(path.resolve(root));
  if (ready) {
    primed.delete(path.resolve(root));
    return ready;
  }
  const data = {} as Record<string, unknown>;
  for (const set of DATASETS) data[set.name] = parseJson(await readFile(path.join(root, set.file), "utf8"));
  const siteData = data as unknown as SiteData;
  const md = createMarkdown();
  const papers = await Promise.all(
    (await listPaperDirs(root)).map(async (slug) => {
      const paper = await readPaper(root, slug);
      const env: { paragraphRefs?: ParagraphRefs[] } & Record<string, unknown> = { ...siteData };
      md.parse(paper.body, env);
      const frontMatter = paper.frontMatter as PaperFrontMatter;
      return { slug, title: frontMatter.title, frontMatter, references: env.paragraphRefs ?? [] };
    }),
  );
  return { data: siteData, papers, backlinks: collectBacklinks(papers, siteData) };
}
