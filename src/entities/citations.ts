import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { bibliographyEntries, exportBibtexEntries, exportCslJson, exportRisEntries, type CitationRecord, type CslName } from "../cite/index.ts";
import { ACCESSED } from "../cite/accessed.ts";
import { italicsOnly } from "../cite/italics.ts";
import { referenceOrder } from "../cite/order.ts";
import { absoluteUrl } from "../eleventy/site-url.ts";
import type { PaperFrontMatter } from "../papers/load.ts";
import type { SiteModel } from "./load.ts";

/** One work (or a list) in every format a reader or a reference manager takes. */
export interface CitationSet {
  /** GB/T for citing: an online source with its [引用日期] (src/cite/accessed.ts). */
  gbt: string;
  /** APA as HTML with its italics, checked to hold no other markup (src/cite/italics.ts). */
  apaHtml: string;
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
  /**
   * Per paper: its own citation, the "cite this paragraph" template, the keys it cites in order
   * of first citation, and the same keys as its reference list orders them (by author and year).
   */
  papers: Record<string, CitationSet & { paragraph: string; cited: string[]; references: string[] }>;
  /**
   * `listed`: the entry as a reference list gives it: GB/T 著者-出版年制, since the papers cite
   * by author and year (刘斌（2018）), and without a consultation date that was never recorded.
   */
  /**
   * `untitled`: no source gives the title, which both styles require, so the entries are incomplete.
   * `inferred`: the paper names the work only by author and year; which work it is, is our inference.
   */
  works: Record<string, CitationSet & { listed: string; untitled: boolean; inferred: boolean }>;
  all: CitationSet;
}

/**
 * The downloads (.bib, .ris, .json) at once, the views when GB/T and APA are
 * ready: the disk can start on the files while those are being made.
 */
export interface Citations {
  files: CitationFile[];
  views: Promise<CitationViews>;
}

type Downloads = Omit<CitationSet, "gbt" | "apaHtml">;

/**
 * BibTeX, RIS and CSL-JSON of every record, from one Citation.js call per
 * format: a call per record costs milliseconds, and a site of a thousand
 * papers feels them.
 */
function downloadSets(records: CitationRecord[], base: (r: CitationRecord) => string): Downloads[] {
  const bibtex = exportBibtexEntries(records);
  const ris = exportRisEntries(records);
  return records.map((r, i) => ({
    bibtex: `${bibtex[i]}\n`,
    ris: `${ris[i]}\n`,
    csljson: exportCslJson([r]),
    files: { bib: `${base(r)}.bib`, ris: `${base(r)}.ris`, json: `${base(r)}.json` },
  }));
}

/** The whole list's downloads in one set. */
function joinDownloads(sets: Downloads[], base: string, records: CitationRecord[]): Downloads {
  return {
    bibtex: sets.map((s) => s.bibtex).join("\n"),
    ris: sets.map((s) => s.ris).join(""),
    csljson: exportCslJson(records),
    files: { bib: `${base}.bib`, ris: `${base}.ris`, json: `${base}.json` },
  };
}

/**
 * A person's name as citation styles need it, family and given apart. Chinese names: the first
 * character is the family name (复姓 would need the data to say so). Latin names: "Smith, John"
 * says which is which; "John Smith" puts the family name last. A single word stays whole.
 */
export function citationName(name: string): CslName {
  if (/[\p{Script=Han}]/u.test(name)) {
    const [family, ...given] = [...name.trim()];
    return { family: family!, given: given.join("") };
  }
  const comma = /^([^,]+),\s*(.+)$/.exec(name.trim());
  if (comma) return { family: comma[1]!.trim(), given: comma[2]!.trim() };
  const words = name.trim().split(/\s+/);
  return words.length > 1 ? { family: words.at(-1)!, given: words.slice(0, -1).join(" ") } : { literal: name.trim() };
}

/**
 * The paper as readers consult it here. Where its front matter names the journal, it is that
 * journal's article, read at this URL ([J/OL]); otherwise it is a page of this site ([EB/OL]).
 * A year or journal the source does not give is left out rather than guessed.
 */
export function paperRecord(slug: string, fm: PaperFrontMatter, siteUrl: string, siteTitle: string): CitationRecord {
  return {
    id: slug,
    type: fm.container ? "article-journal" : "webpage",
    title: fm.title,
    author: fm.authors.map((a) => citationName(a.name)),
    ...(fm.year ? { issued: { "date-parts": [[fm.year]] } } : {}),
    "container-title": fm.container || siteTitle,
    language: "zh-CN",
    abstract: fm.abstract ?? undefined,
    // Citation.js splits CSL's keyword at commas and keeps the space after one.
    ...(fm.keywords?.length ? { keyword: fm.keywords.join(",") } : {}),
    URL: absoluteUrl(`/papers/${slug}/`, siteUrl),
  } as CitationRecord;
}

