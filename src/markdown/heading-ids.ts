import type MarkdownIt from "markdown-it";

import { sectionNumber } from "./section-number.ts";

/**
 * Gives every heading (h2 and below) an id built from its section number:
 * 一、 → sec-1, （二） under it → sec-1-2, 1. under that → sec-1-2-1.
 * Ids from numbers, not from hashed text, so links survive a corrected typo.
 * A heading without a number gets the next number at its level.
 */
export function headingIds(md: MarkdownIt): void {
  md.core.ruler.push("heading_ids", (state) => {
    const path: number[] = [];
    const seen = new Set<string>();
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i];
      if (open.type !== "heading_open" || open.tag === "h1") continue;
      const depth = Number(open.tag.slice(1)) - 1; // h2 → 1
      const inline = tokens[i + 1];
      const parsed = sectionNumber(inline.content);
      path.length = Math.min(path.length, depth);
      while (path.length < depth - 1) path.push(1);
      path[depth - 1] = parsed && parsed.depth === depth ? parsed.value : (path[depth - 1] ?? 0) + 1;
      let id = `sec-${path.slice(0, depth).join("-")}`;
      // Two headings claiming the same number (a misprint) must still get distinct ids.
      for (let n = 2; seen.has(id); n++) id = `sec-${path.slice(0, depth).join("-")}-${n}`;
      seen.add(id);
      open.attrSet("id", id);
    }
  });
}
