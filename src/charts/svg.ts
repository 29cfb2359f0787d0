/**
 * Helpers shared by the build-time SVG charts. The charts are assembled as
 * strings, so anything taken from data must pass through escapeXml before it
 * reaches the markup.
 */

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escapes text for use both as element content and inside a double- or single-quoted attribute. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/**
 * Escaping keeps an href from breaking the markup but not from running
 * script, so links that would execute or embed content are refused: the data
 * is ours, and such a link in it is a mistake to report, not to publish.
 * Returns the href unescaped; attrs() escapes it.
 */
export function checkedHref(href: string): string {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme !== undefined && !["http", "https", "mailto"].includes(scheme)) {
    throw new Error(`refusing link with scheme "${scheme}:" in chart: ${href}`);
  }
  return href;
}

/** One decimal is well below a pixel at any size the site shows, and keeps the files small. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Attribute list from pairs; values are escaped here so callers cannot forget. */
export function attrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(typeof value === "number" ? String(round1(value)) : value)}"`)
    .join("");
}

/** A rough advance width, enough to keep labels apart without a font at build time: CJK glyphs are square, Latin ones about half as wide. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.6;
  return ems * fontSize;
}

/**
 * The opening tag and the title/desc pair every chart starts with. The links
 * inside the charts must stay reachable, so the root is a labelled group, not
 * role="img" (whose children are presentational and would hide the links).
 */
export function svgOpen(opts: { idPrefix: string; className: string; width: number; height: number; title: string; description: string }): string {
  // aria-labelledby takes a space-separated list, so an id with spaces would silently point nowhere.
  if (!/^[A-Za-z][\w-]*$/.test(opts.idPrefix)) throw new Error(`idPrefix must be a plain XML id, got "${opts.idPrefix}"`);
  const titleId = `${opts.idPrefix}-title`;
  const descId = `${opts.idPrefix}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ class: opts.className, viewBox: `0 0 ${round1(opts.width)} ${round1(opts.height)}`, role: "group", "aria-labelledby": titleId, "aria-describedby": descId })}>` +
    `<title id="${escapeXml(titleId)}">${escapeXml(opts.title)}</title>` +
    `<desc id="${escapeXml(descId)}">${escapeXml(opts.description)}</desc>`
  );
}
