import markdownIt, { type MarkdownIt } from "markdown-it";

import { citations } from "./citations.ts";
import { editorialNotes } from "./editorial-notes.ts";
import { headingIds } from "./heading-ids.ts";
import { mentions } from "./mentions.ts";
import { paragraphIds } from "./paragraph-ids.ts";
import { references } from "./references.ts";

/**
 * The one markdown-it set-up used for every page and every test.
 * Raw HTML is off: transcriptions are text, and nothing in them may inject markup.
 * Data (literature, ftas, cities) arrives in the render env: Eleventy passes a
 * page's data there, and validation passes the same data sets.
 */
export function createMarkdown(): MarkdownIt {
  return markdownIt({ html: false, linkify: false, typographer: false })
    .use(citations)
    .use(mentions)
    .use(headingIds)
    .use(paragraphIds)
    .use(references)
    .use(editorialNotes);
}
