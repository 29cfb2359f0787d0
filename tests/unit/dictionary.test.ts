import assert from "node:assert/strict";
import { test } from "node:test";

import { dataDictionary, fieldLabel, readSchemas } from "../../src/data/dictionary.ts";
import { ROOT } from "../helpers/project.ts";

const schemas = await readSchemas(ROOT);
const cities = dataDictionary("cities.schema.json", schemas);
const literature = dataDictionary("literature.schema.json", schemas);

test("a field a note names reads in Chinese: an indexed record by its number, several fields joined", () => {
  const platform = cities.find((f) => f.path === "platforms")!.title;
  const year = cities.find((f) => f.path === "platforms[].year")!.title;
  assert.equal(fieldLabel("platforms[1].year", cities), `${platform}2 · ${year}`);
  assert.equal(fieldLabel("coordinates", cities), cities.find((f) => f.path === "coordinates")!.title);
  const [volume, issue] = ["volume", "issue"].map((p) => literature.find((f) => f.path === p)!.title);
  assert.equal(fieldLabel("volume, issue", literature), `${volume}、${issue}`);
});

test("a field the schema does not know gets no label, rather than a made-up one", () => {
  assert.equal(fieldLabel("context", literature), null);
  assert.equal(fieldLabel("volume, colour", literature), null);
});
