import path from "node:path";

import type { Ajv2020 } from "ajv/dist/2020.js";
import type { MarkdownIt } from "markdown-it";

import type { SiteData } from "../entities/types.ts";
import { NotUtf8Error, readUtf8 } from "../fs/read-utf8.ts";
import { createMarkdown } from "../markdown/index.ts";
import { inlineText } from "../markdown/inline-text.ts";
import { keepRenderedBody } from "../markdown/rendered-bodies.ts";
import type { ParagraphRefs } from "../markdown/references.ts";
import { applyCorrections, CorrectionError, normaliseWhitespace, type Correction } from "../papers/corrections.ts";
import { bodyShapeProblems } from "../papers/body-shape.ts";
import { paperFolderProblems } from "../papers/folders.ts";
import { listPaperDirs, readCorrections, readPaper, type PaperFrontMatter } from "../papers/load.ts";
import { keywordsLine, transcriptionText } from "../papers/text.ts";
import { InputError, type InputProblem } from "./errors.ts";
import { schemaProblems, validator } from "./schema.ts";

export interface ValidPaper {
  slug: string;
  frontMatter: PaperFrontMatter;
  corrections: Correction[];
  /** Ids of the body's paragraphs and headings, for checking references into the paper. */
  anchors: Set<string>;
  /** Per paragraph: its text, what it cites and what it mentions. */
  references: ParagraphRefs[];
}

/** Shows where two texts first part, with a little of each side, so a fidelity failure can be fixed. */
export function firstDifference(expected: string, actual: string): string {
  let i = 0;
  while (i < expected.length && i < actual.length && expected[i] === actual[i]) i++;
  const around = (s: string) => `…${s.slice(Math.max(0, i - 15), i)}⟨${s.slice(i, i + 20)}⟩…`;
  return `at character ${i}: the corrected source reads ${around(expected)} but the transcription reads ${around(actual)}`;
}

async function validatePaper(root: string, ajv: Ajv2020, data: Partial<SiteData>, slug: string): Promise<ValidPaper | InputProblem[]> {
  let paper;
  try {
    paper = await readPaper(root, slug);
  } catch (e) {
    const file = path.join("content", "papers", slug, "index.md");
    const code = (e as NodeJS.ErrnoException).code;
    if (e instanceof NotUtf8Error) return [{ file, message: e.message }];
    return [{ file, message: code === "ENOENT" ? "file is missing: every paper folder needs an index.md" : `front matter cannot be read: ${(e as Error).message}` }];
  }
  const checkFm = validator(ajv, "paper.schema.json");
  if (!checkFm(paper.frontMatter)) return schemaProblems(paper.files.index, paper.frontMatter, checkFm.errors, undefined, "/front-matter");
  const fm = paper.frontMatter as PaperFrontMatter;

  let corrections: unknown;
  try {
    corrections = await readCorrections(root, paper.files.corrections);
  } catch (e) {
    return [{ file: paper.files.corrections, message: e instanceof NotUtf8Error ? e.message : `not valid JSON: ${(e as Error).message}` }];
  }
  const checkCorr = validator(ajv, "corrections.schema.json");
  if (!checkCorr(corrections)) return schemaProblems(paper.files.corrections, corrections, checkCorr.errors, "id");
  const list = corrections as Correction[];

  let source: string;
  try {
    source = await readUtf8(path.join(root, paper.files.source));
  } catch (e) {
    if (e instanceof NotUtf8Error) return [{ file: paper.files.source, message: e.message }];
    return [{ file: paper.files.index, pointer: "/front-matter/source", message: `source file ${paper.files.source} is missing` }];
  }
  // Else the fidelity check would report every word of the transcription as a difference.
  if (!source.trim()) return [{ file: paper.files.source, message: "the OCR source is empty: paste the paper's source text into it; the transcription is checked against it" }];

  const md = createMarkdown();
  // The env Eleventy gives the page (its data sets, corrections and slug), so the HTML can be kept for it.
  const env: { paragraphRefs?: ParagraphRefs[] } & Partial<SiteData> & Record<string, unknown> = { ...data, corrections: list, page: { fileSlug: slug } };
  const tokens = md.parse(paper.body, env);
  const anchors = new Set(tokens.map((t) => t.attrGet("id")).filter((id): id is string => typeof id === "string"));
  const references = env.paragraphRefs ?? [];
  const problems: InputProblem[] = bodyShapeProblems(tokens, paper.files.index, paper.bodyLine);
  const known = new Set((data.literature ?? []).map((w) => w.id));
  const lineOf = (id: string) => tokens.find((t) => t.type === "paragraph_open" && t.attrGet("id") === id)?.map?.[0];
  let unknownKeys = false;
  for (const para of references) {
    for (const key of para.cites.filter((k) => !known.has(k))) {
      unknownKeys = true;
      const line = lineOf(para.id);
      const near = closestKey(key, known);
      problems.push({
        file: paper.files.index,
        pointer: `#${para.id}`,
        message: `${line === undefined ? "" : `line ${paper.bodyLine + line}: `}unknown citation key @${key} in ¶${para.n}${near ? ` (did you mean @${near}?)` : ""}: add it to _data/literature.json or fix the key`,
      });
    }
  }
  problems.push(...correctionPlaceProblems(paper.files.corrections, list, fm, tokens, data.literature));

  let corrected: string;
  try {
    corrected = applyCorrections(source, list);
  } catch (e) {
    if (!(e instanceof CorrectionError)) throw e;
    const id = /correction (\S+):/.exec(e.message)?.[1];
    const index = list.findIndex((c) => c.id === id);
    problems.push({ file: paper.files.corrections, record: id ? `"${id}" (#${index})` : undefined, pointer: index >= 0 ? `/${index}` : undefined, message: `${e.message}: the correction no longer applies to ${paper.files.source}` });
    return problems;
  }
  const transcribed = normaliseWhitespace(transcriptionText(fm, tokens, data.literature));
  // An unknown key shows as @key, not as the paper's words: that difference is the key's, said above.
  if (corrected !== transcribed && !unknownKeys) {
    problems.push({
      file: paper.files.index,
      message: `the transcription differs from the source with its corrections applied ${firstDifference(corrected, transcribed)}; record the change in corrections.json or undo it`,
    });
  }
  if (problems.length) return problems;
  keepRenderedBody(path.join(root, paper.files.index), paper.body, md.renderer.render(tokens, md.options, env));
  return { slug, frontMatter: fm, corrections: list, anchors, references };
}

