import assert from "node:assert/strict";
import { test } from "node:test";

import { accessedToday, withAccessDate } from "../../src/cite/accessed.ts";

test("the reader's date is written as GB/T writes dates, zero-padded, in local time", () => {
  assert.equal(accessedToday(new Date(2026, 0, 5, 23, 59)), "2026-01-05");
  assert.equal(accessedToday(new Date(2026, 10, 25)), "2026-11-25");
});

test("only the [引用日期] slot takes the date; a citation without one is left as it is", () => {
  assert.equal(withAccessDate("题名[EB/OL]. (2021)[引用日期]. http://x/.", "2026-11-25"), "题名[EB/OL]. (2021)[2026-11-25]. http://x/.");
  assert.equal(withAccessDate("刘斌. 2018.", "2026-11-25"), "刘斌. 2018.");
  assert.equal(withAccessDate("论引用日期的写法[J]. 2019.", "2026-11-25"), "论引用日期的写法[J]. 2019.", "the word in a title is not a slot");
});
