import { readFile } from "node:fs/promises";
import path from "node:path";

import { InputError } from "./errors.ts";

/** JSON.parse, past a byte-order mark (which some Windows editors write and JSON.parse refuses). */
export function parseJson(text: string): ReturnType<typeof JSON.parse> {
  return JSON.parse(text.replace(/^\uFEFF/, ""));
}

/** Reads a JSON file, turning a missing file or a syntax error into a problem that names the file and line. */
export async function readJson(root: string, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path.join(root, file), "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError([{ file, message: code === "ENOENT" ? "file is missing" : `cannot read: ${String(e)}` }]);
  }
  try {
    return parseJson(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const where = pos ? ` (line ${text.slice(0, Number(pos[1])).split("\n").length})` : "";
    throw new InputError([{ file, message: `not valid JSON${where}: ${msg}` }]);
  }
}
