/** One field of a data set, for the data dictionary on /data/. */
export interface FieldDoc {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

type Schema = {
  $ref?: string;
  type?: string | string[];
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
  return { ...resolved, description: s.description ?? resolved.description };
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
      out.push({ path, type: typeOf(raw, schemas), required: (s.required ?? []).includes(name), description: prop.description ?? "" });
      const nested = prop.items ? resolve(prop.items, schemas) : prop;
      if (nested.properties && path.split(".").length < 3) walk(nested, `${path}${prop.items ? "[]" : ""}.`);
    }
  };
  walk(item, "");
  return out;
}
