/**
 * Chinese word segmentation for the search index, done here rather than by
 * Pagefind. Pagefind segments Chinese with ICU4X, which at a thousand papers
 * costs gigabytes and most of the build; and pagefind.js segments queries with
 * the browser's Intl.Segmenter, so a phrase the two cut differently
 * (欧|日|协议 against 欧日|协议) is never found. Segmenting the index with
 * Intl.Segmenter too makes index and queries agree, and lets Pagefind index
 * plain space-separated words. Used by the build (Node) and the browser.
 */
const HAN = /\p{Script=Han}/u;
/**
 * A run of Han characters, or one full-width punctuation mark or symbol (，（）；：、。 but not
 * ＲＣＥＰ): the marks unsegment() closes up again for display.
 */
const HAN_RUN_OR_WIDE_MARK = /\p{Script=Han}+|(?=[\p{P}\p{S}])[\u3000-\u303f\uff00-\uffef]/gu;

let segmenter: Intl.Segmenter | undefined;

/** The one Chinese word segmenter, for the index and for reading queries alike. */
export function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  return segmenter;
}

/**
 * Intl.Segmenter slows sharply on one long unbroken run of Han characters (100,000 take 17 s,
 * 40,000 0.3 s); real text breaks at punctuation every few dozen. A longer run is cut into
 * pieces, each segmented alone (a word may be cut at a piece's edge), never inside a
 * surrogate pair.
 */
export const MAX_RUN = 2000;

function pieces(run: string): string[] {
  if (run.length <= MAX_RUN) return [run];
  const out: string[] = [];
  for (let start = 0; start < run.length; ) {
    let end = Math.min(start + MAX_RUN, run.length);
    if (end < run.length && /[\uDC00-\uDFFF]/.test(run[end]!)) end--;
    out.push(run.slice(start, end));
    start = end;
  }
  return out;
}

/**
 * 我国扩大开放 → " 我国 扩大 开放 ": words of every Han run, spaced, Latin text and entities
 * untouched. Words of two characters or more are also added to `words`, if given (infixes.ts).
 */
export function segmentText(text: string, words?: Set<string>): string {
  return text.replace(HAN_RUN_OR_WIDE_MARK, (run) => {
    // Pagefind does not break words at full-width punctuation: （gov.cn）2015 would be one word.
    if (!HAN.test(run)) return ` ${run} `;
    let out = " ";
    for (const piece of pieces(run)) {
      for (const { segment } of wordSegmenter().segment(piece)) {
        out += `${segment} `;
        if (words && segment.length > 1) words.add(segment);
      }
    }
    return out;
  });
}

/**
 * What the indexed copy puts after an element whose text ends without punctuation: a term and its
 * value, cells, list items; a heading ends like a sentence (平台。国家自贸区…, not 平台国家自贸区…).
 */
const SEPARATORS: Record<string, string> = { dt: "：", dd: "；", td: "；", th: "；", li: "；", h1: "。", h2: "。", h3: "。", h4: "。", h5: "。", h6: "。" };
/** Punctuation that already ends a clause; a closing bracket or a dash standing for "none" does not. */
const PUNCTUATED = /[。，、；：！？…,.;:!?]$/u;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const TAG = /<(\/?)([a-zA-Z][\w-]*)([^>]*)>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g;

/**
 * Segments only the text Pagefind will index: inside the data-pagefind-body
 * element and outside data-pagefind-ignore ones. Everything else (head, navigation,
 * reference lists, citation boxes) stays as it is, at no cost. Reads our own
 * well-formed template output, so a small tag scanner is enough.
 */
export function segmentHtml(html: string, words?: Set<string>): string {
  let out = "";
  let last = 0;
  // One entry per open element: does it start the body, or an ignored region?
  const stack: { name: string; body: boolean; ignore: boolean }[] = [];
  let inBody = 0;
  let ignored = 0;
  let raw: string | null = null; // inside <script> or <style>: text is not markup
  let ended = true; // the indexed text so far ends in punctuation (or nothing)
  for (const m of html.matchAll(TAG)) {
    const [tag, closing, rawName = "", attrs = ""] = m;
    const name = rawName.toLowerCase();
    if (raw && !(closing && name === raw)) continue;
    const text = html.slice(last, m.index);
    const indexed = inBody && !ignored && !raw;
    out += indexed ? segmentText(text, words) : text;
    if (indexed && text.trim()) ended = PUNCTUATED.test(text.trimEnd());
    // Pagefind runs the cells of a fact list or table together (作者刘晓玲类型不详题名来源未载); a "："
    // after a term and a "；" after a value, in the indexed copy only (readers' pages are not
    // changed), make excerpts read 作者：刘晓玲；类型不详；题名：来源未载. The mark goes after the
    // closing tag, outside the element: a heading's text is also a result's title or section
    // (data-pagefind-meta, anchors), which must not end in 。.
    out += tag;
    if (closing && indexed && SEPARATORS[name] && !ended) {
      out += SEPARATORS[name];
      ended = true;
    }
    last = m.index + tag.length;
    if (!name) continue;
    if (closing) {
      raw = null;
      const i = stack.map((e) => e.name).lastIndexOf(name);
      if (i === -1) continue;
      for (const e of stack.splice(i)) {
        if (e.body) inBody--;
        if (e.ignore) ignored--;
      }
    } else if (!VOID.has(name) && !attrs.endsWith("/")) {
      const entry = { name, body: /\sdata-pagefind-body\b/.test(attrs), ignore: /\sdata-pagefind-ignore\b/.test(attrs) };
      if (entry.body) inBody++;
      if (entry.ignore) ignored++;
      stack.push(entry);
      if (name === "script" || name === "style") raw = name;
    }
  }
  return out + html.slice(last);
}

/** Undoes segmentText for display: drops the spaces it put beside Chinese characters and punctuation. */
export function unsegment(text: string): string {
  return text
    .replace(/ +(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, "")
    .replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]) +/gu, "")
    .trim();
}
