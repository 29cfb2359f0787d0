/**
 * Chinese word segmentation for the search index, done here rather than by
 * Pagefind. Pagefind segments Chinese with ICU4X, which at a thousand papers
 * costs gigabytes and most of the build; and pagefind.js segments queries with
 * the browser's Intl.Segmenter, so a phrase the two cut differently
 * (欧|日|协议 against 欧日|协议) is never found. Segmenting the index with
 * Intl.Segmenter too makes index and queries agree, and lets Pagefind index
 * plain space-separated words. Used by the build (Node) and the browser.
 */
const HAN_RUN = /\p{Script=Han}+/gu;

let segmenter: Intl.Segmenter | undefined;

/** 我国扩大开放 → " 我国 扩大 开放 ": words of every Han run, spaced, Latin text and entities untouched. */
export function segmentText(text: string): string {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  return text.replace(HAN_RUN, (run) => {
    let out = " ";
    for (const { segment } of segmenter!.segment(run)) out += `${segment} `;
    return out;
  });
}

/** Segments the text of an HTML document (between tags), leaving tags, attributes and scripts alone. */
export function segmentHtml(html: string): string {
  return html.replace(/(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>)|>([^<]+)</g, (all, skip: string | undefined, text: string | undefined) =>
    skip ? skip : `>${segmentText(text!)}<`,
  );
}

/** Undoes segmentText for display: drops the spaces it put beside Chinese characters and punctuation. */
export function unsegment(text: string): string {
  return text
    .replace(/ +(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, "")
    .replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]) +/gu, "")
    .trim();
}
