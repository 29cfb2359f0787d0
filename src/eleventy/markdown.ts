import type { MarkdownIt } from "markdown-it";

import { createMarkdown } from "../markdown/index.ts";
import { takeRenderedBody } from "../markdown/rendered-bodies.ts";

/** The markdown library Eleventy renders with: createMarkdown, taking the paper bodies validation already rendered. */
export function eleventyMarkdown(): MarkdownIt {
  const md = createMarkdown();
  const render = md.render.bind(md);
  md.render = (src: string, env?: { page?: { inputPath?: string } }) => takeRenderedBody(env?.page?.inputPath, src) ?? render(src, env);
  return md;
}
