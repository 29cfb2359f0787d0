import path from "node:path";

import { visit } from "jsonc-parser";

import { NotUtf8Error, readUtf8 } from "../fs/read-utf8.ts";
import { InputError, recordName } from "./errors.ts";

/** The text less a leading byte-order mark, which some Windows editors write and JSON.parse refuses. */
export function withoutBom(text: string): string {
  return text.replace(/^\uFEFF/, "");
}

/** JSON.parse, past a byte-order mark. */
export function parseJson(text: string): ReturnType<typeof JSON.parse> {
  return JSON.parse(withoutBom(text));
}

/** Reads a JSON file, turning a missing file, a syntax error or a key given twice into a problem that names the file and line. */
export async function readJson(root: string, file: string, keyField?: string): Promise<unknown> {
  let text: string;
  try {
    text = await readUtf8(path.join(root, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError([{ file, message: code === "ENOENT" ? "file is missing" : e instanceof NotUtf8Error ? e.message : `cannot read: ${String(e)}` }]);
  }
  let data: unknown;
  try {
    data = parseJson(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const where = pos ? ` (line ${text.slice(0, Number(pos[1])).split("\n").length})` : "";
    throw new InputError([{ file, message: `not valid JSON${where}: ${msg}` }]);
  }
  const twice = duplicateKeys(text);
  if (twice.length) throw new InputError(twice.map((d) => ({ file, record: recordName(data, d.pointer, keyField), pointer: d.pointer, message: `"${d.key}" is given twice in one object (line ${d.line}); JSON keeps only the last one, silently` })));
  return data;
}

/** Keys given twice in one object, which JSON.parse resolves without a word (a pasted line, say). */
export function duplicateKeys(text: string): { key: string; pointer: string; line: number }[] {
  const found: { key: string; pointer: string; line: number }[] = [];
  const open: Set<string>[] = [];
  visit(withoutBom(text), {
    onObjectBegin: () => void open.push(new Set()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (key, _offset, _length, line, _character, pathSupplier) => {
      const keys = open[open.length - 1];
      if (!keys.has(key)) return void keys.add(key);
      const pointer = `/${[...pathSupplier(), key].map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
      found.push({ key, pointer, line: line + 1 });
    },
  });
  return found;
}
