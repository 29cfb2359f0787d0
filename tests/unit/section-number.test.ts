import assert from "node:assert/strict";
import { test } from "node:test";

import { chineseNumeral, sectionNumber } from "../../src/markdown/section-number.ts";

test("Chinese numerals up to the nineties read as numbers", () => {
  assert.equal(chineseNumeral("一"), 1);
  assert.equal(chineseNumeral("九"), 9);
  assert.equal(chineseNumeral("十"), 10);
  assert.equal(chineseNumeral("十二"), 12);
  assert.equal(chineseNumeral("二十"), 20);
  assert.equal(chineseNumeral("二十三"), 23);
  assert.equal(chineseNumeral("甲"), null);
});

test("the paper's three levels of numbering are recognised", () => {
  assert.deepEqual(sectionNumber("三、地方推进国家FTA战略的内在机制与现实表现"), { depth: 1, value: 3 });
  assert.deepEqual(sectionNumber("（二）FTA的规则内容和谈判领域逐渐深化"), { depth: 2, value: 2 });
  assert.deepEqual(sectionNumber("(十一)半角括号"), { depth: 2, value: 11 });
  assert.deepEqual(sectionNumber("1.通过落实FTA战略，拓展地"), { depth: 3, value: 1 });
  assert.deepEqual(sectionNumber("12、第十二小节"), { depth: 3, value: 12 });
  assert.equal(sectionNumber("结论"), null);
  assert.equal(sectionNumber("2015年12月"), null);
});
