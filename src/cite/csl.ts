/**
 * Our records → clean CSL-JSON.
 *
 * Citation.js and citeproc treat a present-but-empty field as data (an empty title still
 * triggers the title's punctuation; a null may throw), and our own fields are not CSL at all,
 * so everything that is not a known value is removed here, once, before any formatting or
 * export. Nothing is added or inferred: a field the source does not give stays absent.
 */
import type { CitationRecord, CslItem } from "./types.ts";

/** Fields of ours that ride along in the records but are not CSL. */
const OWN_FIELDS: ReadonlySet<string> = new Set(["sources", "notes", "citedAs", "inferred"]);

/** Removes null, undefined, blank strings, and arrays/objects left empty by that. */
function clean(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (Array.isArray(value)) {
    const kept = value.map(clean).filter((v) => v !== undefined);
    return kept.length === 0 ? undefined : kept;
  }
  if (typeof value === "object") {
    const kept: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const c = clean(v);
      if (c !== undefined) kept[key] = c;
    }
    return Object.keys(kept).length === 0 ? undefined : kept;
  }
  return value;
}

/**
 * One record as clean CSL-JSON. Names are copied part for part: a Chinese name keeps
 * family="刘" given="斌" (never reordered or re-parsed), an organisation keeps `literal`.
 */
export function toCsl(record: CitationRecord): CslItem {
  const item: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (OWN_FIELDS.has(key)) continue;
    const c = clean(value);
    if (c !== undefined) item[key] = c;
  }
  return { ...item, id: record.id, type: record.type } as CslItem;
}
