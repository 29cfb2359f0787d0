/**
 * Turns Pagefind's page-level results into what a reader wants: for a paper,
 * the paragraphs that contain the query; for an agreement, a city or a
 * reference, the page itself. Only hits that really contain every term are
 * kept: Pagefind may match an unknown Chinese word by its single characters
 * or by prefix, and a reader who searches for a word must not be shown a
 * paragraph without it.
 *
 * Pure functions: the browser bundle and the tests use the same code.
 */

import { unsegment, wordSegmenter } from "./segment.ts";

export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface PageData {
  url: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
  locations: number[];
  anchors: Anchor[];
  content: string;
}

export interface Hit {
  kind: "paragraph" | "page";
  pageUrl: string;
  pageTitle: string;
  /** The search filter 类型: 论文, 自贸协定, 城市, 文献. */
  type: string;
  year: string | null;
  /** The paragraph's id (p3) or the abstract's, for paragraph hits. */
  id: string | null;
  /** The nearest heading above the paragraph, for context. */
  section: string | null;
  text: string;
  /** Occurrences of the query's terms in the text. */
  count: number;
  /** The query is this page's name (RCEP → the RCEP page; 刘斌 2018 → 刘斌（2018）). */
  exact: boolean;
  /** Pagefind's rank of the page, then reading order within it. */
  rank: number;
  order: number;
}

// Neither NFKC nor case changes ASCII or the unified ideographs (the compatibility ideographs sit
// elsewhere), so a paragraph of Chinese is mostly stepped over instead of normalized a character at a time.
const MAY_FOLD = /[^\x00-\x7f\u3400-\u4dbf\u4e00-\u9fff]/g;

/**
 * Full-width Latin and digits fold to half-width and case folds, so ＲＣＥＰ
 * finds RCEP; every dash folds to "-", so 中国—东盟 finds 中国-东盟. A character
 * whose folded form is longer (… is ... under NFKC) stays as it is, so positions in
 * the folded text are positions in the text, and excerpts and highlights land right.
 */
export function fold(text: string): string {
  return text
    .replace(MAY_FOLD, (c) => {
      const n = c.normalize("NFKC").toLowerCase();
      return n.length === 1 ? n : c;
    })
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
    .replace(/[\u2010-\u2015\u2212\u30fc\uff0d]/g, "-");
}

/** Quotes around a term, and sentence punctuation before or after it (a pasted "RCEP。"), are not part of it. */
const EDGES = /^["“”'‘’「『《。．.，,；;：:？?！!…]+|["“”'‘’」』》。．.，,；;：:？?！!…]+$/gu;
/** A term wholly in brackets (【RCEP】, [韩剑], （韩剑）) is the word inside; 杨瑶（2015） keeps its own. */
const WRAPPED = /^[【\[(（〔〈]([^【\]()（）〔〕〈〉]+)[】\])）〕〉]$/u;

export function queryTerms(query: string): string[] {
  return [...new Set(fold(query).split(/[\s,，、;；]+/u).map((t) => t.replace(EDGES, "").replace(WRAPPED, "$1").replace(EDGES, "")).filter(Boolean))];
}

/** Characters that, standing alone in a loosened reading, would match nearly every paragraph. */
const FILLER = new Set([..."的了和与及在是对为等之其而也年月日个"]);
/** Of those, the particles that stand between words (中国的东盟); 年月日个 may be part of a name (美日). */
const PARTICLES = new Set([..."的了和与及在是对为等之其而也"]);
/** A loosened reading longer than this is no search any more (a pasted paragraph with a typo). */
const MAX_LOOSE_TERMS = 12;

/** A lone Latin letter or digit (a&b, alert(1), #p1): no word to search for, ever. */
const isLoneLatin = (w: string) => /^[\p{L}\p{N}]$/u.test(w) && !/\p{Script=Han}/u.test(w);

