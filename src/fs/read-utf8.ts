import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";

/** A file that is not UTF-8 (GBK, say, as some Chinese editors save): read as UTF-8 it turns to mojibake. */
export class NotUtf8Error extends Error {}

const strict = new TextDecoder("utf-8", { fatal: true });

/** The file as text, refusing bytes that are not UTF-8 instead of turning them into U+FFFD. */
export async function readUtf8(file: string): Promise<string> {
  return decode(await readFile(file));
}

export function readUtf8Sync(file: string): string {
  return decode(readFileSync(file));
}

function decode(bytes: Buffer): string {
  try {
    return strict.decode(bytes);
  } catch {
    const line = bytes.toString("utf8").split("\uFFFD")[0]!.split("\n").length;
    throw new NotUtf8Error(`not UTF-8 text (line ${line} is the first that is not; GBK and GB18030 are not read): save the file as UTF-8`);
  }
}
