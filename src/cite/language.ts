/**
 * Which CSL locale an item is formatted in.
 *
 * GB/T 7714 writes "等" after the third author of a Chinese work and "et al." for a work in a
 * Western language; CSL expresses that difference only through the locale, so each item is
 * formatted in the locale of its own language.
 */
import type { CslItem } from "./types.ts";

export type CslLocale = "zh-CN" | "en-US";

const HAN = /\p{Script=Han}/u;

/**
 * The item's `language` decides; without one, Han characters in the title or the names do —
 * that only chooses "等" or "et al.", it adds nothing to the entry.
 */
export function localeFor(item: CslItem): CslLocale {
  const language = typeof item.language === "string" ? item.language.toLowerCase() : "";
  if (language !== "") return language.startsWith("zh") ? "zh-CN" : "en-US";
  const names = [...(item.author ?? []), ...(item.editor ?? [])];
  const text = [item.title ?? "", ...names.map((n) => `${n.literal ?? ""}${n.family ?? ""}${n.given ?? ""}`)].join("");
  return HAN.test(text) ? "zh-CN" : "en-US";
}
