import assert from "node:assert/strict";
import { test } from "node:test";

import { noteCovers } from "../../src/data/null-notes.ts";

test("a note covers the fields it names, several at once, and everything under a field it names", () => {
  assert.ok(noteCovers("signed", "signed"));
  assert.ok(noteCovers("platforms[0].year、platforms[0].date", "platforms[0].date"));
  assert.ok(noteCovers("year, inForce", "inForce"));
  assert.ok(noteCovers("names", "names.en"));
  assert.ok(noteCovers("platforms[1]", "platforms[1].date"));
  assert.ok(!noteCovers("platforms[1]", "platforms[10].date"), "platforms[1] is not a prefix of platforms[10]");
  assert.ok(!noteCovers("upgrades[0].inForce", "inForce"), "an upgrade's note is not the agreement's");
  assert.ok(!noteCovers("names.zh", "names.en"));
});
