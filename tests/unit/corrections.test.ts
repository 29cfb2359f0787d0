import assert from "node:assert/strict";
import { test } from "node:test";

import { applyCorrections, CorrectionError, normaliseWhitespace, type Correction } from "../../src/papers/corrections.ts";

const r = (id: string, from: string, to: string): Correction => ({ id, from, to, at: "p1", reason: "test" });

test("whitespace and line breaks are normalised away", () => {
  assert.equal(normaliseWhitespace(" 我国已对外签署 21个 FTA，\n\n涉及 20\n\n多个"), "我国已对外签署21个FTA，涉及20多个");
});

test("replacements apply in order to the normalised source", () => {
  assert.equal(applyCorrections("摘 要院以自贸\n协定( FTA)", [r("k1", "摘要院", "摘要："), r("k2", "(FTA)", "（FTA）")]), "摘要：以自贸协定（FTA）");
});

test("a move cuts a block and puts it back before its anchor", () => {
  const moved: Correction = { id: "k1", move: { start: "【", end: "】" , before: "甲" }, at: "p1", reason: "test" };
  assert.equal(applyCorrections("甲乙【题名摘要】丙", [moved]), "【题名摘要】甲乙丙");
});

test("a correction whose text no longer occurs is an error naming it", () => {
  assert.throws(() => applyCorrections("甲乙丙", [r("k9", "丁", "戊")]), (e: Error) => e instanceof CorrectionError && /k9/.test(e.message) && /no longer occurs/.test(e.message));
});

test("an ambiguous correction is an error, not a guess", () => {
  assert.throws(() => applyCorrections("甲乙甲乙", [r("k2", "甲", "丙")]), /more than once/);
});
