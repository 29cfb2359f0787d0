/**
 * Machine-readable exports of references: BibTeX, RIS and CSL-JSON.
 */
import { escapeForBibtex } from "./bibtex-escape.ts";
import { Cite, plugins } from "./citation-js.ts";
import { toCsl } from "./csl.ts";
import type { CitationRecord, CslItem } from "./types.ts";

/**
 * CSL's generic `article` ("not published in a periodical"; in our data, also "type unknown")
 * becomes @article / TY JOUR in Citation.js's mappings, which claims a journal article, and
 * Zotero reads a CSL-JSON `article` as a preprint. The generic CSL `document` maps to
 * @misc / TY GEN and to Zotero's Document, which claim nothing.
 */
function forExport(record: CitationRecord): CslItem {
  const item = toCsl(record);
  return item.type === "article" ? { ...item, type: "document" } : item;
}

/**
 * Runs `fn` with plugin-bibtex's (process-global) output settings changed, then puts them back,
 * so no other user of Citation.js in the process sees our choices.
 *
 * - asciiOnly off: by default every non-ASCII character is dropped (岳文 → "", a Chinese
 *   title → "FTA"); BibTeX tools read UTF-8 today. Off, Citation.js escapes nothing, so the
 *   values are escaped before they reach it (`escapeForBibtex`); turned on, they would be twice.
 * - useIdAsLabel on, checkLabel off: the key is our record id (han-jian-2020a) instead of one
 *   built from the ASCII parts of the author and title, which for Chinese works is "undefined2020".
 */
function withBibtexOutput<T>(fn: () => T): T {
  const format = plugins.config.get("@bibtex").format;
  const saved = { ...format };
  Object.assign(format, { asciiOnly: false, useIdAsLabel: true, checkLabel: false });
  try {
    return fn();
  } finally {
    Object.assign(format, saved);
  }
}

/** BibTeX (UTF-8), one entry per record, keyed by record id. */
export function exportBibtex(records: readonly CitationRecord[]): string {
  return `${exportBibtexEntries(records).join("\n\n")}\n`;
}

/**
 * One BibTeX entry per record, in order, from a single Citation.js call: a
 * Cite per record costs milliseconds each, which a thousand-paper site feels.
 */
export function exportBibtexEntries(records: readonly CitationRecord[]): string[] {
  if (!records.length) return [];
  const items = records.map((r) => escapeForBibtex(forExport(r)));
  const bibtex = withBibtexOutput(() => new Cite(items).format("bibtex", { format: "text" }));
  // Every entry starts a line with "@type{"; values never do (Citation.js indents them, and
  // escapeForBibtex leaves no line break inside one).
  return bibtex
    .trim()
    .split(/\n\s*(?=@\w+\{)/)
    .map((e, i) => withWebsite(dropHowpublishedUrl(e.trim()), items[i]!));
}

/**
 * Citation.js leaves out a web page's site (its CSL container-title) in BibTeX and RIS, so a
 * paper read here would lose 地方FTA战略研究文库. BibTeX's @misc has `howpublished` for it (BibTeX
 * and biblatex print it; Zotero keeps it as "Published"); RIS has T2, Zotero's Website Title.
 */
const websiteOf = (item: CslItem): string | undefined => (item.type === "webpage" && typeof item["container-title"] === "string" ? item["container-title"] : undefined);

function withWebsite(entry: string, item: CslItem): string {
  const site = websiteOf(item);
  if (!site || /^\s*howpublished = /m.test(entry)) return entry;
  return entry.replace(/\n\}$/, `\n\thowpublished = {${site}},\n}`);
}

/**
 * Citation.js writes an entry's URL twice, as `url` and as `howpublished`; biblatex then prints
 * it twice. The `howpublished` line that only repeats the `url` goes.
 */
function dropHowpublishedUrl(entry: string): string {
  const url = /^\s*url = \{(.*)\},$/m.exec(entry)?.[1];
  return url === undefined ? entry : entry.replace(/^\s*howpublished = \{(.*)\},\n/m, (line, value: string) => (value === url ? "" : line));
}

/**
 * RIS, one record per item. Citation.js's own text output folds every value at 70 characters
 * onto continuation lines, which breaks URLs and, read back, puts a space into the middle of
 * long titles; so we take its tag objects and write each tag on one line ourselves.
 */
export function exportRis(records: readonly CitationRecord[]): string {
  return `${exportRisEntries(records).join("\n")}\n`;
}

/** One RIS record per item, in order, from a single Citation.js call. */
export function exportRisEntries(records: readonly CitationRecord[]): string[] {
  if (!records.length) return [];
  const items = records.map(forExport);
  const entries = new Cite(items).format("ris", { format: "object" });
  return entries.map((entry, i) => {
    const site = websiteOf(items[i]!);
    if (site && entry.T2 === undefined) entry.T2 = site;
    const lines = [`TY  - ${String(entry.TY)}`];
    for (const [tag, value] of Object.entries(entry)) {
      if (tag === "TY") continue;
      for (const v of [value].flat()) lines.push(`${tag}  - ${String(v).replace(/\s*[\r\n]+\s*/g, " ")}`);
    }
    lines.push("ER  - ");
    return lines.join("\n");
  });
}

/**
 * CSL-JSON, pretty-printed: our clean items (an unknown type as `document`, as above), not
 * Citation.js's copy of them, which carries its own `_graph` bookkeeping.
 */
export function exportCslJson(records: readonly CitationRecord[]): string {
  return `${JSON.stringify(records.map(forExport), null, 2)}\n`;
}
