import type UserConfig from "@11ty/eleventy/UserConfig";

import { parseJson } from "../data/read-json.ts";

/**
 * Eleventy deep-copies every plain-object global data value into the data of
 * every template; a value with its own prototype it passes by reference. At a
 * thousand papers those copies were the largest single cost of rendering
 * (5 s of 20), and no template needs a copy. Shared values are also frozen:
 * templates read data, they never change it.
 */
class Shared {}

export function shared<T extends object>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value);
  return Object.freeze(Object.setPrototypeOf({ ...value }, Shared.prototype)) as T;
}

/** Global JSON data files (_data/*.json) arrive shared too. */
export function sharedJsonData(eleventyConfig: UserConfig): void {
  eleventyConfig.addDataExtension("json", { parser: (text: string) => shared(parseJson(text)) });
}
