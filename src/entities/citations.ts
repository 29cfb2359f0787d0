import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { bibliographyEntries, exportBibtexEntries, exportCslJson, exportRisEntries, type CitationRecord } from "../cite/index.ts";
import { absoluteUrl } from "../eleventy/site-url.ts";
import type { PaperFrontMatter } from "../papers/load.ts";
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
}

/**
 * The downloads (.bib, .ris, .json) at once, the views when APA is ready: the
 * files need no APA, so the disk can start on them while it is being made.
 */
export interface Citations {
  files: CitationFile[];
  views: Promise<CitationViews>;
}

/**
 * Every record in every format but APA, from one Citation.js call per format:
 * a call per record costs milliseconds, and a site of a thousand papers feels
 * them. APA entries are added when they are ready (see ApaEntries).
 */
function citationSets(records: CitationRecord[], base: (r: CitationRecord) => string): { sets: CitationSet[]; withApa: (apa: string[]) => CitationSet[] } {
  const gbt = bibliographyEntries(records, "gb-t-7714");
  const bibtex = exportBibtexEntries(records);
  const ris = exportRisEntries(records);
  const sets = records.map((r, i) => ({
    gbt: gbt[i],
    apa: "",
    bibtex: `${bibtex[i]}\n`,
    ris: `${ris[i]}\n`,
    csljson: exportCslJson([r]),
    files: { bib: `${base(r)}.bib`, ris: `${base(r)}.ris`, json: `${base(r)}.json` },
  }));
  return { sets, withApa: (apa) => sets.map((set, i) => ({ ...set, apa: apa[i] })) };
}

/** The whole list in one set, APA aside (joined when it is ready). */
function joinSets(sets: CitationSet[], base: string, records: CitationRecord[]): CitationSet {
  return {
    gbt: sets.map((s) => s.gbt).join("\n"),
    apa: "",
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
export function paperRecord(slug: string, fm: PaperFrontMatter, siteUrl: string, siteTitle: string): CitationRecord {
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

export interface CitedRecords {
  papers: CitationRecord[];
  works: CitationRecord[];
}

export function citedRecords(papers: { slug: string; frontMatter: PaperFrontMatter }[], literature: unknown, siteUrl: string, siteTitle: string): CitedRecords {
  return { papers: papers.map((p) => paperRecord(p.slug, p.frontMatter, siteUrl, siteTitle)), works: literature as CitationRecord[] };
}

/**
 * The APA entries of every record: the largest part of Citation.js's work
 * (APA's disambiguation runs across the list), so the part worth doing on
 * another thread (citations-ahead.ts) while this one does the rest.
 */
export interface ApaEntries {
  records: CitedRecords;
  papers: string[];
  works: string[];
}

export function apaEntries(records: CitedRecords): ApaEntries {
  return { records, papers: bibliographyEntries(records.papers, "apa"), works: bibliographyEntries(records.works, "apa") };
}

/**
 * Every citation the site shows or serves. `ahead` holds APA entries being
 * formatted on another thread; they are used only when made from exactly the
 * records validated here, else APA is formatted again.
 */
export function formatCitations(model: SiteModel, siteUrl: string, siteTitle: string, ahead?: Promise<ApaEntries | null>): Citations {
  const records = citedRecords(model.papers, model.data.literature, siteUrl, siteTitle);
  const paperSetsWith = citationSets(records.papers, (r) => `/papers/${r.id}/cite`);
  const workSetsWith = citationSets(records.works, (r) => `/literature/${r.id}/cite`);
  const all = joinSets(workSetsWith.sets, "/literature/references", records.works);
  const files = [...paperSetsWith.sets, ...workSetsWith.sets, all].flatMap(filesOf);
  const views = (async (): Promise<CitationViews> => {
    const made = await ahead;
    const apa = made && JSON.stringify(made.records) === JSON.stringify(records) ? made : apaEntries(records);
    const paperSets = paperSetsWith.withApa(apa.papers);
    const papers: CitationViews["papers"] = {};
    model.papers.forEach((p, i) => {
      const set = paperSets[i];
      // "Cite this paragraph": the paper's GB/T entry with the paragraph and its URL; the page fills {n}.
      const paragraph = `${set.gbt.replace(/\s*https?:\/\/\S+\.?$/, "")} 第{n}段. ${absoluteUrl(`/papers/${p.slug}/`, siteUrl)}#p{n}.`;
      papers[p.slug] = { ...set, paragraph, cited: [...new Set(p.references.flatMap((r) => r.cites))] };
    });
    const workSets = workSetsWith.withApa(apa.works);
    const works: CitationViews["works"] = Object.fromEntries(records.works.map((r, i) => [r.id, workSets[i]]));
    return { papers, works, all: { ...all, apa: workSets.map((s) => s.apa).join("\n") } };
  })();
  return { files, views };
}

/** Writes the citation downloads into the built site, all at once: thousands of small files one after another wait a second on the disk. */
export async function writeCitationFiles(outDir: string, files: CitationFile[]): Promise<void> {
  const targets = files.map((file) => ({ target: path.join(outDir, ...file.url.split("/")), content: file.content }));
  for (const dir of new Set(targets.map((t) => path.dirname(t.target)))) await mkdir(dir, { recursive: true });
  await Promise.all(targets.map((t) => writeFile(t.target, t.content)));
}
