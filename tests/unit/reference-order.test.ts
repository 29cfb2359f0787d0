import assert from "node:assert/strict";
import { test } from "node:test";

import { referenceOrder } from "../../src/cite/order.ts";
import type { CitationRecord } from "../../src/cite/types.ts";

const work = (id: string, authors: string[], year: number): CitationRecord => ({
  id,
  type: "article",
  author: authors.map((a) => (a.endsWith("组") ? { literal: a } : { family: a[0], given: a.slice(1) })),
  issued: { "date-parts": [[year]] },
});

test("a 著者-出版年制 list goes by author in pinyin order, then year; equal entries keep their order (2020a before 2020b)", () => {
  const records = [
    work("zhang", ["张军"], 2021),
    work("yue", ["岳文", "韩剑"], 2020),
    work("han-b", ["韩剑"], 2020),
    work("hangzhou", ["杭州海关课题组"], 2019),
    work("han-a", ["韩剑"], 2020),
    work("han-early", ["韩剑"], 2015),
    work("liu", ["刘斌"], 2018),
  ];
  assert.deepEqual(
    referenceOrder(records).map((r) => r.id),
    ["han-early", "han-b", "han-a", "hangzhou", "liu", "yue", "zhang"],
  );
  assert.equal(records[0]!.id, "zhang", "the input is left as it was");
});