/**
 * Intl.Segmenter's words, with each run of single characters it could not make a word of joined
 * back (中国东盟自贸区 → 中国 + 东盟自贸区, not 东、盟、自、贸、区; 美日 stays 美日): a lone 自 or
 * 贸 matches nearly every page, and the run is what the reader typed as one name. A particle
 * (的, 和) ends a run: 中国的东盟 is 中国 + 的 + 东盟.
 */
function hanWords(text: string): string[] {
  const out: string[] = [];
  let run = "";
  for (const { segment, isWordLike } of wordSegmenter().segment(text)) {
    if (!isWordLike) continue;
    if ([...segment].length === 1 && !PARTICLES.has(segment)) {
      run += segment;
      continue;
    }
    if (run) out.push(run);
    run = "";
    out.push(segment);
  }
  if (run) out.push(run);
  return out;
}

/**
 * Looser readings of a query that no page contains as written, loosest last: Chinese is typed
 * without spaces, so 韩剑2020 is first 韩剑 + 2020 (split where Chinese, Latin letters and digits
 * meet; RCEP2020 → rcep + 2020), then 地方政府作用 is 地方 + 政府 + 作用 (the words
 * Intl.Segmenter finds, as the index has them, runs of single characters kept together), without
 * lone filler characters (的, 年) or lone Latin letters and digits while a real word remains. Each
 * is a list of terms that must all occur; readings that add nothing, or would be too many words
 * to mean anything, are left out.
 */
export function looserTerms(query: string): string[][] {
  const terms = queryTerms(query);
  const withoutFiller = (words: string[]) => {
    const ws = words.filter((w) => !isLoneLatin(w));
    return ws.some((w) => !FILLER.has(w)) ? ws.filter((w) => !FILLER.has(w)) : ws;
  };
  const byScript = terms
    .flatMap((t) => t.match(/\p{Script=Han}+|[\p{L}\p{M}]+|[0-9]+|[^\p{Script=Han}\p{L}\p{M}0-9]+/gu) ?? [])
    .map((t) => t.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ""))
    .filter(Boolean);
  const scripts = withoutFiller(byScript);
  const segmented = scripts.flatMap((t) => (/\p{Script=Han}/u.test(t) ? hanWords(t) : [t]));
  const byWord = withoutFiller(segmented);
  const out: string[][] = [];
  let last = terms;
  for (const reading of [scripts, byWord].map((r) => [...new Set(r)])) {
    // A reading is offered if it asks for something else: more words, or the same with junk gone
    // (<b>FTA</b> → fta); never one lone Chinese character, which nearly every page holds (日韩 is not 韩).
    const lone = reading.length === 1 && /^\p{Script=Han}$/u.test(reading[0]!);
    if (reading.length && !lone && reading.length <= MAX_LOOSE_TERMS && reading.join(" ") !== last.join(" ")) out.push((last = reading));
  }
  return out;
}

/**
 * What to offer when nothing is found: the query's words (its loosest reading), a Chinese one of
 * three characters or more also in two-character pieces (义乌市 → 义乌; 跨境电商 → 跨境, 电商), as
 * a name the index lacks often holds one it has. Never a single character, at most eight.
 */
export function suggestionTerms(query: string): string[] {
  const terms = queryTerms(query);
  const words = terms.length > 1 ? terms : (looserTerms(query).at(-1) ?? terms);
  const pieces = words.flatMap((w) => {
    const chars = [...w];
    if (!/^\p{Script=Han}{3,}$/u.test(w)) return [w];
    const pairs: string[] = [];
    for (let i = 0; i + 1 < chars.length; i += 2) pairs.push(chars[i]! + chars[i + 1]!);
    return [w, ...pairs];
  });
  const typed = query.normalize("NFKC").trim().toLowerCase();
  return [...new Set(pieces)].filter((w) => [...w].length > 1 && w !== typed).slice(0, 8);
}

/**
 * Each term as the text itself writes it (（2015） where the query said (2015), RCEP for ｒｃｅｐ):
 * what a page must be asked to highlight, since the highlighter does not fold.
 */
