/**
 * In the browser: does a query use characters only traditional script writes? Then the reader
 * means the simplified words the papers are written in (山東 → 山东), even where the query as
 * typed happens to find something. The bitset comes from traditional-chars.ts at bundle time.
 */
export const TRADITIONAL_RANGE = [0x3400, 0x9fff] as const;

export function traditionalTest(base64: string): (text: string) => boolean {
  const bits = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const [first, last] = TRADITIONAL_RANGE;
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= first && code <= last && bits[(code - first) >> 3]! & (1 << ((code - first) & 7))) return true;
    }
    return false;
  };
}
