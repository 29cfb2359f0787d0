/**
 * Turns Pagefind's page-level hits into paragraph-level ones, and keeps only
 * paragraphs that really contain what was asked. Pagefind may match an unknown
 * Chinese word by its single characters or by prefix; a reader who searches
 * for a word must not be shown a paragraph without it.
 *
 * Pure functions: the browser bundle and the tests use the same code.
 */

export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface PageData {
  url: string;
  meta: Record<string, string>;
  locations: number[];
  anchors: Anchor[];
  content: string;
}

export interface ParagraphHit {
  pageUrl: string;
  pageTitle: string;
  /** The paragraph's id (p3), or another anchored block such as the abstract. */
  id: string;
  /** The nearest heading above the paragraph, for context. */
  section: string | null;
  text: string;
  /** Occurrences of the query's terms in the paragraph. */
  count: number;
  order: number;
}

/** Full-width Latin and digits fold to half-width, case folds, so ＲＣＥＰ finds RCEP. */
export function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

export function queryTerms(query: string): string[] {
  return [...new Set(fold(query).split(/[\s,，、;；]+/u).map((t) => t.replace(/^["“”']+|["“”']+$/g, "")).filter(Boolean))];
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

const BLOCK = /^(p\d+|abstract-text)$/;
const HEADING = /^h[1-6]$/;

/** The anchored blocks (paragraphs, abstract) of a page that contain every term. */
export function paragraphHits(page: PageData, terms: string[]): ParagraphHit[] {
  if (!terms.length) return [];
  const anchors = [...page.anchors].sort((a, b) => a.location - b.location);
  const hits: ParagraphHit[] = [];
  let section: string | null = null;
  anchors.forEach((a, order) => {
    if (HEADING.test(a.element) && a.id !== "title") section = a.text;
    if (!BLOCK.test(a.id)) return;
    const folded = fold(a.text);
    if (!terms.every((t) => folded.includes(t))) return;
    const count = terms.reduce((n, t) => n + occurrences(folded, t), 0);
    hits.push({ pageUrl: page.url, pageTitle: page.meta.title ?? page.url, id: a.id, section, text: a.text, count, order });
  });
  return hits.sort((a, b) => b.count - a.count || a.order - b.order);
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * A window of the paragraph around the first term, split into marked and
 * plain parts so the caller can build DOM nodes without innerHTML.
 */
export function excerpt(text: string, rawTerms: string[], before = 30, after = 70): ExcerptPart[] {
  const terms = rawTerms.map(fold).filter(Boolean);
  const folded = fold(text);
  // NFKC can change lengths (e.g. ligatures); fall back to the raw text where it did.
  const same = folded.length === text.length;
  const hay = same ? folded : text.toLowerCase();
  const first = Math.min(...terms.map((t) => hay.indexOf(t)).filter((i) => i >= 0), text.length);
  const start = Math.max(0, first - before);
  const end = Math.min(text.length, first + after);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: "…", mark: false });
  let i = start;
  while (i < end) {
    let next = -1;
    let len = 0;
    for (const t of terms) {
      const j = hay.indexOf(t, i);
      if (j !== -1 && j < end && (next === -1 || j < next)) {
        next = j;
        len = t.length;
      }
    }
    if (next === -1) {
      parts.push({ text: text.slice(i, end), mark: false });
      break;
    }
    if (next > i) parts.push({ text: text.slice(i, next), mark: false });
    parts.push({ text: text.slice(next, next + len), mark: true });
    i = next + len;
  }
  if (end < text.length) parts.push({ text: "…", mark: false });
  return parts;
}
