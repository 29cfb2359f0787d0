/**
 * The citation module's public face: import from here.
 */
export { toCsl } from "./csl.ts";
export { bibliography, bibliographyEntries, bibliographyHtml, type FormatOptions } from "./format.ts";
export { exportBibtex, exportBibtexEntries, exportRis, exportRisEntries, exportCslJson } from "./export.ts";
export { inTextCitation } from "./in-text.ts";
export { localeFor, type CslLocale } from "./language.ts";
export type { CitationRecord, CslItem, CslName, CslDate, StyleName } from "./types.ts";