export function formsInText(text: string, terms: string[]): string[] {
  const hay = fold(text);
  return [...new Set(terms.map((t) => {
    const at = findTerm(hay, fold(t));
    return at === -1 ? t : text.slice(at, at + t.length);
  }))];
}

/**
 * The query with every Han character as its own term (中韩自贸协定 → 中 韩 自 贸 协 定).
 * Pagefind segments the index with ICU4X and the query with the browser's
 * Intl.Segmenter; where the two cut a phrase differently (欧|日|协议 against
 * 欧日|协议) the page is never returned. Single characters always match, so
 * this second query restores recall; paragraph checks restore precision.
 * Null when it would be the same query.
 */
export function charSplitQuery(query: string): string | null {
  const split = query.replace(/\p{Script=Han}/gu, " $& ").replace(/\s+/g, " ").trim();
  return split === query.replace(/\s+/g, " ").trim() ? null : split;
}

/** A name compared without spaces or punctuation: 刘斌（2018） ~ 刘斌 2018. */
const bare = (s: string) => fold(s).replace(/[\s\p{P}\p{S}]/gu, "");

/** Does a number continue at this side of a match: a digit, or a decimal point before one? */
const numberGoesOn = (hay: string, at: number, step: 1 | -1) =>
  /[0-9]/.test(hay[at] ?? "") || (hay[at] === "." && /[0-9]/.test(hay[at + step] ?? ""));

/**
 * Where a term next occurs in folded text. A number is a whole number: 12 is not found in 122.1°E,
 * nor 5 in 37.5°N, nor 2015 in 20150, though 2015 is found in 2015年.
 */
export function findTerm(hay: string, term: string, from = 0): number {
  const numeric = /^[0-9]+$/.test(term);
  for (let i = hay.indexOf(term, from); i !== -1; i = hay.indexOf(term, i + 1)) {
    if (!numeric || !(numberGoesOn(hay, i - 1, -1) || numberGoesOn(hay, i + term.length, 1))) return i;
  }
  return -1;
}

/** The earliest occurrence of any term at or after `from` (of two at one place, the one listed first): [start, length], or null. */
export function nextTerm(hay: string, terms: readonly string[], from = 0): [number, number] | null {
  let best: [number, number] | null = null;
  for (const t of terms) {
    const at = findTerm(hay, t, from);
    if (at !== -1 && (!best || at < best[0])) best = [at, t.length];
  }
  return best;
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = findTerm(haystack, needle); i !== -1; i = findTerm(haystack, needle, i + needle.length)) n++;
  return n;
}

const BLOCK = /^(p\d+|abstract-text)$/;
const HEADING = /^h[1-6]$/;

function countTerms(text: string, terms: string[]): number {
  const folded = fold(text);
  return terms.every((t) => findTerm(folded, t) !== -1) ? terms.reduce((n, t) => n + occurrences(folded, t), 0) : 0;
}

/** The page as it reads, without the spaces the index's segmentation put into its text. */
function readable(page: PageData): PageData {
  return {
    ...page,
    meta: Object.fromEntries(Object.entries(page.meta).map(([k, v]) => [k, unsegment(v)])),
    filters: Object.fromEntries(Object.entries(page.filters ?? {}).map(([k, vs]) => [k, vs.map(unsegment)])),
    anchors: page.anchors.map((a) => ({ ...a, text: unsegment(a.text) })),
    content: unsegment(page.content),
  };
}

