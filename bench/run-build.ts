// One build in its own process, so the parent can measure its memory (Pagefind's child included).
// Prints "PHASE <name>" when a phase starts and a final JSON line with the timings.
import path from "node:path";
import { pathToFileURL } from "node:url";

import Eleventy from "@11ty/eleventy";
import * as pagefind from "pagefind";

const [mode, root] = process.argv.slice(2);
const phases: Record<string, number> = {};

if (mode === "ours") {
  // The corpus's own copy of the code, the one its .eleventy.ts imports: the build hands
  // work to Eleventy through module state (site model, rendered bodies, citations made
  // ahead), which a second copy of the modules would not see.
  const { buildSite } = (await import(pathToFileURL(path.join(root, "src", "build.ts")).href)) as typeof import("../src/build.ts");
  const report = await buildSite({
    root,
    log: (line) => {
      const start = /^▸ (\w+)/.exec(line);
      if (start) console.log(`PHASE ${start[1]}`);
    },
  });
  for (const p of report.phases) phases[p.name] = p.ms;
  console.log(JSON.stringify({ phases, pages: report.pages, indexed: report.pagesIndexed, out: report.outDir }));
} else {
  const out = path.join(root, "_site");
  console.log("PHASE render");
  let t = performance.now();
  process.chdir(root);
  await new Eleventy("content", out, { quietMode: true }).write();
  phases.render = Math.round(performance.now() - t);
  console.log("PHASE index");
  t = performance.now();
  const { index } = await pagefind.createIndex({});
  const added = await index!.addDirectory({ path: out });
  await index!.writeFiles({ outputPath: path.join(out, "pagefind") });
  await pagefind.close();
  phases.index = Math.round(performance.now() - t);
  console.log(JSON.stringify({ phases, pages: added.page_count, indexed: added.page_count, out }));
}
