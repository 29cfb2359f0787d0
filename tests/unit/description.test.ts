import assert from "node:assert/strict";
import { test } from "node:test";

import { abstractDescription } from "../../src/papers/description.ts";

test("a paper's description is its abstract's first whole sentences, or its start with an ellipsis", () => {
  assert.equal(abstractDescription("短摘要。"), "短摘要。");
  assert.equal(abstractDescription(`${"甲".repeat(60)}。${"乙".repeat(80)}。`), `${"甲".repeat(60)}。`);
  assert.equal(abstractDescription("丙".repeat(200)), `${"丙".repeat(120)}…`);
  assert.equal(abstractDescription(null), undefined);
});
