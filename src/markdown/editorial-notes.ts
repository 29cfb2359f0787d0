import type { MarkdownIt, StateCore } from "markdown-it";

import { sourceView } from "../entities/source-title.ts";
import type { EditorialNote } from "../entities/types.ts";
import { EDITORIAL_ATTR } from "./paragraph-ids.ts";

/**
 * Puts each 编者注 right after the paragraph it is about. Notes are data
 * (_data/editorial-notes.json), never part of the paper's text: they are
 * marked editorial, kept out of the search index, and every string escaped.
 */
export interface EditorialEnv {
  "editorial-notes"?: readonly EditorialNote[];
  page?: { fileSlug?: string };
}

export function renderNote(note: EditorialNote, escape: (s: string) => string): string {
  const sources = note.sources
    .map((s) => {
      const view = sourceView(s);
      const named = view.language ? `<span lang="${escape(view.language)}">${escape(view.main)}</span>${escape(view.note)}` : escape(s.title);
      const title = s.url ? `<a href="${escape(s.url)}">${named}</a>` : named;
      const meta = [s.publisher, s.date].filter(Boolean).map((x) => escape(String(x))).join("，");
      return meta ? `${title}（${meta}）` : title;
    })
    .join("；");
  return (
    `<aside class="ed-note" id="note-${escape(note.id)}" role="note" aria-label="编者注" ${EDITORIAL_ATTR} data-pagefind-ignore>` +
    `<p><strong>编者注</strong>　关于“${escape(note.claim)}”：${escape(note.text)}</p>` +
    `<p class="ed-note__sources">来源：${sources}</p></aside>\n`
  );
}

export function editorialNotes(md: MarkdownIt): void {
  md.core.ruler.push("editorial_notes", (state: StateCore) => {
    const env = (state.env ?? {}) as EditorialEnv;
    const slug = env.page?.fileSlug;
    const notes = (env["editorial-notes"] ?? []).filter((n) => n.paper === slug);
    if (!notes.length) return;
    for (let i = state.tokens.length - 1; i >= 0; i--) {
      const close = state.tokens[i];
      if (close.type !== "paragraph_close") continue;
      // paragraph_open sits two tokens back, before its inline token.
      const id = state.tokens[i - 2]?.attrGet("id");
      const here = notes.filter((n) => n.paragraph === id);
      if (!here.length) continue;
      const block = new state.Token("html_block", "", 0);
      block.content = here.map((n) => renderNote(n, md.utils.escapeHtml)).join("");
      state.tokens.splice(i + 1, 0, block);
    }
  });
}
