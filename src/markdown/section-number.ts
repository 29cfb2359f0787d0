/**
 * Reads the numbering a Chinese paper puts in front of its headings:
 * 一、 (level 1), （一） (level 2), 1. or 1、 (level 3).
 */
const DIGITS: Record<string, number> = {
  零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23 (enough for section numbers). */
export function chineseNumeral(text: string): number | null {
  if (!/^[零一二三四五六七八九十]+$/.test(text)) return null;
  const ten = text.indexOf("十");
  if (ten === -1) return text.length === 1 ? DIGITS[text] : null;
  const tens = ten === 0 ? 1 : DIGITS[text.slice(0, ten)];
  const ones = ten === text.length - 1 ? 0 : DIGITS[text.slice(ten + 1)];
  return tens === undefined || ones === undefined ? null : tens * 10 + ones;
}

export interface SectionNumber {
  /** 1 for 一、, 2 for （一）, 3 for 1. */
  depth: number;
  value: number;
}

export function sectionNumber(heading: string): SectionNumber | null {
  const text = heading.trim();
  let m = /^([零一二三四五六七八九十]+)、/.exec(text);
  if (m) {
    const value = chineseNumeral(m[1]);
    return value === null ? null : { depth: 1, value };
  }
  m = /^[（(]([零一二三四五六七八九十]+)[）)]/.exec(text);
  if (m) {
    const value = chineseNumeral(m[1]);
    return value === null ? null : { depth: 2, value };
  }
  m = /^(\d+)[.．、]/.exec(text);
  if (m) return { depth: 3, value: Number(m[1]) };
  return null;
}
