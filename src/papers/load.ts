import { readdir } from "node:fs/promises";
import path from "node:path";


import { parseJson } from "../data/read-json.ts";
import { readUtf8 } from "../fs/read-utf8.ts";
import { readFrontMatter } from "./front-matter.ts";
import type { Correction } from "./corrections.ts";

export interface Author {
  name: string;
  affiliation: string | null;
}

export interface PaperFrontMatter {
  title: string;
  authors: Author[];
  year: number | null;
  yearNote?: string;
  container?: string | null;
  keywords?: string[] | null;
  keywordsNote?: string;
  abstract: string | null;
  source: string;
  truncated: boolean;
}

export interface PaperFiles {
  slug: string;
  dir: string;
  /** Paths relative to the project root, for error messages. */
  files: { index: string; corrections: string; source: string };
  frontMatter: unknown;
  body: string;
  /** The file's line number of the body's first line, for pointing at a line of the body. */
  bodyLine: number;
}

export const PAPERS_DIR = path.join("content", "papers");

/** Each folder under content/papers/ is a paper; its slug is the folder's name. */
export async function listPaperDirs(root: string): Promise<string[]> {
  const entries = await readdir(path.join(root, PAPERS_DIR), { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

export async function readPaper(root: string, slug: string): Promise<PaperFiles> {
  const dir = path.join(PAPERS_DIR, slug);
  const index = path.join(dir, "index.md");
  const text = await readUtf8(path.join(root, index));
  const parsed = readFrontMatter(text);
  const source = typeof parsed.data.source === "string" ? parsed.data.source : "source.txt";
  return {
    slug,
    dir,
    files: { index, corrections: path.join(dir, "corrections.json"), source: path.join(dir, source) },
    frontMatter: parsed.data,
    body: parsed.content,
    bodyLine: text.slice(0, text.length - parsed.content.length).split("\n").length,
  };
}

export async function readCorrections(root: string, file: string): Promise<unknown> {
  const text = await readUtf8(path.join(root, file)).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return "[]"; // a clean source needs no corrections file
    throw e;
  });
  return parseJson(text);
}

export type { Correction };
