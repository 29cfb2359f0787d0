import { readFileSync } from "node:fs";
import path from "node:path";

import { correctionView, type Correction, type CorrectionView } from "./corrections.ts";
import { parseJson } from "../data/read-json.ts";
import { fmt } from "../filters/fmt.ts";
import type { Author, PaperFrontMatter } from "./load.ts";

export interface PaperPage {
  slug: string;
  corrections: Correction[];
  correctionViews: (CorrectionView & { atLabel: string })[];
  /** Unique affiliations in author order, each with the 1-based numbers of its authors. */
  affiliations: string[];
  authorNames: string;
  sourceFile: string;
  /** Corrections that touch the header, keyed by where: title, authors, abstract. */
  headerCorrections: Record<string, CorrectionView[]>;
}

interface PageData extends Partial<PaperFrontMatter> {
  page: { inputPath: string; fileSlug: string };
  i18n: Record<string, string>;
}

/** "p4" → 第4段, "title" → 题名: where a correction stands, in words. */
export function placeLabel(at: string, i18n: Record<string, string>): string {
  const para = /^p(\d+)$/.exec(at);
  if (para) return fmt(i18n.atParagraph, { n: para[1] });
  if (at.startsWith("sec-")) return fmt(i18n.atHeading, { n: at.slice(4).replace(/-/g, ".") });
  return i18n[`at${at[0].toUpperCase()}${at.slice(1)}`] ?? at;
}

/**
 * The reading page's view of a paper, shaped here so the template only lays it out.
 * Validation has already run (src/data/validate.ts), so the files are known good.
 */
export function paperPageData(data: PageData): PaperPage {
  const dir = path.dirname(data.page.inputPath);
  const file = path.join(dir, "corrections.json");
  let corrections: Correction[] = [];
  try {
    corrections = parseJson(readFileSync(file, "utf8"));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  const views = corrections.map((c) => ({ ...correctionView(c), atLabel: placeLabel(c.at, data.i18n) }));
  const authors: Author[] = data.authors ?? [];
  const headerCorrections: Record<string, CorrectionView[]> = {};
  for (const v of views.filter((v) => !/^(p\d|sec-)/.test(v.at))) (headerCorrections[v.at] ??= []).push(v);
  return {
    slug: path.basename(dir),
    corrections,
    correctionViews: views,
    affiliations: [...new Set(authors.map((a) => a.affiliation).filter((a): a is string => !!a))],
    authorNames: authors.map((a) => a.name).join("、"),
    sourceFile: data.source ?? "",
    headerCorrections,
  };
}
