/**
 * Finding a Chinese word inside longer words. The index holds words (香港, 关税), and Pagefind
 * matches a query word only at the start of an indexed one: 税 finds 税率 but not 关税, 港 not
 * 香港. So the build lists, for each character, the indexed words that hold it after their first
 * character, and the search page asks for those words too (税 → 关税, 免税). The lists are split
 * into files by character code, and a search fetches only the one file its term needs.
 *
 * Pure functions: the build and the browser bundle share them.
 */

/** The lists' folder inside the search bundle (pagefind/). */
export const INFIX_DIR = "infixes";
/** Files the lists are split into: the term's first character picks its file. */
export const INFIX_FILES = 64;
/** Words kept for a character, the most widespread first: 国 alone is inside hundreds. */
export const INFIX_WORDS = 24;
/** Words a search adds for one term. */
export const INFIX_SEARCHES = 8;

export type InfixFile = Record<string, string[]>;

export function infixFileOf(char: string): number {
  return char.codePointAt(0)! % INFIX_FILES;
}

/**
 * The files, from each indexed word and the number of pages it is on: for each character after a
 * word's first, the words holding it there, by pages (then by code point, so builds agree).
 */
export function infixFiles(pagesByWord: ReadonlyMap<string, number>): Map<number, InfixFile> {
  const byChar = new Map<string, string[]>();
  for (const word of pagesByWord.keys()) {
    for (const char of new Set([...word].slice(1))) {
      const list = byChar.get(char) ?? [];
      list.push(word);
      byChar.set(char, list);
    }
  }
  const files = new Map<number, InfixFile>();
  for (const char of [...byChar.keys()].sort()) {
    const words = byChar.get(char)!.sort((a, b) => pagesByWord.get(b)! - pagesByWord.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
    const file = files.get(infixFileOf(char)) ?? {};
    file[char] = words.slice(0, INFIX_WORDS);
    files.set(infixFileOf(char), file);
  }
  return files;
}

/** The listed words that hold `term` after their start (those starting with it Pagefind finds itself). */
export function wordsWithin(term: string, file: InfixFile | null): string[] {
  const first = [...term][0];
  if (!first || !/\p{Script=Han}/u.test(first) || !file) return [];
  return (file[first] ?? []).filter((w) => w.includes(term) && !w.startsWith(term)).slice(0, INFIX_SEARCHES);
}
