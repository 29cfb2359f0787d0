import { personName } from "../entities/names.ts";
import type { Work } from "../entities/types.ts";

/**
 * A COinS ContextObject (OpenURL 1.0, KEV) for one work: the title of an
 * empty <span class="Z3988">, from which Zotero and other tools pick up every
 * item on a reference list. Journal articles use the journal format; works
 * whose type the source does not give use Dublin Core, which claims nothing.
 */
export function coins(w: Work): string {
  const pairs: [string, string][] = [["ctx_ver", "Z39.88-2004"]];
  const year = w.issued["date-parts"][0]?.[0];
  const people = w.author.map(personName);
  if (w.type === "article-journal") {
    pairs.push(["rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"], ["rft.genre", "article"]);
    if (w.title) pairs.push(["rft.atitle", w.title]);
    if (w["container-title"]) pairs.push(["rft.jtitle", w["container-title"]]);
    if (w.volume) pairs.push(["rft.volume", w.volume]);
    if (w.issue) pairs.push(["rft.issue", w.issue]);
    if (w.page) pairs.push(["rft.pages", w.page]);
    for (const a of people) pairs.push(["rft.au", a]);
  } else {
    pairs.push(["rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"]);
    // No title where the source gives none: the paper's in-text wording (刘斌（2018）) would be saved as one.
    if (w.title) pairs.push(["rft.title", w.title]);
    for (const a of people) pairs.push(["rft.creator", a]);
  }
  if (year) pairs.push(["rft.date", String(year)]);
  if (w.language) pairs.push(["rft.language", w.language]);
  if (w.DOI) pairs.push(["rft_id", `info:doi/${w.DOI}`]);
  if (w.URL) pairs.push(["rft_id", w.URL]);
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
}
