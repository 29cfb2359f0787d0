import type { MarkdownIt, Token } from "markdown-it";

/** What a page may pass in the render env to have paragraphs marked as repaired. */
export interface ParagraphEnv {
  corrections?: { id: string; at: string }[];
  /** false on pages of our own prose (the page.njk layout says so): ¶ numbers are for citing a paper. */
  paragraphNumbers?: boolean;
}

/** The attribute that marks our own inline additions, so they never count as the paper's text. */
export const EDITORIAL_ATTR = "data-editorial";

function editorialLink(state: { Token: typeof Token }, href: string, cls: string, label: string, text: string): Token[] {
  const open = new state.Token("link_open", "a", 1);
  open.attrs = [["href", href], ["class", cls], ["aria-label", label], [EDITORIAL_ATTR, ""], ["data-pagefind-ignore", ""]];
  const body = new state.Token("text", "", 0);
  body.content = text;
  const close = new state.Token("link_close", "a", -1);
  return [open, body, close];
}

/**
 * Numbers the body's paragraphs p1, p2, … in reading order and gives each a
 * visible ¶ permalink, so a reader can cite or share one paragraph.
 * Paragraphs that a correction touched link to its entry in the 校勘记.
 */
export function paragraphIds(md: MarkdownIt): void {
  md.core.ruler.push("paragraph_ids", (state) => {
    const env = (state.env ?? {}) as ParagraphEnv;
    if (env.paragraphNumbers === false) return;
    let n = 0;
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i];
      // Tight list items hide their paragraphs; those are list text, not paper paragraphs.
      if (open.type !== "paragraph_open" || open.hidden) continue;
      const id = `p${++n}`;
      open.attrSet("id", id);
      const inline = tokens[i + 1];
      const children = inline.children ?? [];
      const lead = editorialLink(state, `#${id}`, "pnum", `第${n}段`, `¶${n}`);
      const refs = (env.corrections ?? [])
        .filter((c) => c.at === id)
        .flatMap((c) => editorialLink(state, `#corr-${c.id}`, "corr-ref", `校${c.id.slice(1)}（校勘记第${c.id.slice(1)}条）`, `校${c.id.slice(1)}`));
      inline.children = [...lead, ...children, ...refs];
    }
  });
}
