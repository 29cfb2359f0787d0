import path from "node:path";

import { build } from "esbuild";

/** The little client code we ship, written in TypeScript and bundled for the browser. */
export const CLIENT_ENTRIES = ["src/assets/search.ts", "src/assets/simplify.ts", "src/assets/highlight.ts", "src/assets/mark-terms.ts", "src/assets/table.ts", "src/assets/cite.ts"];

export async function bundleClientScripts(root: string, outDir: string): Promise<void> {
  // OpenCC's tables, loaded here rather than with the module: the render before this has no use for them.
  const { traditionalCharBits } = await import("./traditional-chars.ts");
  await build({
    entryPoints: CLIENT_ENTRIES.map((e) => path.join(root, e)),
    outdir: path.join(outDir, "assets"),
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    // The Pagefind bundle is loaded at run time from the built site, never bundled.
    external: ["*/pagefind/pagefind.js"],
    define: { TRADITIONAL_CHARS: JSON.stringify(traditionalCharBits()) },
  });
}
