/**
 * A style for entries that each stand alone: a paper's own "cite this" entry. citeproc works out
 * 2020a/2020b across every item it is given, which is right for a reference list and wrong for
 * two papers of one author and year on this site: each would carry a letter that only a list
 * holding both could justify. Without the <citation> element's disambiguation rules, citeproc
 * also skips working out every entry's in-text form (a third of APA's time).
 */
const DISAMBIGUATION = / (?:disambiguate-add-year-suffix|disambiguate-add-names|disambiguate-add-givenname|givenname-disambiguation-rule)="[^"]*"/g;

export function standaloneStyle(style: string): string {
  const citation = /<citation\b[^>]*>/.exec(style);
  if (!citation || !DISAMBIGUATION.test(citation[0])) throw new Error("standalone style: the style's <citation> element no longer has disambiguation rules to remove");
  return style.replace(citation[0], citation[0].replace(DISAMBIGUATION, ""));
}
