/**
 * Makes CSL values safe to hand to Citation.js's BibTeX output.
 *
 * With `asciiOnly` off (which we need, or every Chinese character is dropped), plugin-bibtex
 * writes values exactly as given: a `}` in a title closes the field and the rest of the title
 * can add fields of its own (`…}, note = {\input{…}}, x = {`), an odd brace breaks the file, and
 * `% $ # & _ \ ~ ^` reach LaTeX as commands. It also reads `<i>`, `<b>`… in a title as rich
 * text and opens `\textit{` for them, unclosed if the tag is. So we escape first, and
 * Citation.js, escaping nothing, cannot escape twice.
 */
import type { CslItem } from "./types.ts";

/**
 * What LaTeX (through BibTeX) prints as the character itself. `\ ~ ^ < >` have no `\`-escape:
 * `\\` is a line break, `\~{}` an accent, and `<` `>` print as ¡ ¿ in LaTeX's default font
 * encoding; escaping `<` also keeps Citation.js from reading a tag as markup.
 */
const LATEX_TEXT: Readonly<Record<string, string>> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  "&": "\\&",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  "<": "\\textless{}",
  ">": "\\textgreater{}",
};

/**
 * One BibTeX field value that reads back as exactly `text`. Line breaks become a space, which is
 * all BibTeX makes of them anyway, and a value that started a line with `@type{` would read as a
 * new entry to anyone splitting the file by entries, as we do. Chinese stays UTF-8.
 */
export function escapeBibtex(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").replace(/[\\{}%$#&_~^<>]/g, (c) => LATEX_TEXT[c] ?? c);
}

/**
 * URL and DOI go out verbatim (biblatex reads them as typed, so `\_` would be a backslash in the
 * link); only what could end the field or break the line is percent-encoded, which names the
 * same resource.
 */
function escapeVerbatim(value: string): string {
  return value.replace(/[{}\\\s]/gu, (c) => encodeURIComponent(c));
}

/** Fields that are not text for LaTeX: our keys and type names, and the verbatim ones. */
const VERBATIM: ReadonlySet<string> = new Set(["URL", "DOI"]);
const UNTOUCHED: ReadonlySet<string> = new Set(["id", "type"]);

function escapeValue(value: unknown, escape: (text: string) => string): unknown {
  if (typeof value === "string") return escape(value);
  if (Array.isArray(value)) return value.map((v) => escapeValue(v, escape));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeValue(v, escape)]));
  }
  return value;
}

/** A copy of the item with every text value (names and dates included) escaped for BibTeX. */
export function escapeForBibtex(item: CslItem): CslItem {
  const escaped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (UNTOUCHED.has(key)) escaped[key] = value;
    else escaped[key] = escapeValue(value, VERBATIM.has(key) ? escapeVerbatim : escapeBibtex);
  }
  return escaped as CslItem;
}