/** The hits one Pagefind result holds for a query: paragraphs of a paper, or the page as a whole. */
export function pageHits(raw: PageData, terms: string[], rank = 0): Hit[] {
  if (!terms.length) return [];
  const page = readable(raw);
  const base = {
    pageUrl: page.url,
    pageTitle: page.meta.title ?? page.url,
    type: page.filters?.["类型"]?.[0] ?? "",
    year: page.filters?.["年份"]?.[0] ?? null,
    rank,
  };
  const blocks = page.anchors.filter((a) => BLOCK.test(a.id));
  if (blocks.length) {
    const hits: Hit[] = [];
    let section: string | null = null;
    [...page.anchors].sort((a, b) => a.location - b.location).forEach((a, order) => {
      if (HEADING.test(a.element) && a.id !== "title" && a.id !== "abstract-heading") section = a.text;
      if (!BLOCK.test(a.id)) return;
      const count = countTerms(a.text, terms);
      if (count) hits.push({ ...base, kind: "paragraph", id: a.id, section: a.id === "abstract-text" ? null : section, text: a.text, count, exact: false, order });
    });
    // Words only in a paper's header (its authors, their institution, its title) find the paper itself.
    if (hits.length) return hits;
  }
  const count = countTerms(page.content, terms);
  if (!count) return [];
  const query = bare(terms.join(""));
  const names = [page.meta.title ?? "", ...(page.meta.names ?? "").split("|")].filter(Boolean);
  return [{ ...base, kind: "page", id: null, section: null, text: page.content, count, exact: names.some((n) => bare(n) === query), order: 0 }];
}

/**
 * Reading order for results: a page that is exactly what was asked for
 * first; then the papers' paragraphs (most occurrences first); then the other
 * pages that contain the query, in Pagefind's order.
 */
export function rankHits(hits: Hit[]): Hit[] {
  const tier = (h: Hit) => (h.exact ? 0 : h.kind === "paragraph" ? 1 : 2);
  return [...hits].sort((a, b) => tier(a) - tier(b) || (tier(a) === 1 ? b.count - a.count : 0) || a.rank - b.rank || a.order - b.order);
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const LATIN_WORD = /[\p{Script=Latin}\p{N}]/u;
/** How far a window's edge moves to keep a Latin word whole; a longer word is cut where it was. */
const WORD_SLACK = 16;

/**
 * A window edge moved out of the middle of a Latin word or number (…omic Partnership, Republic of
 * Ko…) to the word's start (`dir` -1) or end (1); Chinese has no such words to keep whole.
 */
function wordEdge(text: string, at: number, dir: -1 | 1): number {
  if (at <= 0 || at >= text.length || !LATIN_WORD.test(text[at - 1]!) || !LATIN_WORD.test(text[at]!)) return at;
  let i = at;
  while (Math.abs(i - at) < WORD_SLACK && i > 0 && i < text.length && LATIN_WORD.test(text[dir < 0 ? i - 1 : i]!)) i += dir;
  return Math.abs(i - at) < WORD_SLACK ? i : at;
}

/**
 * Windows of the text around each term's first occurrence (merged where they
 * overlap), so every word asked for is visible; split into marked and plain
 * parts so the caller can build DOM nodes without innerHTML.
 */
export function excerpt(text: string, rawTerms: string[], before = 30, after = 70): ExcerptPart[] {
  const terms = rawTerms.map(fold).filter(Boolean);
  const hay = fold(text);
  const firsts = terms.map((t) => findTerm(hay, t)).filter((i) => i >= 0).sort((a, b) => a - b);
  const windows: [number, number][] = [];
  for (const at of firsts.length ? firsts : [0]) {
    const start = wordEdge(text, Math.max(0, at - (windows.length ? 10 : before)), -1);
    const end = wordEdge(text, Math.min(text.length, at + (windows.length ? 40 : after)), 1);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  const parts: ExcerptPart[] = [];
  for (const [start, end] of windows) {
    if (start > 0) parts.push({ text: "…", mark: false });
    let i = start;
    while (i < end) {
      const m = nextTerm(hay, terms, i);
      if (!m || m[0] >= end) {
        parts.push({ text: text.slice(i, end), mark: false });
        break;
      }
      const [next, len] = m;
      if (next > i) parts.push({ text: text.slice(i, next), mark: false });
      parts.push({ text: text.slice(next, next + len), mark: true });
      i = next + len;
    }
  }
  if (windows.length && windows[windows.length - 1][1] < text.length) parts.push({ text: "…", mark: false });
  return parts;
}
