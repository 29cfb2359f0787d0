/**
 * APA letters one author's works of one year (2021a, 2021b) in the order its list sorts them, by
 * title. Our GB/T list letters them in the order the data gives, which is the paper's own order
 * (validation holds each work's `citedAs` letter to it). Without the title key, citeproc leaves
 * such works in the order given, so a reader's 2021a is the same work in every format.
 */
const TITLE_KEY = /<key macro="title"\s*\/>/;

export function givenOrderStyle(style: string): string {
  const sort = /<bibliography\b[\s\S]*?<sort>([\s\S]*?)<\/sort>/.exec(style);
  if (!sort || !TITLE_KEY.test(sort[1]!)) throw new Error("given-order style: the style's bibliography no longer sorts by a title macro");
  const [whole, keys] = sort;
  return style.replace(whole, whole.replace(keys!, keys!.replace(TITLE_KEY, "")));
}
