/**
 * Citation.js, loaded once with the plugins we use and our GB/T style and zh-CN locale
 * registered. Every other module gets `Cite` from here, so registration cannot be skipped.
 */
import { readFileSync } from "node:fs";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { ZH_CN_LOCALE } from "./locale-zh-cn.ts";
import { authorDateStyle } from "./styles/author-date.ts";
import { givenOrderStyle } from "./styles/given-order.ts";
import { standaloneStyle } from "./styles/standalone.ts";

/** The names our GB/T 7714-2015 styles are registered under: 顺序编码制 and 著者-出版年制. */
export const GBT_TEMPLATE = "gb-t-7714-2015";
export const GBT_AUTHOR_DATE_TEMPLATE = "gb-t-7714-2015-author-date";
/** APA 7 (plugin-csl's own), lettering one author's works of a year in the order given. */
export const APA_TEMPLATE = "apa-given-order";
/** The same, for an entry cited on its own, without 2020a/2020b from its neighbours. */
export const APA_STANDALONE_TEMPLATE = "apa-standalone";

const csl = plugins.config.get("@csl");

// In 0.8.2 the register is `styles` (older docs call it `templates`). Citation.js caches one
// citeproc engine per style name and locale, so a style is added once and never replaced.
if (!csl.styles.has(GBT_TEMPLATE)) {
  const numeric = readFileSync(new URL("./styles/gb-t-7714-2015.csl", import.meta.url), "utf8");
  csl.styles.add(GBT_TEMPLATE, numeric);
  csl.styles.add(GBT_AUTHOR_DATE_TEMPLATE, authorDateStyle(numeric));
}
if (!csl.styles.has(APA_TEMPLATE)) {
  const apa = givenOrderStyle(csl.styles.get("apa") ?? "");
  csl.styles.add(APA_TEMPLATE, apa);
  csl.styles.add(APA_STANDALONE_TEMPLATE, standaloneStyle(apa));
}
// plugin-csl ships no Chinese locale and would otherwise fall back without a word.
if (!csl.locales.has("zh-CN")) {
  csl.locales.add("zh-CN", ZH_CN_LOCALE);
}

export { Cite, plugins };
