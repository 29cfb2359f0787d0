import { parseHTML } from "linkedom";

import { EDITORIAL_ATTR } from "./paragraph-ids.ts";

/**
 * The paper's own words in rendered HTML: tags dropped, entities decoded,
 * our editorial additions (¶ numbers, correction marks) left out.
 */
export function plainText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll(`[${EDITORIAL_ATTR}]`)) el.remove();
  const blocks = [...document.body.children].map((el) => el.textContent ?? "");
  return blocks.join("\n");
}
