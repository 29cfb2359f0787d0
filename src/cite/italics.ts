/**
 * APA sets a journal's name and volume, and a book's or web page's title, in italics, so its
 * entries go to the page as citeproc's HTML. citeproc escapes what the data says (&#60; for <),
 * but reads a few tags in a field as CSL rich text (<i>, <b>, <sc>, <sup>, …), as Zotero does.
 * An entry shown as markup may therefore hold only the italics the style itself sets (and the
 * upright span citeproc puts round italics inside italics); anything else came from a field, and
 * the build refuses it rather than let data decide the page's markup. Validation already refuses
 * tag-like text in the fields citeproc formats (`citeText` in common.schema.json); this is the last
 * check, for text validation does not hold to that rule (the site's title, a paper's container).
 */
const ALLOWED = /<\/?i>|<span style="font-style:normal;">|<\/span>/g;

export class RichTextError extends Error {
  constructor(readonly id: string, readonly tag: string) {
    super(`citation "${id}": a field holds markup that citeproc would render (${tag}); write it as plain text`);
  }
}

/** The entry's HTML if its only tags are the style's italics; else a RichTextError naming the record. */
export function italicsOnly(html: string, id: string): string {
  const stray = /<[^>]*>?/.exec(html.replace(ALLOWED, ""));
  if (stray) throw new RichTextError(id, stray[0]);
  return html;
}

