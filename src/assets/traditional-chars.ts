/**
 * At bundle time: which characters mark a query as typed in traditional script, as a bitset over
 * U+3400–U+9FFF (base64, about 1.8 KB gzipped) for the search page. A character counts when
 * OpenCC simplifies it and GB 2312 does not have it: 東, 貿 and 關 count; 著, 乾 and 後, which
 * simplified text also writes (显著, 乾隆), do not, so a query such as 显著 is searched as typed.
 */
import { simplify } from "./simplify.ts";
import { TRADITIONAL_RANGE } from "./traditional.ts";

/** GB 2312's 6,763 hanzi: rows 0xB0–0xF7, cells 0xA1–0xFE, less the five empty cells of row 0xD7. */
function gb2312Hanzi(): Set<string> {
  const gbk = new TextDecoder("gbk");
  const chars = new Set<string>();
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      if (row === 0xd7 && cell >= 0xfa) continue;
      chars.add(gbk.decode(Uint8Array.of(row, cell)));
    }
  }
  return chars;
}

export function traditionalCharBits(): string {
  const [first, last] = TRADITIONAL_RANGE;
  const simplifiedSet = gb2312Hanzi();
  const bits = new Uint8Array(Math.ceil((last - first + 1) / 8));
  for (let code = first; code <= last; code++) {
    const c = String.fromCharCode(code);
    if (!simplifiedSet.has(c) && simplify(c) !== c) bits[(code - first) >> 3] |= 1 << ((code - first) & 7);
  }
  return Buffer.from(bits).toString("base64");
}
