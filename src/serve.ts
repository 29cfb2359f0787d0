import { watch } from "node:fs";
import path from "node:path";

import { buildSite } from "./build.ts";
import { InputError } from "./data/errors.ts";
import { changedInputs, stampInputs } from "./fs/input-stamp.ts";
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

const WATCHED = ["content", "_data", "src"];
/**
 * A change is a file whose size or modification time moved, or one added or gone. The watcher
 * also reports what is no edit: each build hard-links the papers' OCR sources into the site and
 * removes the old site, which changes the sources' link count, and a rebuild on that would
 * trigger the next one, for ever.
 */
let seen = await stampInputs(root, WATCHED);
let timer: NodeJS.Timeout | undefined;
let running = Promise.resolve();
let queued = false;
const rebuildIfChanged = () => {
  // One rebuild waiting is enough: events during a build all come down to "look again after it".
  if (queued) return;
  queued = true;
  running = running.then(async () => {
    queued = false;
    const now = await stampInputs(root, WATCHED);
    if (!changedInputs(seen, now).length) return;
    seen = now;
    if (await rebuild()) server.reload();
  });
};
for (const dir of WATCHED) {
  watch(path.join(root, dir), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuildIfChanged, 200);
  });
}
