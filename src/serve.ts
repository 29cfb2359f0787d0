import { watch } from "node:fs";
import path from "node:path";

import { buildSite } from "./build.ts";
import { InputError } from "./data/errors.ts";
import { serveStatic } from "./server/static.ts";

/**
 * `npm start`: build the whole site (search included), serve it with live
 * reload, and rebuild when content, data, templates or code change. A failed
 * rebuild prints what is wrong and keeps serving the last good site.
 */
const root = process.cwd();
const port = Number(process.env.PORT ?? 8080);
const log = (line: string) => console.log(line);

async function rebuild(): Promise<boolean> {
  try {
    const report = await buildSite({ root, log });
    console.log(`✓ ${report.pages} pages, ${report.pagesIndexed} indexed`);
    return true;
  } catch (e) {
    console.error(e instanceof InputError ? `✗ ${e.message}` : e);
    console.error("  (still serving the last good build)");
    return false;
  }
}

if (!(await rebuild())) process.exitCode = 1;
const server = await serveStatic(path.join(root, "_site"), { port, pathPrefix: process.env.PATH_PREFIX, liveReload: true });
console.log(`\nServing the site at ${server.url}  (Ctrl+C to stop)\n`);

let timer: NodeJS.Timeout | undefined;
let running = Promise.resolve();
for (const dir of ["content", "_data", "src"]) {
  watch(path.join(root, dir), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        if (await rebuild()) server.reload();
      });
    }, 200);
  });
}
