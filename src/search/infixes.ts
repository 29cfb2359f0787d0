/**
 * Finding a Chinese word inside longer words. The index holds words (香港, 关税), and Pagefind
 * matches a query word only at the start of an indexed one: 税 finds 税率 but not 关税, 港 not
 * 香港. So the build lists, for each character, the indexed words that hold it after their first
 * character, and the search page asks for those words too (税 → 关税, 免税; and 由贸, which starts
 * inside 自由 and runs into 贸易, as 自由 + 贸). The lists are split into files by character code,
 * and a search fetches only the one file its term needs.
 *
 * Pure functions: the build and the browser bundle share them.
 */

/** The lists' folder inside the search bundle (pagefind/). */
export const INFIX_DIR = "infixes";
/** Files the lists are split into: the term's first character picks its file. */
export const INFIX_FILES = 64;
/** Words kept for a character, the most widespread first: 国 alone is inside hundreds. */
export const INFIX_WORDS = 24;
/** Searches added for one term. */
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

/**
 * How to ask Pagefind for a term that does not start an indexed word: as each listed word holding
 * it after its start (税 → 关税), then as each word ending in the term's first part followed by the
 * rest, for a term that starts inside one word and runs into the next (由贸 → "自由 贸", which finds
 * 自由|贸易). Pagefind finds a term that starts a word by itself.
 */
export function infixQueries(term: string, file: InfixFile | null): string[] {
  const chars = [...term];
  if (!chars.length || !/\p{Script=Han}/u.test(chars[0]!) || !file) return [];
  const listed = file[chars[0]!] ?? [];
  const inside = listed.filter((w) => w.includes(term) && !w.startsWith(term));
  const across = chars.slice(1).flatMap((_, i) => {
    const head = chars.slice(0, i + 1).join("");
    const rest = chars.slice(i + 1).join("");
    return listed.filter((w) => w.endsWith(head) && w.length > head.length).map((w) => `${w} ${rest}`);
  });
  return [...new Set([...inside, ...across])].slice(0, INFIX_SEARCHES);
}
