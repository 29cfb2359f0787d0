import { pathToFileURL } from "node:url";

import type UserConfig from "@11ty/eleventy/UserConfig";

/**
 * Lets directory data files be TypeScript (content/papers/papers.11tydata.ts);
 * the build runs under tsx, so importing them just works.
 */
export function typescriptDataFiles(eleventyConfig: UserConfig): void {
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: async (file: string) => (await import(pathToFileURL(file).href)).default,
  });
}
