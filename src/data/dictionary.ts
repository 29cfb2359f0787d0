import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

import { parseJson } from "./read-json.ts";
import { SCHEMA_DIR } from "./schema.ts";

/** One field of a data set, for the data dictionary on /data/. */
export interface FieldDoc {
  path: string;
  /** The field's name in Chinese (the schema's `title`). */
  title: string;
  type: string;
  required: boolean;
  description: string;
}

export type Schema = {
  $ref?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  const?: unknown;
};

/** Follows $ref (to another schema file, or "#/…" within common.schema.json, the only file that refers to itself). */
function resolve(s: Schema, schemas: Record<string, Schema>): Schema {
  if (!s.$ref) return s;
  const [file, pointer = ""] = s.$ref.split("#");
  let target: unknown = schemas[file || "common.schema.json"];
  for (const part of pointer.split("/").filter(Boolean)) target = (target as Record<string, unknown>)[part];
  const resolved = resolve(target as Schema, schemas);
  // The referring site says what this field is (签署日期); the shared definition only what kind (日期或空值).
  return { ...resolved, title: s.title ?? resolved.title, description: s.description ?? resolved.description };
}

function typeOf(s: Schema, schemas: Record<string, Schema>): string {
  const r = resolve(s, schemas);
  if (r.enum) return r.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (r.anyOf || r.oneOf) return [...new Set((r.anyOf ?? r.oneOf)!.map((x) => typeOf(x, schemas)))].join(" | ");
  const t = Array.isArray(r.type) ? r.type.join(" | ") : r.type ?? "any";
  return t === "array" && r.items ? `array of ${typeOf(r.items, schemas)}` : t;
}

/**
 * The fields of a data set's records, read from its JSON Schema: the schema
 * is the single description of the data, so the dictionary can't drift from it.
 */
export function dataDictionary(schemaFile: string, schemas: Record<string, Schema>): FieldDoc[] {
  const root = resolve(schemas[schemaFile], schemas);
  const item = root.items ? resolve(root.items, schemas) : root;
  const out: FieldDoc[] = [];
  const walk = (s: Schema, prefix: string) => {
    for (const [name, raw] of Object.entries(s.properties ?? {})) {
      const prop = resolve(raw, schemas);
      const path = `${prefix}${name}`;
      out.push({ path, title: prop.title ?? "", type: typeOf(raw, schemas), required: (s.required ?? []).includes(name), description: prop.description ?? "" });
      const nested = prop.items ? resolve(prop.items, schemas) : prop;
      if (nested.properties && path.split(".").length < 3) walk(nested, `${path}${prop.items ? "[]" : ""}.`);
    }
  };
  walk(item, "");
  return out;
}

/** Every schema in a project's _data/schemas/, by file name, as dataDictionary reads them. */
export async function readSchemas(root: string): Promise<Record<string, Schema>> {
  const schemas: Record<string, Schema> = {};
  for (const file of await readdir(path.join(root, SCHEMA_DIR))) {
    if (file.endsWith(".schema.json")) schemas[file] = parseJson(await readFile(path.join(root, SCHEMA_DIR, file), "utf8")) as Schema;
  }
  return schemas;
}

/**
 * A note's field, as a reader reads it: platforms[0].year → 平台1 · 获批年份; several fields
 * ("volume, issue") joined with 、. Null where the dictionary does not know a field: the
 * template then shows the field's own name alone.
 */
export function fieldLabel(field: string, dictionary: readonly FieldDoc[]): string | null {
  const title = new Map(dictionary.map((f) => [f.path, f.title]));
  const one = (part: string): string | null => {
    const segments = part.split(".");
    const words: string[] = [];
    for (let i = 0; i < segments.length; i++) {
      const path = segments.slice(0, i + 1).join(".").replace(/\[\d+\]/g, "[]");
      const index = /\[(\d+)\]$/.exec(segments[i]);
      const name = title.get(path.replace(/\[\]$/, ""));
      if (!name) return null;
      if (index) words.push(`${name}${Number(index[1]) + 1}`);
      else if (i === segments.length - 1) words.push(name);
    }
    return words.join(" · ");
  };
  const labels = field.split(/\s*[,，、]\s*/).map(one);
  return labels.every((l) => l) ? labels.join("、") : null;
}
