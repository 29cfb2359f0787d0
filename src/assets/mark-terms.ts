// Marks the terms a search result was found by (?pagefind-highlight=…) in the page's readable
// body, with the same matching as the result list (src/search/match.ts): folded, so 中国-东盟
// marks 中国—东盟 too, and numbers whole, so 12 is not marked inside 122.1°E. Then brings the
// first mark into view where the link names no paragraph.
import { fold, nextTerm } from "../search/match.ts";

const terms = [...new Set(new URLSearchParams(location.search).getAll("pagefind-highlight").map(fold).filter(Boolean))]
  // Longest first, so 中韩自贸协定 is marked whole rather than as 中韩 where both were asked for.
  .sort((a, b) => b.length - a.length);
const body = document.querySelector("[data-pagefind-body]") ?? document.querySelector("main");

function markText(node: Text): HTMLElement[] {
  const text = node.data;
  const hay = fold(text);
  const marks: HTMLElement[] = [];
  const parts: Node[] = [];
  let last = 0;
  for (let m = nextTerm(hay, terms, 0); m; m = nextTerm(hay, terms, m[0] + m[1])) {
    if (m[0] > last) parts.push(document.createTextNode(text.slice(last, m[0])));
    const mark = Object.assign(document.createElement("mark"), { className: "pagefind-highlight", textContent: text.slice(m[0], m[0] + m[1]) });
    parts.push(mark);
    marks.push(mark);
    last = m[0] + m[1];
  }
  if (!marks.length) return marks;
  if (last < text.length) parts.push(document.createTextNode(text.slice(last)));
  node.replaceWith(...parts);
  return marks;
}

if (body && terms.length) {
  // What search does not index (navigation, citation boxes, backlinks) is not marked either.
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest("script, style, mark, [data-pagefind-ignore]") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const marks = nodes.flatMap(markText);
  if (marks.length && !location.hash) marks[0].scrollIntoView({ block: "center" });
}
