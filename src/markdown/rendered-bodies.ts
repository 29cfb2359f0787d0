import path from "node:path";

/**
 * Paper bodies rendered by validation, handed to the Eleventy run in the same
 * process (src/render.ts), so each paper is parsed once per build: at a
 * thousand papers a second parse cost over a second. An entry is used only
 * for the same paper and exactly the same Markdown, and only once.
 */
const bodies = new Map<string, { markdown: string; html: string }>();

/** `file`: the paper's index.md, absolute. */
export function keepRenderedBody(file: string, markdown: string, html: string): void {
  bodies.set(path.resolve(file), { markdown, html });
}

/** `file`: the page's input path as Eleventy gives it (relative to the working directory). */
export function takeRenderedBody(file: string | undefined, markdown: string): string | undefined {
  if (file === undefined) return undefined;
  const key = path.resolve(file);
  const kept = bodies.get(key);
  if (!kept) return undefined;
  bodies.delete(key);
  return kept.markdown === markdown ? kept.html : undefined;
}

/** Drops what the build did not take (a paper whose page was not rendered). */
export function forgetRenderedBodies(): void {
  bodies.clear();
}
