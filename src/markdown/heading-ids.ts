import type { MarkdownIt } from "markdown-it";

import { sectionNumber } from "./section-number.ts";

/**
 * Gives every heading (h2 and below) an id built from its section number:
 * 一、 → sec-1, （二） under it → sec-1-2, 1. under that → sec-1-2-1.
 * Ids from numbers, not from hashed text, so links survive a corrected typo.
 * A numbered heading at an unexpected level takes the next number at its
 * level; an unnumbered one (引言, 结语) gets sec-u1, sec-u2, … so it never
 * takes a number that a numbered section owns.
 */
export function headingIds(md: MarkdownIt): void {
  md.core.ruler.push("heading_ids", (state) => {
    const path: number[] = [];
    const seen = new Set<string>();
    let unnumbered = 0;
    for (let i = 0; i < state.tokens.length; i++) {
      const open = state.tokens[i];
      if (open.type !== "heading_open" || open.tag === "h1") continue;
      const depth = Number(open.tag.slice(1)) - 1; // h2 → 1
      const parsed = sectionNumber(state.tokens[i + 1].content);
      let base: string;
      if (parsed) {
        path.length = Math.min(path.length, depth);
        while (path.length < depth - 1) path.push(1);
        path[depth - 1] = parsed.depth === depth ? parsed.value : (path[depth - 1] ?? 0) + 1;
        base = `sec-${path.slice(0, depth).join("-")}`;
      } else {
        base = `sec-u${++unnumbered}`;
      }
      // Two headings claiming the same number (a misprint) must still get distinct ids.
      let id = base;
      for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
      seen.add(id);
      open.attrSet("id", id);
    }
  });
}
