// `npm run new-paper -- <slug> [source.txt]`: a new paper folder with everything the build expects.
import { access, copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import matter from "gray-matter";

import { parseJson } from "./data/read-json.ts";
import { SCHEMA_DIR } from "./data/schema.ts";
import { draftBody } from "./papers/draft.ts";
import { SLUG } from "./papers/folders.ts";
import { PAPERS_DIR } from "./papers/load.ts";

const [slug, sourceArg] = process.argv.slice(2);
if (!slug || !SLUG.test(slug)) {
  console.error("usage: npm run new-paper -- <slug> [path/to/ocr-source.txt]\n  the slug is the paper's URL name: lower-case letters, digits and hyphens, at most 80");
  process.exit(1);
}
const dir = path.join(process.cwd(), PAPERS_DIR, slug);
if (await access(dir).then(() => true, () => false)) {
  console.error(`✗ ${path.relative(process.cwd(), dir)} already exists`);
  process.exit(1);
}
// Read before anything is created: a source that cannot be read must not leave a half-made folder
// that the next, corrected run would refuse as existing.
const sourceText = sourceArg
  ? await readFile(sourceArg, "utf8").catch((e: NodeJS.ErrnoException) => {
      console.error(`✗ cannot read the OCR source ${sourceArg}: ${e.code === "ENOENT" ? "no such file" : e.message}`);
      process.exit(1);
    })
  : null;
await mkdir(dir, { recursive: true });

// The source's name is part of its URL on the site: one the paper schema would refuse (论文 OCR.txt) is saved as source.txt.
const paperSchema = parseJson(await readFile(path.join(process.cwd(), SCHEMA_DIR, "paper.schema.json"), "utf8")) as { properties: { source: { pattern: string } } };
const fitName = new RegExp(paperSchema.properties.source.pattern, "u");
const sourceName = sourceArg && fitName.test(path.basename(sourceArg)) ? path.basename(sourceArg) : "source.txt";
if (sourceArg) await copyFile(sourceArg, path.join(dir, sourceName));
else await writeFile(path.join(dir, sourceName), "");
// A first draft of the body: the source with its hard line breaks gone, for the transcriber to split
// into paragraphs and headings. Anything beyond that is a correction to record in corrections.json.
const draft = sourceText !== null ? draftBody(sourceText) : "（在此转录论文正文。）";

const frontMatter = {
  title: "（题名）",
  authors: [{ name: "（作者）", affiliation: null }],
  year: null,
  yearNote: "来源文本未载明发表年份。",
  container: null,
  keywords: null,
  abstract: null,
  source: sourceName,
  truncated: false,
};
await writeFile(path.join(dir, "index.md"), matter.stringify(`\n${draft}\n`, frontMatter));
await writeFile(path.join(dir, "corrections.json"), "[]\n");
console.log(`✓ created ${path.relative(process.cwd(), dir)}/ with index.md, corrections.json and ${sourceName}

Next:
${sourceText?.trim() ? "" : `  0. Paste the paper's OCR text into ${sourceName}: validation checks the transcription against it.\n`}  1. Fill in the front matter of index.md (title, authors, year or yearNote, abstract).
  2. Split the body into paragraphs and headings (## 一、 / ### （一） / #### 1.).
  3. Mark citations as @{key} and add each work to _data/literature.json.
  4. Record every change to the source's words in corrections.json.
  5. npm run validate — it shows where the transcription and the corrected source part.`);
