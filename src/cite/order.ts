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
  return [...records].sort((a, b) => PINYIN.compare(authors(a), authors(b)) || year(a) - year(b));
}

const authors = (r: CitationRecord) => (r.author ?? []).map(sortName).join(", ");

/**
 * Works that sort alike (the same authors, the same year) and so are lettered 2020a, 2020b in
 * the order given: each group of two or more, in that order.
 */
export function letteredGroups<T extends CitationRecord>(records: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const key = `${authors(r)}|${year(r)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
