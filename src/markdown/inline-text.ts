import type { Token } from "markdown-it";

import type { Work } from "../entities/types.ts";
import { citationWords, lookup, type CitationMeta } from "./citations.ts";
import { EDITORIAL_ATTR } from "./paragraph-ids.ts";

/**
 * The words a reader sees in one inline token's children: text, code and
 * citations as rendered (刘斌（2018）), without our editorial links (¶, 校).
 */
export function inlineText(children: readonly Token[], literature: readonly Work[] = []): string {
  let text = "";
  let editorial = 0;
  for (const t of children) {
    if (t.type === "link_open" && t.attrGet(EDITORIAL_ATTR) !== null) editorial++;
    else if (t.type === "link_close" && editorial) editorial--;
    else if (editorial) continue;
    else if (t.type === "text" || t.type === "code_inline") text += t.content;
    else if (t.type === "softbreak" || t.type === "hardbreak") text += "\n";
    else if (t.type === "citation") {
      const meta = t.meta as CitationMeta;
      const labels = meta.keys.map((k) => {
        const work = lookup({ literature }, k);
        return work ? citationWords(meta, work.citedAs) : `@${k}`;
      });
      text += meta.mode === "text" ? labels.join("") : `（${labels.join("；")}）`;
    }
  }
  return text;
}

/** The text of every heading and paragraph, in reading order, one block a line. */
export function blocksText(tokens: readonly Token[], literature: readonly Work[] = []): string {
  const blocks: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === "inline" && (tokens[i - 1].type === "heading_open" || tokens[i - 1].type === "paragraph_open")) {
      blocks.push(inlineText(t.children ?? [], literature));
    }
  }
  return blocks.join("\n");
}
