import type { MarkdownIt } from "markdown-it";

import type { MentionTarget } from "../entities/mention-index.ts";
import type { Work } from "../entities/types.ts";
import { inlineText } from "./inline-text.ts";

/** What one paragraph cites and mentions, with its text for excerpts on the entity pages. */
export interface ParagraphRefs {
  id: string;
  n: number;
  text: string;
  cites: string[];
  mentions: MentionTarget[];
}

export interface ReferencesEnv {
  paragraphRefs?: ParagraphRefs[];
  literature?: readonly Work[];
}

/** Records, per numbered paragraph, the citations and mentions in it (env.paragraphRefs; markdown-it keeps link definitions in env.references). */
export function references(md: MarkdownIt): void {
  md.core.ruler.push("paragraph_references", (state) => {
    const env = (state.env ?? {}) as ReferencesEnv;
    const refs: ParagraphRefs[] = [];
    for (let i = 0; i < state.tokens.length; i++) {
      const open = state.tokens[i];
      const id = open.type === "paragraph_open" ? String(open.attrGet("id") ?? "") : "";
      if (!id) continue;
      const children = state.tokens[i + 1].children ?? [];
      const cites = [...new Set(children.filter((t) => t.type === "citation").flatMap((t) => (t.meta as { keys: string[] }).keys))];
      refs.push({ id, n: Number(id.slice(1)), text: inlineText(children, env.literature), cites, mentions: (open.meta?.mentions as MentionTarget[]) ?? [] });
    }
    env.paragraphRefs = refs;
  });
}
