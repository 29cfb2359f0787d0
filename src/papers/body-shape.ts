import type { Token } from "markdown-it";

import type { InputProblem } from "../data/errors.ts";

/**
 * A transcription is the paper's words as paragraphs and headings (## 一、 / ### （一） / #### 1.),
 * with citations. Other Markdown would show what the source does not have (a code block, a
 * table, an image, a link to anywhere) and could slip past the fidelity check, which reads
 * paragraphs and headings only; so it is refused with its line, and how to write it instead.
 */
const BLOCKS: Record<string, string> = {
  fence: "a code block (```)",
  code_block: "an indented code block (a line indented by four spaces)",
  table_open: "a table",
  blockquote_open: "a quotation block (>)",
  bullet_list_open: "a list (- or *)",
  ordered_list_open: "a numbered list (1. at the start of a line; write 1\\. to keep the number as text)",
  hr: "a horizontal rule (---)",
};

const INLINE: Record<string, string> = {
  image: "an image",
  link_open: "a link",
  code_inline: "code (`…`)",
  em_open: "emphasis (*…*)",
  strong_open: "bold (**…**)",
  s_open: "strikethrough (~~…~~)",
};

const HEADING_LEVELS = new Set(["h2", "h3", "h4"]);

export function bodyShapeProblems(tokens: readonly Token[], file: string, bodyLine: number): InputProblem[] {
  const problems: InputProblem[] = [];
  const at = (t: Token | undefined) => (t?.map ? `line ${bodyLine + t.map[0]}: ` : "");
  const refuse = (t: Token | undefined, what: string) =>
    problems.push({ file, message: `${at(t)}${what} is not part of a transcription; the body is paragraphs and headings (## / ### / ####) of the source's words` });
  let heading: Token | undefined;
  for (const t of tokens) {
    if (t.type in BLOCKS) refuse(t, BLOCKS[t.type]);
    else if (t.type === "heading_open") {
      heading = t;
      if (!HEADING_LEVELS.has(t.tag)) refuse(t, `a level-${t.tag.slice(1)} heading (${"#".repeat(Number(t.tag.slice(1)))})`);
    } else if (t.type === "heading_close") heading = undefined;
    else if (t.type === "inline") {
      for (const c of t.children ?? []) {
        // The links our own plugins make (mentions, ¶ and 校 marks) carry a class; Markdown's never do.
        if (c.type === "link_open" && c.attrGet("class") !== null) continue;
        if (c.type in INLINE) refuse(t, INLINE[c.type]);
        // What markdown-it left as text: a citation with own words that are empty (@{key|}).
        else if (c.type === "text" && /@\{[A-Za-z0-9_][^{}\s|]*\|\s*\}/.test(c.content)) {
          problems.push({ file, message: `${at(t)}${/@\{[^}]*\}/.exec(c.content)![0]} has no words after "|": write the paper's own words there, or @{key} for the work's usual wording` });
        }
        else if (c.type === "citation" && heading) {
          problems.push({ file, message: `${at(t)}a citation in a heading is not listed among the paper's references or on the work's page; cite it in the paragraph` });
        }
      }
    }
  }
  return problems;
}
