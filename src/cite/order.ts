import type { CitationRecord, NameLike } from "./types.ts";

/** Chinese names in pinyin order, as GB/T 7714 orders a 著者-出版年制 list; Latin names alphabetically. */
const PINYIN = new Intl.Collator("zh-CN-u-co-pinyin");

/** Family name first, as the list is ordered: 岳文韩剑, SMITH John. */
const sortName = (n: NameLike) => n.literal ?? `${n.family ?? ""} ${n.given ?? ""}`.trim();
const year = (r: CitationRecord) => Number(r.issued?.["date-parts"]?.[0]?.[0] ?? Infinity);

/**
 * Records in the order of a 著者-出版年制 reference list: by author, then year. Equal ones keep
 * the order given, which is also the order citeproc gives their year suffixes (2020a, 2020b), so
 * the list reads a before b.
 */
export function referenceOrder<T extends CitationRecord>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => PINYIN.compare((a.author ?? []).map(sortName).join(", "), (b.author ?? []).map(sortName).join(", ")) || year(a) - year(b));
}
