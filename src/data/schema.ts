import { readdirSync } from "node:fs";
import path from "node:path";

import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import * as addFormatsModule from "ajv-formats";

import { readUtf8Sync } from "../fs/read-utf8.ts";
import { InputError, recordName, type InputProblem } from "./errors.ts";
import { parseJson } from "./read-json.ts";

// ajv-formats is CommonJS; under ESM its function arrives as the namespace's default.
const addFormats = addFormatsModule.default as unknown as (ajv: Ajv2020) => Ajv2020;

export const SCHEMA_DIR = path.join("_data", "schemas");

/** All schemas in _data/schemas/, compiled once; they may $ref each other by file name. */
export function loadSchemas(root: string): Ajv2020 {
  // verbose: an error carries the schema it broke, so a pattern or format error can say in words what is expected.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
  addFormats(ajv);
  const dir = path.join(root, SCHEMA_DIR);
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".schema.json")).sort();
  } catch {
    throw new InputError([{ file: SCHEMA_DIR, message: "folder is missing: the data sets' schemas live there (is _data/ where it should be?)" }]);
  }
  // Each schema is added before any is compiled, since they $ref each other by file name.
  const unusable = (file: string, e: unknown) => new InputError([{ file: path.join(SCHEMA_DIR, file), message: `not a usable schema: ${(e as Error).message}` }]);
  for (const file of files) {
    try {
      const schema = parseJson(readUtf8Sync(path.join(dir, file))) as { $id?: string };
      if (schema.$id !== file) throw new Error(`its "$id" must be its file name, "${file}" (the data sets and other schemas find it by that name)`);
      ajv.addSchema(schema);
    } catch (e) {
      throw unusable(file, e);
    }
  }
  // ajv compiles a schema when first asked for it; a misspelt keyword, a broken pattern or a $ref to
  // nothing would surface mid-validation as a stack trace. Compile each now, to name its file.
  for (const file of files) {
    try {
      ajv.getSchema(file);
    } catch (e) {
      throw unusable(file, e);
    }
  }
  return ajv;
}

export function validator(ajv: Ajv2020, schemaId: string): ValidateFunction {
  const v = ajv.getSchema(schemaId);
  if (!v) throw new InputError([{ file: path.join(SCHEMA_DIR, schemaId), message: "file is missing: every data set is checked against its schema" }]);
  return v;
}

/** A value as JSON, with the characters one cannot see (zero-width, bidi, control) spelled out. */
function shown(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function describe(e: ErrorObject): string {
  switch (e.keyword) {
    case "required":
      return `missing required field "${(e.params as { missingProperty: string }).missingProperty}"`;
    case "additionalProperties":
      return `unknown field "${(e.params as { additionalProperty: string }).additionalProperty}" (check its spelling against the schema)`;
    case "enum":
      return `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    case "pattern":
    case "format": {
      // A regular expression is no explanation; the schema's description of the field is.
      const expected = (e.parentSchema as { description?: string } | undefined)?.description;
      const what = e.keyword === "pattern" && expected ? "does not have the form this field requires" : e.message;
      return `${shown(e.data)} ${what}${expected ? ` (${expected})` : ""}`;
    }
    case "not":
      // A "not" that says why in its description is a rule of its own (a Chinese title states no language).
      return described(e) ?? e.message ?? e.keyword;
    default:
      return e.message ?? e.keyword;
  }
}

/**
 * Turns ajv's errors into problems naming the record: for an array of records
 * keyed by `keyField`, the record is the key of the item the pointer falls in.
 */
export function schemaProblems(
  file: string,
  data: unknown,
  errors: ErrorObject[] | null | undefined,
  keyField?: string,
  pointerPrefix = "",
): InputProblem[] {
  // oneOf/if reports repeat what the branch errors already say precisely.
  const useful = (errors ?? []).filter((e) => !["oneOf", "if", "anyOf", "not"].includes(e.keyword) || (e.keyword === "not" && described(e)) || (errors ?? []).length === 1);
  // A nullable field that is given but wrong also fails its null branch; "must be null" beside the real error misleads.
  const pathsWithOther = new Set(useful.filter((e) => !nullBranch(e)).map((e) => e.instancePath));
  const relevant = useful.filter((e) => !(nullBranch(e) && pathsWithOther.has(e.instancePath)));
  const chosen = relevant.length ? relevant : errors ?? [];
  const seen = new Set<string>();
  const problems: InputProblem[] = [];
  for (const e of chosen) {
    const pointer = `${pointerPrefix}${e.instancePath}` || "/";
    const message = describe(e);
    const key = `${pointer} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ file, record: recordName(data, e.instancePath, keyField), pointer, message });
  }
  return problems;
}

function described(e: ErrorObject): string | undefined {
  return (e.parentSchema as { description?: string } | undefined)?.description;
}

function nullBranch(e: ErrorObject): boolean {
  return e.keyword === "type" && (e.params as { type: unknown }).type === "null";
}
