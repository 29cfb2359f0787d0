/**
 * The data sets in _data/, each a JSON file with a schema in _data/schemas/.
 * `key` names the field that identifies a record (for error messages and
 * duplicate checks); a data set without one is a single object.
 */
export interface DataSet {
  name: string;
  file: string;
  schema: string;
  key?: string;
  /** Published on /data/ for download. */
  publish: boolean;
}

export const DATASETS: DataSet[] = [
  { name: "site", file: "_data/site.json", schema: "site.schema.json", publish: false },
  // Every user-facing string: checked like the data, never offered on /data/.
  { name: "i18n", file: "_data/i18n.json", schema: "i18n.schema.json", publish: false },
  { name: "ftas", file: "_data/ftas.json", schema: "ftas.schema.json", key: "id", publish: true },
  { name: "cities", file: "_data/cities.json", schema: "cities.schema.json", key: "id", publish: true },
  { name: "literature", file: "_data/literature.json", schema: "literature.schema.json", key: "id", publish: true },
  { name: "editorial-notes", file: "_data/editorial-notes.json", schema: "editorial-notes.schema.json", key: "id", publish: true },
];

/** A data set's file, relative to the project root. */
export function dataSetFile(name: string): string {
  const set = DATASETS.find((d) => d.name === name);
  if (!set) throw new Error(`no data set named "${name}"`);
  return set.file;
}
