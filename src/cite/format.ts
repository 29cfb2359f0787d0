/**
 * Formatted reference lists: GB/T 7714-2015 (our style) and APA 7 (Citation.js's built-in
 * `apa`, lettering same-year works in the order given), as plain text or HTML, one entry per
 * record, in the order given.
 */
import { APA_STANDALONE_TEMPLATE, APA_TEMPLATE, Cite, GBT_AUTHOR_DATE_TEMPLATE, GBT_TEMPLATE } from "./citation-js.ts";
import { toCsl } from "./csl.ts";
import { localeFor, type CslLocale } from "./language.ts";
import type { CitationRecord, CslItem, StyleName } from "./types.ts";

export { exportBibtex, exportRis, exportCslJson } from "./export.ts";

export interface FormatOptions {
  /**
   * GB/T only: format every item in this locale instead of each in its own language's
   * (which decides "等" or "et al."). APA is always en-US: the zh-CN locale we register is
   * minimal and covers only the GB/T style's terms.
   */
  readonly locale?: CslLocale;
  /** HTML only: link URLs and DOIs. */
  readonly hyperlinks?: boolean;
}

const TEMPLATES: Record<StyleName, string> = {
  "gb-t-7714": GBT_TEMPLATE,
  "gb-t-7714-author-date": GBT_AUTHOR_DATE_TEMPLATE,
  apa: APA_TEMPLATE,
  "apa-standalone": APA_STANDALONE_TEMPLATE,
};
const isApa = (style: StyleName) => style === "apa" || style === "apa-standalone";

// Citation.js wraps each HTML entry in this div; we hand back what is inside it, so a page
// can put entries in an <ol> (GB/T is a numbered list) without nesting a div per item.
const HTML_ENTRY = /^<div data-csl-entry-id="[^"]*" class="csl-entry">([\s\S]*)<\/div>$/;

function assertUniqueIds(items: readonly CslItem[]): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    // citeproc keeps one entry per id, so a duplicate would silently lose a reference.
    if (seen.has(id)) throw new Error(`citation: duplicate id "${id}" in one bibliography`);
    seen.add(id);
  }
}

/**
 * Items grouped by the locale they are formatted in. APA stays one group, because its
 * 2020a/2020b year suffixes are worked out across the whole list.
 */
function groupByLocale(items: readonly CslItem[], style: StyleName, options: FormatOptions): Map<CslLocale, CslItem[]> {
  const groups = new Map<CslLocale, CslItem[]>();
  for (const item of items) {
    const locale = isApa(style) ? "en-US" : (options.locale ?? localeFor(item));
    const group = groups.get(locale) ?? [];
    group.push(item);
    groups.set(locale, group);
  }
  return groups;
}

/**
 * APA's CSL style writes "Retrieved {accessed}, from {URL}" for an undated web
 * source and, with no access date, leaves "Retrieved {URL}", which is not APA.
 * APA 7 (9.16) gives a retrieval date only for pages meant to change; a page
 * without one ends with its URL.
 */
const BARE_RETRIEVED = /\bRetrieved (?=(?:<a [^>]*>)?https?:\/\/)/;

function unwrap(entry: string, format: "text" | "html", style: StyleName): string {
  const trimmed = isApa(style) ? entry.trim().replace(BARE_RETRIEVED, "") : entry.trim();
  if (format === "text") return trimmed;
  const match = HTML_ENTRY.exec(trimmed);
  if (!match) throw new Error(`citation: unexpected HTML entry shape from Citation.js: ${trimmed.slice(0, 80)}`);
  return match[1] ?? "";
}

const LATIN = /\p{Script=Latin}/u;

/**
 * citeproc writes every name of an item in Chinese, Japanese or Korean in that language's order,
 * without APA's comma: Smith J., not Smith, J. (A Chinese name it keeps whole either way: 刘晓玲.)
 * So APA is given such an item with a Latin-script person as an English one: the names come out
 * right, and APA has nothing else that an East Asian language changes here.
 */
function forApa(item: CslItem): CslItem {
  const latinPerson = [...(item.author ?? []), ...(item.editor ?? [])].some((n) => LATIN.test(`${n.family ?? ""}${n.given ?? ""}`));
  return latinPerson && /^(zh|ja|ko)\b/i.test(String(item.language ?? "")) ? { ...item, language: "en" } : item;
}

/**
 * One formatted entry per record, in the order given: plain text, or (format "html") the
 * entry's inner HTML, escaped by citeproc.
 */
export function bibliographyEntries(
  records: readonly CitationRecord[],
  style: StyleName,
  format: "text" | "html" = "text",
  options: FormatOptions = {},
): string[] {
  const items = records.map(toCsl).map((item) => (isApa(style) ? forApa(item) : item));
  assertUniqueIds(items);
  const byId = new Map<string, string>();
  for (const [lang, group] of groupByLocale(items, style, options)) {
    const entries = new Cite(group).format("bibliography", {
      format,
      template: TEMPLATES[style],
      lang,
      nosort: true,
      hyperlinks: format === "html" && options.hyperlinks === true,
      asEntryArray: true,
    });
    for (const [id, entry] of entries) byId.set(id, unwrap(entry, format, style));
  }
  return items.map(({ id }) => {
    const entry = byId.get(id);
    if (entry === undefined) throw new Error(`citation: Citation.js returned no entry for "${id}"`);
    return entry;
  });
}

/** The reference list as plain text, one entry per line, in the order given. */
export function bibliography(records: readonly CitationRecord[], style: StyleName, options: FormatOptions = {}): string {
  return bibliographyEntries(records, style, "text", options).join("\n");
}

/**
 * The reference list as HTML: an <ol> for GB/T (顺序编码制 numbers its list), a <ul> for APA;
 * each <li> carries the record id as Citation.js does (data-csl-entry-id), leaving page ids to
 * the templates.
 */
export function bibliographyHtml(records: readonly CitationRecord[], style: StyleName, options: FormatOptions = {}): string {
  const entries = bibliographyEntries(records, style, "html", options);
  const tag = style === "gb-t-7714" ? "ol" : "ul";
  const items = entries.map((entry, i) => `<li class="csl-entry" data-csl-entry-id="${escapeAttribute(records[i]!.id)}">${entry}</li>`);
  return `<${tag} class="csl-bib-body">${items.join("")}</${tag}>`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
