import markdownIt, { type MarkdownIt } from "markdown-it";

import { headingIds } from "./heading-ids.ts";
import { paragraphIds } from "./paragraph-ids.ts";

/**
 * The one markdown-it set-up used for every page and every test.
 * Raw HTML is off: transcriptions are text, and nothing in them may inject markup.
 */
export function createMarkdown(): MarkdownIt {
  return markdownIt({ html: false, linkify: false, typographer: false })
    .use(headingIds)
    .use(paragraphIds);
}
