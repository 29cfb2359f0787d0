import type { Token } from "markdown-it";

import type { Work } from "../entities/types.ts";
import { blocksText } from "../markdown/inline-text.ts";
import type { PaperFrontMatter } from "./load.ts";

/** The keywords line as the page shows it and a journal prints it: 关键词：RCEP；地方合作. */
export const keywordsLine = (keywords: readonly string[]) => `关键词：${keywords.join("；")}`;

/**
 * The paper's words in reading order, as the page shows them: the header
 * (title, authors, affiliations, abstract, keywords) then the body's headings
 * and paragraphs. This is what the corrected source must equal, so front
 * matter cannot say what the source does not (a keyword it lacks, say).
 */
export function transcriptionText(fm: PaperFrontMatter, tokens: readonly Token[], literature: readonly Work[] = []): string {
  const affiliations = [...new Set(fm.authors.map((a) => a.affiliation).filter((a): a is string => !!a))];
  const header = [fm.title, ...fm.authors.map((a) => a.name), ...affiliations, fm.abstract ? `摘要：${fm.abstract}` : "", fm.keywords?.length ? keywordsLine(fm.keywords) : ""];
  return [...header, blocksText(tokens, literature)].join("\n");
}