/**
 * Each correction is where it says: its id is its own, its `at` names a part of this paper, and
 * the words it puts in (`to`) are in that part, so its 校 mark sits beside the change.
 */
function correctionPlaceProblems(file: string, list: Correction[], fm: PaperFrontMatter, tokens: ReturnType<MarkdownIt["parse"]>, literature: SiteData["literature"] = []): InputProblem[] {
  const problems: InputProblem[] = [];
  const texts = new Map<string, string>([
    ["title", fm.title],
    ["authors", fm.authors.map((a) => a.name).join("")],
    // As the page and the fidelity check read it (src/papers/text.ts): the label is part of the abstract's words.
    ["abstract", fm.abstract ? `摘要：${fm.abstract}` : ""],
    ["keywords", fm.keywords?.length ? keywordsLine(fm.keywords) : ""],
  ]);
  // Only the parts corrections name are read: a thousand papers have far more paragraphs than corrections.
  const wanted = new Set(list.map((c) => c.at));
  tokens.forEach((t, i) => {
    const id = t.attrGet("id");
    if (typeof id === "string" && wanted.has(id) && (t.type === "paragraph_open" || t.type === "heading_open")) texts.set(id, inlineText(tokens[i + 1]?.children ?? [], literature));
  });
  const seen = new Map<string, number>();
  list.forEach((c, i) => {
    const record = `"${c.id}" (#${i})`;
    if (seen.has(c.id)) problems.push({ file, record, pointer: `/${i}/id`, message: `duplicate id "${c.id}" (also record #${seen.get(c.id)}): each correction needs its own, for its 校 mark` });
    else seen.set(c.id, i);
    const text = texts.get(c.at);
    if (text === undefined) {
      if (/^(p|sec-)/.test(c.at)) problems.push({ file, record, pointer: `/${i}/at`, message: `"${c.at}" is not a paragraph or heading id of this paper` });
      return;
    }
    const to = "move" in c ? "" : normaliseWhitespace(c.to);
    if (to && !normaliseWhitespace(text).includes(to)) {
      problems.push({ file, record, pointer: `/${i}/at`, message: `"${to}" is not in ${c.at}: at must name the part of the paper where the corrected words stand` });
    }
  });
  return problems;
}

export async function validatePapers(root: string, ajv: Ajv2020, data: Partial<SiteData>): Promise<ValidPaper[]> {
  const slugs = await listPaperDirs(root);
  const [folders, ...results] = await Promise.all([paperFolderProblems(root), ...slugs.map((slug) => validatePaper(root, ajv, data, slug))]);
  const problems = [...folders, ...results.filter(Array.isArray).flat()];
  if (problems.length) throw new InputError(problems);
  return results as ValidPaper[];
}

/** The known key a mistyped one most likely meant (zhang-jun-2012 → zhang-jun-2021), if any is close. */
export function closestKey(key: string, known: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 4)) + 1;
  for (const k of known) {
    const d = editDistance(key, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/** Levenshtein distance, with a swap of two neighbours (2012 for 2021) counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
