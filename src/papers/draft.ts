/**
 * A first draft of a paper's body from its OCR text: line breaks and the extraction's stray spaces
 * go, as they carry no meaning between Chinese characters; a space between two Latin words or
 * numbers stays one space (Local Cities and the RCEP), since there it is a word break. The fidelity
 * check ignores whitespace, so the draft only has to read well.
 */
const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303f\\uff00-\\uffef";
const AROUND_CJK = new RegExp(`(?<=[${CJK}]) | (?=[${CJK}])`, "gu");

export function draftBody(source: string): string {
  return source
    .replace(/\s+/gu, " ")
    .replace(AROUND_CJK, "")
    .replace(/(?<=[([]) | (?=[)\]])/gu, "")
    .trim();
}
