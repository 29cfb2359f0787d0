import type UserConfig from "@11ty/eleventy/UserConfig";

interface Item {
  data: { title: string; year: number | null };
}

/** Papers newest first, then by title, so the home page order is stable across builds. */
export function byYearThenTitle(a: Item, b: Item): number {
  return (b.data.year ?? 0) - (a.data.year ?? 0) || a.data.title.localeCompare(b.data.title, "zh-CN");
}

export function collections(eleventyConfig: UserConfig): void {
  eleventyConfig.addCollection("paperList", (api: { getFilteredByTag(tag: string): Item[] }) =>
    [...api.getFilteredByTag("papers")].sort(byYearThenTitle),
  );
}
