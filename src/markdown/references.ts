import type { MarkdownIt } from "markdown-it";

import type { MentionTarget } from "../entities/mention-index.ts";
import type { Work } from "../entities/types.ts";
import { citationWords, lookup, type CitationMeta } from "./citations.ts";
import { inlineText } from "./inline-text.ts";

/** What one paragraph cites and mentions, with its text for excerpts on the entity pages. */
export interface ParagraphRefs {
  id: string;
  n: number;
  text: string;
  cites: string[];
  /** The words each cited work appears as here (刘斌（2018）, 刘斌，2018, or the paper's own), for excerpts. */
  citedWords: Record<string, string[]>;
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
      const citations = children.filter((t) => t.type === "citation").map((t) => t.meta as CitationMeta);
      const cites = [...new Set(citations.flatMap((m) => m.keys))];
      const citedWords: Record<string, string[]> = {};
      for (const meta of citations) {
        for (const key of meta.keys) {
          const work = lookup(env, key);
          if (work) (citedWords[key] ??= []).push(citationWords(meta, work.citedAs));
        }
      }
      refs.push({ id, n: Number(id.slice(1)), text: inlineText(children, env.literature), cites, citedWords, mentions: (open.meta?.mentions as MentionTarget[]) ?? [] });
    }
    env.paragraphRefs = refs;
  });
}
