import matter from "gray-matter";
import yaml from "js-yaml";

/**
 * How front matter is read, by validation and by Eleventy alike. YAML only, and the same YAML:
 * gray-matter's own parser is js-yaml 3 (YAML 1.1, where `33:40` is the number 2020) while
 * Eleventy's is js-yaml 4 (YAML 1.2, where it is text), so what was checked could differ from
 * what is published. And never JavaScript: `---js` front matter would run as code in the build.
 */
function refuse(language: string) {
  // An object, not a bare function: Eleventy merges these options into its own, and keeps its
  // own engine object where it has one (jsLegacy) if handed a function.
  return {
    parse: () => {
      throw new Error(`${language} front matter would run as code; write the front matter in YAML (between --- lines)`);
    },
  };
}

/** Eleventy's front matter engines, and ours; `jsLegacy` is Eleventy's fallback for `---js`. */
export const FRONT_MATTER_ENGINES = {
  yaml: (text: string) => yaml.load(text) as object,
  javascript: refuse("JavaScript"),
  js: refuse("JavaScript"),
  jsLegacy: refuse("JavaScript"),
};

export function readFrontMatter(text: string): { data: Record<string, unknown>; content: string } {
  const parsed = matter(text, { engines: FRONT_MATTER_ENGINES, language: "yaml" } as never);
  return { data: parsed.data, content: parsed.content };
}
