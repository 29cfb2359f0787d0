/**
 * GB/T 7714 asks an online source's citation for the date it was consulted (引用日期), which is
 * the reader's to give: a citation to be copied carries this word in its place, and the page's
 * script (src/assets/cite.ts) puts in the reader's date. Without the script the word tells a
 * hand citer what to write there.
 */
export const ACCESSED = "引用日期";

/** The reader's calendar date as GB/T writes it: 2026-11-25. */
export function accessedToday(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** A citation with the reader's date in the 引用日期 slot. */
export function withAccessDate(citation: string, date: string): string {
  return citation.replaceAll(`[${ACCESSED}]`, `[${date}]`);
}
