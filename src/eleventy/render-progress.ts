import type UserConfig from "@11ty/eleventy/UserConfig";

import { progress, progressLine } from "../progress.ts";

let report: ((line: string) => void) | null = null;

/** Where the render's progress goes: the build's log (src/render.ts). Eleventy run on its own reports nothing. */
export function reportRenderProgress(log: ((line: string) => void) | null): void {
  report = log;
}

/** Counts pages as Eleventy finishes them, against the number of pages its content map lists. */
export function renderProgress(eleventyConfig: UserConfig): void {
  let tick = () => {};
  const line = progressLine("render", "pages");
  eleventyConfig.on("eleventy.contentMap", ({ urlToInputPath }: { urlToInputPath: Record<string, unknown> }) => {
    const log = report;
    if (!log) return;
    const total = Object.keys(urlToInputPath).length;
    // Eleventy's data cascade is over; the pages follow, most of them in a burst at the end.
    log(`  render: data ready, ${total} pages to write`);
    tick = progress(total, (done) => log(line(done, total)));
  });
  eleventyConfig.addTransform("render-progress", (content: string) => {
    tick();
    return content;
  });
}
