import type { MarkdownIt, Token } from "markdown-it";

import type { MentionTarget } from "../entities/mention-index.ts";
import type { Work } from "../entities/types.ts";
import { parentheticalLabel } from "./citations.ts";
import { EDITORIAL_ATTR } from "./paragraph-ids.ts";

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

function paragraphText(children: Token[], env: ReferencesEnv): string {
  let text = "";
  let editorial = 0;
  for (const t of children) {
    if (t.type === "link_open" && t.attrGet(EDITORIAL_ATTR) !== null) editorial++;
    else if (t.type === "link_close" && editorial) editorial--;
    else if (editorial) continue;
    else if (t.type === "text" || t.type === "code_inline") text += t.content;
    else if (t.type === "citation") {
      const { keys, mode } = t.meta as { keys: string[]; mode: string };
      const labels = keys.map((k) => env.literature?.find((w) => w.id === k)?.citedAs ?? `@${k}`);
      text += mode === "text" ? labels.join("") : `（${labels.map(parentheticalLabel).join("；")}）`;
    }
  }
  return text;
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
      refs.push({ id, n: Number(id.slice(1)), text: paragraphText(children, env), cites, mentions: (open.meta?.mentions as MentionTarget[]) ?? [] });
    }
    env.paragraphRefs = refs;
  });
}
