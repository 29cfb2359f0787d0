import { bibliography, exportBibtex, exportCslJson, exportRis, type CitationRecord } from "../cite/index.ts";
import { absoluteUrl } from "../eleventy/site-url.ts";
import type { SiteModel } from "./load.ts";
import type { Work } from "./types.ts";

/** One work (or a list) in every format a reader or a reference manager takes. */
export interface CitationSet {
  gbt: string;
  apa: string;
  bibtex: string;
  ris: string;
  csljson: string;
  /** Download URLs, site-relative: .bib, .ris, .json. */
  files: { bib: string; ris: string; json: string };
}

export interface CitationFile {
  url: string;
  content: string;
}

export interface CitationViews {
  /** Per paper: its own citation, the "cite this paragraph" template, and the keys it cites in order of first citation. */
  papers: Record<string, CitationSet & { paragraph: string; cited: string[] }>;
  works: Record<string, CitationSet>;
  all: CitationSet;
  files: CitationFile[];
}

function citationSet(records: CitationRecord[], base: string): CitationSet {
  return {
    gbt: bibliography(records, "gb-t-7714"),
    apa: bibliography(records, "apa"),
    bibtex: exportBibtex(records),
    ris: exportRis(records),
    csljson: exportCslJson(records),
    files: { bib: `${base}.bib`, ris: `${base}.ris`, json: `${base}.json` },
  };
}

/**
 * The paper as readers consult it here: the web edition at its URL. Its year
 * and journal are unknown, so they are left out rather than guessed.
 */
export function paperRecord(slug: string, fm: SiteModel["papers"][number]["frontMatter"], siteUrl: string, siteTitle: string): CitationRecord {
  const names = fm.authors.map((a) => {
    const [family, ...given] = [...a.name];
    // Chinese personal names: one-character family name first (复姓 would need the data to say so).
    return /[\p{Script=Han}]/u.test(a.name) ? { family, given: given.join("") } : { literal: a.name };
  });
  return {
    id: slug,
    type: "webpage",
    title: fm.title,
    author: names,
    ...(fm.year ? { issued: { "date-parts": [[fm.year]] } } : {}),
    "container-title": siteTitle,
    language: "zh-CN",
    abstract: fm.abstract ?? undefined,
    URL: absoluteUrl(`/papers/${slug}/`, siteUrl),
  } as CitationRecord;
}

const filesOf = (set: CitationSet): CitationFile[] => [
  { url: set.files.bib, content: set.bibtex },
  { url: set.files.ris, content: set.ris },
  { url: set.files.json, content: set.csljson },
];

/** Every citation the site shows or serves, formatted once per build. */
export function citationViews(model: SiteModel, siteUrl: string, siteTitle: string): CitationViews {
  const papers: CitationViews["papers"] = {};
  for (const p of model.papers) {
    const set = citationSet([paperRecord(p.slug, p.frontMatter, siteUrl, siteTitle)], `/papers/${p.slug}/cite`);
    // "Cite this paragraph": the paper's GB/T entry with the paragraph and its URL; the page fills {n}.
    const paragraph = `${set.gbt.replace(/\s*https?:\/\/\S+\.?$/, "")} 第{n}段. ${absoluteUrl(`/papers/${p.slug}/`, siteUrl)}#p{n}.`;
    papers[p.slug] = { ...set, paragraph, cited: [...new Set(p.references.flatMap((r) => r.cites))] };
  }
  const works: CitationViews["works"] = {};
  for (const w of model.data.literature) works[w.id] = citationSet([w as Work & CitationRecord], `/literature/${w.id}/cite`);
  const all = citationSet(model.data.literature as (Work & CitationRecord)[], "/literature/references");
  const files = [...Object.values(papers), ...Object.values(works), all].flatMap(filesOf);
  return { papers, works, all, files };
}
