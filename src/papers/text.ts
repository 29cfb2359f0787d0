import type { MarkdownIt } from "markdown-it";

import { plainText } from "../markdown/plain-text.ts";
import type { PaperFrontMatter } from "./load.ts";

/**
 * The paper's words in reading order, as the page shows them: the header
 * (title, authors, affiliations, abstract) then the body. This is what the
 * corrected source must equal.
 */
export function transcriptionText(fm: PaperFrontMatter, body: string, md: MarkdownIt, env: object = {}): string {
  const affiliations = [...new Set(fm.authors.map((a) => a.affiliation).filter((a): a is string => !!a))];
  const header = [
    fm.title,
    ...fm.authors.map((a) => a.name),
    ...affiliations,
    fm.abstract ? `摘要：${fm.abstract}` : "",
  ];
  return [...header, plainText(md.render(body, { ...env }))].join("\n");
}
