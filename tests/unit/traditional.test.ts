import assert from "node:assert/strict";
import { test } from "node:test";

import { simplify } from "../../src/assets/simplify.ts";
import { traditionalCharBits } from "../../src/assets/traditional-chars.ts";
import { TRADITIONAL_RANGE, traditionalTest } from "../../src/assets/traditional.ts";

const inTraditional = traditionalTest(traditionalCharBits());

test("a query with characters only traditional script writes is told apart from simplified text", () => {
  for (const q of ["山東", "貿易", "臺灣", "中韓自貿協定", "後來", "義烏", "RCEP 關稅"]) assert.equal(inTraditional(q), true, q);
  // 著, 乾 and 後 are traditional forms to OpenCC and everyday simplified characters too (显著, 乾隆).
  for (const q of ["海关", "显著", "乾隆", "後", "RCEP", "刘斌 2018", "", "𠀀"]) assert.equal(inTraditional(q), false, q);
});

test("every character flagged is one OpenCC simplifies, and the simplified characters of a paper are never flagged", () => {
  const [first, last] = TRADITIONAL_RANGE;
  let flagged = 0;
  for (let code = first; code <= last; code++) {
    const c = String.fromCharCode(code);
    if (!inTraditional(c)) continue;
    flagged++;
    assert.notEqual(simplify(c), c, c);
  }
  assert.ok(flagged > 2000, `${flagged} characters flagged`);
  const simplified = simplify("地方推進落實國家FTA戰略的路徑研究：以義烏為例，海關與貿易便利化");
  assert.equal(inTraditional(simplified), false, simplified);
});
