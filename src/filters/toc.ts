export interface TocEntry {
  id: string;
  level: number;
  text: string;
}

/**
 * The table of contents of a rendered paper: its h2–h4 headings with ids.
 * Reads our own markdown-it output, whose heading markup we control.
 */
export function toc(html: string): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const m of html.matchAll(/<h([2-4]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)) {
    const text = m[3].replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"');
    entries.push({ level: Number(m[1]), id: m[2], text: text.trim() });
  }
  return entries;
}
