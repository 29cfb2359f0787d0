/**
 * The paper's in-text wording for a work: "张波、刘佳（2018）", "杭州海关课题组（2019）".
 */
import type { CitationRecord, NameLike } from "./types.ts";

const HAN = /\p{Script=Han}/u;

/**
 * A name as the paper writes it in running text: a Chinese name whole, family then given with
 * no space (张波); a Western name by family name only (Baier), as Chinese papers cite them;
 * an organisation as written.
 */
function nameInText(name: NameLike): string {
  if (name.literal) return name.literal;
  const family = name.family ?? "";
  const given = name.given ?? "";
  if (HAN.test(family + given)) return family + given;
  return family || given;
}

function namesInText(names: readonly NameLike[]): string {
  const written = names.map(nameInText).filter((n) => n !== "");
  // The paper's convention: up to three names joined with 、, more than three → first + 等.
  if (written.length > 3) return `${written[0]}等`;
  return written.join("、");
}

function yearOf(record: CitationRecord): string | undefined {
  const first = record.issued?.["date-parts"]?.[0]?.[0];
  return first === undefined || first === null || String(first).trim() === "" ? undefined : String(first);
}

/**
 * `record.citedAs` when the paper's own wording is known; otherwise derived from the authors
 * (or, lacking them, the title in 《》, then the id) and the year in full-width brackets.
 * An unknown year is left out rather than guessed.
 */
export function inTextCitation(record: CitationRecord): string {
  if (record.citedAs && record.citedAs.trim() !== "") return record.citedAs;
  const who = namesInText(record.author ?? []) || (record.title ? `《${record.title}》` : record.id);
  const year = yearOf(record);
  return year === undefined ? who : `${who}（${year}）`;
}
