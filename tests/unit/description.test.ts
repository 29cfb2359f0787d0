import assert from "node:assert/strict";
import { test } from "node:test";

import { abstractDescription, paperDescription } from "../../src/papers/description.ts";

test("a paper's description is its abstract's first whole sentences, or its start with an ellipsis", () => {
  assert.equal(abstractDescription("短摘要。"), "短摘要。");
  assert.equal(abstractDescription(`${"甲".repeat(60)}。${"乙".repeat(80)}。`), `${"甲".repeat(60)}。`);
  assert.equal(abstractDescription("丙".repeat(200)), `${"丙".repeat(120)}…`);
  assert.equal(abstractDescription(null), undefined);
});

test("a paper without an abstract is described by its title and authors, not by the site (which may name another paper)", () => {
  assert.equal(paperDescription({ abstract: null, title: "题名", authors: [{ name: "甲" }, { name: "乙" }] }), "《题名》（甲、乙）全文转录。");
  assert.equal(paperDescription({ title: "题名" }), "《题名》全文转录。");
  assert.equal(paperDescription({ abstract: "摘要。", title: "题名" }), "摘要。");
});
