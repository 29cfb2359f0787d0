import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";

import { forgetRenderedBodies, keepRenderedBody, takeRenderedBody } from "../../src/markdown/rendered-bodies.ts";

test("a kept body is taken once, by its file under any spelling of the path, and only for the same Markdown", () => {
  const file = path.resolve("content/papers/a/index.md");
  keepRenderedBody(file, "正文", "<p>正文</p>");
  assert.equal(takeRenderedBody("./content/papers/a/index.md", "正文"), "<p>正文</p>");
  assert.equal(takeRenderedBody(file, "正文"), undefined, "taken once");
  keepRenderedBody(file, "正文", "<p>正文</p>");
  assert.equal(takeRenderedBody(file, "改过的正文"), undefined, "other Markdown is rendered afresh");
  assert.equal(takeRenderedBody(file, "正文"), undefined, "and the stale entry is gone");
  keepRenderedBody(file, "正文", "<p>正文</p>");
  forgetRenderedBodies();
  assert.equal(takeRenderedBody(file, "正文"), undefined);
  assert.equal(takeRenderedBody(undefined, "正文"), undefined);
});
