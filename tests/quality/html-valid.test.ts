import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";

import { HtmlValidate } from "html-validate";

import { buildRealSite } from "../helpers/project.ts";
import { htmlFiles } from "../../src/fs/site-files.ts";

let site: Awaited<ReturnType<typeof buildRealSite>>;
before(async () => {
  site = await buildRealSite();
});
after(() => site.cleanup());

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Chinese typography uses full-width punctuation next to inline elements; whitespace rules don't fit it.
    "no-trailing-whitespace": "off",
  },
});

test("every page of the built site is valid HTML (html-validate, recommended rules)", async () => {
  const files = await htmlFiles(site.outDir);
  assert.ok(files.length >= 4);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(await readFile(path.join(site.outDir, file), "utf8"), file);
    for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  assert.deepEqual(problems, []);
});
