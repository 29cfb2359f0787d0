import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { bibliographyEntries, exportBibtexEntries, exportCslJson, exportRisEntries, type CitationRecord } from "../cite/index.ts";
import { absoluteUrl } from "../eleventy/site-url.ts";
import type { SiteModel } from "./load.ts";

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

/**
 * Every record in every format, from one Citation.js call per format: a call
 * per record costs milliseconds, and a site of a thousand papers feels them.
 */
function citationSets(records: CitationRecord[], base: (r: CitationRecord) => string): CitationSet[] {
  const gbt = bibliographyEntries(records, "gb-t-7714");
  const apa = bibliographyEntries(records, "apa");
  const bibtex = exportBibtexEntries(records);
  const ris = exportRisEntries(records);
  return records.map((r, i) => ({
    gbt: gbt[i],
    apa: apa[i],
    bibtex: `${bibtex[i]}\n`,
    ris: `${ris[i]}\n`,
    csljson: exportCslJson([r]),
    files: { bib: `${base(r)}.bib`, ris: `${base(r)}.ris`, json: `${base(r)}.json` },
  }));
}

function joinSets(sets: CitationSet[], base: string, records: CitationRecord[]): CitationSet {
  return {
    gbt: sets.map((s) => s.gbt).join("\n"),
    apa: sets.map((s) => s.apa).join("\n"),
    bibtex: sets.map((s) => s.bibtex).join("\n"),
    ris: sets.map((s) => s.ris).join(""),
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
  const paperRecords = model.papers.map((p) => paperRecord(p.slug, p.frontMatter, siteUrl, siteTitle));
  const paperSets = citationSets(paperRecords, (r) => `/papers/${r.id}/cite`);
  const papers: CitationViews["papers"] = {};
  model.papers.forEach((p, i) => {
    const set = paperSets[i];
    // "Cite this paragraph": the paper's GB/T entry with the paragraph and its URL; the page fills {n}.
    const paragraph = `${set.gbt.replace(/\s*https?:\/\/\S+\.?$/, "")} 第{n}段. ${absoluteUrl(`/papers/${p.slug}/`, siteUrl)}#p{n}.`;
    papers[p.slug] = { ...set, paragraph, cited: [...new Set(p.references.flatMap((r) => r.cites))] };
  });
  const workRecords = model.data.literature as unknown as CitationRecord[];
  const workSets = citationSets(workRecords, (r) => `/literature/${r.id}/cite`);
  const works: CitationViews["works"] = Object.fromEntries(workRecords.map((r, i) => [r.id, workSets[i]]));
  const all = joinSets(workSets, "/literature/references", workRecords);
  const files = [...paperSets, ...workSets, all].flatMap(filesOf);
  return { papers, works, all, files };
}

/** Writes the citation downloads into the built site. */
export async function writeCitationFiles(outDir: string, files: CitationFile[]): Promise<void> {
  for (const file of files) {
    const target = path.join(outDir, ...file.url.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
}
