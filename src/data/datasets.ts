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
];