const filesOf = (set: Downloads): CitationFile[] => [
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
 * (≈1.5–3.5 ms a record; in a list, a third of it works out each entry's in-text
 * form for its 2020a/2020b), so the part worth doing on another thread
 * (citations-ahead.ts) while this one does the rest.
 */
export interface ApaEntries {
  records: CitedRecords;
  /** As HTML: APA sets titles, journals and volumes in italics (src/cite/italics.ts). */
  papers: string[];
  works: string[];
}

export function apaEntries(records: CitedRecords): ApaEntries {
  // A paper's entry is cited on its own (two papers of one author and year are not 2020a and 2020b);
  // the works make one reference list, the one the papers cite from. Papers that cannot share an
  // in-text form get no letters from APA anyway, and are spared a second citeproc engine (building
  // one for APA takes about 0.6 s, a fifth of a small site's build).
  const papersStyle = mayShareCitation(records.papers) ? "apa-standalone" : "apa";
  const html = (list: CitationRecord[], style: "apa" | "apa-standalone") =>
    bibliographyEntries(list, style, "html").map((entry, i) => italicsOnly(entry, list[i]!.id));
  return { records, papers: html(records.papers, papersStyle), works: html(records.works, "apa") };
}

/**
 * Could APA cite two of these records alike (刘晓玲, 2020)? Its in-text form is the first
 * author's family name (with et al.) and the year; records without authors are cited by title,
 * and papers' titles are unique, but they are counted as alike when their years are, to be safe.
 */
export function mayShareCitation(records: readonly CitationRecord[]): boolean {
  const keys = records.map((r) => {
    const first = r.author?.[0];
    return `${first?.family ?? first?.literal ?? ""}|${r.issued?.["date-parts"]?.[0]?.[0] ?? ""}`;
  });
  return new Set(keys).size < keys.length;
}

/**
 * "Cite this paragraph": the paper's GB/T entry with the paragraph as its locator and the
 * paragraph's URL; the page fills in {n}. GB/T 7714 puts a locator (引文页码) before the
 * update date and the date consulted: …[EB/OL]. 第3段(2020)[引用日期]. URL#p3; in a journal
 * article it follows the year, as a page number would: …, 2022: 第3段[引用日期]. URL#p3.
 */
export function paragraphCitation(gbt: string, url: string): string {
  const bare = gbt.replace(/\s*https?:\/\/\S+\.?$/, "");
  const dates = new RegExp(`(\\([^()]*\\))?\\[${ACCESSED}\\]`);
  // A paper is always cited online (paperRecord gives its URL), so its entry has the date slot.
  if (!dates.test(bare)) throw new Error(`paragraph citation: no [${ACCESSED}] in the paper's GB/T entry: ${gbt}`);
  return `${bare.replace(dates, (d, _update, at: number) => `${/[\s.]$/.test(bare.slice(0, at)) ? "" : ": "}第{n}段${d}`)} ${url}#p{n}.`;
}

/**
 * Every citation the site shows or serves. `ahead` holds APA entries being
 * formatted on another thread; they are used only when made from exactly the
 * records validated here, else APA is formatted again.
 */
export function formatCitations(model: SiteModel, siteUrl: string, siteTitle: string, ahead?: Promise<ApaEntries | null>): Citations {
  const records = citedRecords(model.papers, model.data.literature, siteUrl, siteTitle);
  const paperDownloads = downloadSets(records.papers, (r) => `/papers/${r.id}/cite`);
  const workDownloads = downloadSets(records.works, (r) => `/literature/${r.id}/cite`);
  const allDownloads = joinDownloads(workDownloads, "/literature/references", records.works);
  const files = [...paperDownloads, ...workDownloads, allDownloads].flatMap(filesOf);
  const views = (async (): Promise<CitationViews> => {
    // GB/T holds this thread for a second at a thousand papers: first let the files reach the disk.
    await new Promise((resolve) => setImmediate(resolve));
    const citing = (list: CitationRecord[]) => list.map((r) => (r.URL ? { ...r, accessed: { literal: ACCESSED } } : r));
    const gbt = {
      papers: bibliographyEntries(citing(records.papers), "gb-t-7714"),
      works: bibliographyEntries(citing(records.works), "gb-t-7714"),
      listed: bibliographyEntries(records.works, "gb-t-7714-author-date"),
    };
    const made = await ahead;
    const apa = made && JSON.stringify(made.records) === JSON.stringify(records) ? made : apaEntries(records);
    const papers: CitationViews["papers"] = {};
    model.papers.forEach((p, i) => {
      const set = { ...paperDownloads[i], gbt: gbt.papers[i], apaHtml: apa.papers[i] };
      const paragraph = paragraphCitation(set.gbt, absoluteUrl(`/papers/${p.slug}/`, siteUrl));
      const cited = [...new Set(p.references.flatMap((r) => r.cites))];
      // From the works in literature.json's order, whose ties (王明 2021a, 2021b) the letters follow,
      // not in the order this paper first cites them ([@wang-ming-2021b; @wang-ming-2021a]).
      const citedSet = new Set(cited);
      const references = referenceOrder(records.works.filter((w) => citedSet.has(w.id))).map((r) => r.id);
      papers[p.slug] = { ...set, paragraph, cited, references };
    });
    const works: CitationViews["works"] = Object.fromEntries(
      records.works.map((r, i) => [r.id, { ...workDownloads[i], gbt: gbt.works[i], listed: gbt.listed[i], apaHtml: apa.works[i], untitled: !r.title, inferred: (r as { inferred?: true }).inferred === true }]),
    );
    return { papers, works, all: { ...allDownloads, gbt: gbt.listed.join("\n"), apaHtml: apa.works.join("\n") } };
  })();
  // Eleventy asks for the views later (the last global data); a failure before then is theirs to report, not unhandled.
  views.catch(() => {});
  return { files, views };
}

/**
 * Writes the citation downloads into the built site, every folder at once and
 * each file as soon as its folder stands: thousands of small files one after
 * another wait seconds on the disk.
 */
export async function writeCitationFiles(outDir: string, files: CitationFile[]): Promise<void> {
  const byDir = new Map<string, { target: string; content: string }[]>();
  for (const file of files) {
    const target = path.join(outDir, ...file.url.split("/"));
    const list = byDir.get(path.dirname(target)) ?? [];
    list.push({ target, content: file.content });
    byDir.set(path.dirname(target), list);
  }
  await Promise.all(
    [...byDir].map(async ([dir, list]) => {
      await mkdir(dir, { recursive: true });
      await Promise.all(list.map((f) => writeFile(f.target, f.content)));
    }),
  );
}
