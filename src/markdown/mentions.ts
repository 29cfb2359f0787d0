import type { MarkdownIt, StateCore, Token } from "markdown-it";

import { findMentions, mentionIndex, type MentionTarget } from "../entities/mention-index.ts";
import type { City, Fta } from "../entities/types.ts";

/**
 * Finds the agreements and cities a paragraph names, from the aliases in
 * their data records, so the transcription itself stays clean. The first
 * mention of each in a paragraph becomes a link to its page; every mention
 * is recorded on the paragraph for the entity pages' backlinks.
 */
export interface MentionEnv {
  ftas?: readonly Fta[];
  cities?: readonly City[];
}

const key = (t: MentionTarget) => `${t.kind}:${t.id}`;

function linkTokens(state: StateCore, target: MentionTarget, text: string): Token[] {
  const open = new state.Token("link_open", "a", 1);
  open.attrs = [["href", target.url], ["class", `mention mention-${target.kind}`]];
  const body = new state.Token("text", "", 0);
  body.content = text;
  return [open, body, new state.Token("link_close", "a", -1)];
}

export function mentions(md: MarkdownIt): void {
  md.core.ruler.after("inline", "mentions", (state) => {
    const env = (state.env ?? {}) as MentionEnv;
    if (!env.ftas?.length && !env.cities?.length) return;
    const index = mentionIndex(env.ftas ?? [], env.cities ?? []);
    if (!index.aliases.length) return;
    for (let i = 1; i < state.tokens.length; i++) {
      const inline = state.tokens[i];
      const para = state.tokens[i - 1];
      if (inline.type !== "inline" || para.type !== "paragraph_open") continue;
      const found = new Map<string, MentionTarget>();
      const linked = new Set<string>();
      const out: Token[] = [];
      let depth = 0; // inside an existing link: leave its text alone
      for (const child of inline.children ?? []) {
        if (child.type === "link_open") depth++;
        if (child.type === "link_close") depth--;
        if (child.type !== "text" || depth > 0) {
          out.push(child);
          continue;
        }
        const text = child.content;
        let last = 0;
        for (const m of findMentions(text, index)) {
          const target = index.byText.get(m.text)!;
          for (const t of index.named.get(m.text) ?? [target]) found.set(key(t), t);
          if (linked.has(key(target))) continue;
          linked.add(key(target));
          if (m.at > last) out.push(Object.assign(new state.Token("text", "", 0), { content: text.slice(last, m.at) }));
          out.push(...linkTokens(state, target, m.text));
          last = m.at + m.text.length;
        }
        if (last === 0) out.push(child);
        else if (last < text.length) out.push(Object.assign(new state.Token("text", "", 0), { content: text.slice(last) }));
      }
      inline.children = out;
      para.meta = { ...(para.meta ?? {}), mentions: [...found.values()] };
    }
  });
}
