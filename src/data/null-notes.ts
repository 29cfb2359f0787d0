import type { City, Fta, Note, Work } from "../entities/types.ts";
import type { InputProblem } from "./errors.ts";

/**
 * Fields whose null means "no source gives it" rather than "does not apply": each such null must
 * have a note saying why (the schemas' descriptions say the same, field by field). A note names
 * its fields in `field`, several separated by 、 or commas; a note on a parent (names, platforms[0])
 * covers everything under it.
 */
interface Rule<T> {
  path: (record: T) => [string, unknown][];
  /** When the field may be null without a note: an agreement still in talks has no signing date. */
  unless?: (record: T) => boolean;
}

const field = <T>(get: (r: T) => unknown, name: string, unless?: (r: T) => boolean): Rule<T> => ({ path: (r) => [[name, get(r)]], unless });
const each = <T, I>(list: (r: T) => I[], prefix: string, fields: [string, (i: I) => unknown][]): Rule<T> => ({
  path: (r) => list(r).flatMap((item, j) => fields.map(([name, get]) => [`${prefix}[${j}].${name}`, get(item)] as [string, unknown])),
});

const FTA_RULES: Rule<Fta>[] = [
  field((f) => f.names.zh, "names.zh"),
  field((f) => f.names.en, "names.en"),
  field((f) => f.signed, "signed", (f) => f.status === "negotiating" || f.status === "studying"),
  field((f) => f.inForce, "inForce", (f) => f.status !== "in-force"),
  field((f) => f.applied, "applied", (f) => f.china !== "applicant"),
  each((f) => f.upgrades, "upgrades", [["names.zh", (u) => u.names.zh], ["names.en", (u) => u.names.en], ["signed", (u) => u.signed]]),
];

const CITY_RULES: Rule<City>[] = [
  field((c) => c.name.zh, "name.zh"),
  field((c) => c.name.en, "name.en"),
  field((c) => c.province.zh, "province.zh"),
  field((c) => c.province.en, "province.en"),
  field((c) => c.coordinates, "coordinates"),
  each((c) => c.platforms, "platforms", [["names.zh", (p) => p.names.zh], ["names.en", (p) => p.names.en], ["year", (p) => p.year], ["date", (p) => p.date]]),
];

const WORK_RULES: Rule<Work>[] = [field((w) => w.title, "title"), field((w) => w["container-title"], "container-title")];

/** Does a note's `field` name this path, or a field that contains it? */
export function noteCovers(noteField: string, path: string): boolean {
  return noteField
    .split(/\s*[,，、;；]\s*/)
    .some((f) => f === path || path.startsWith(`${f}.`) || path.startsWith(`${f}[`));
}

function check<T extends { id: string; notes: Note[] }>(file: string, records: T[], rules: Rule<T>[]): InputProblem[] {
  const problems: InputProblem[] = [];
  records.forEach((r, i) => {
    for (const rule of rules) {
      if (rule.unless?.(r)) continue;
      for (const [path, value] of rule.path(r)) {
        if (value !== null || r.notes.some((n) => noteCovers(n.field, path))) continue;
        problems.push({
          file,
          record: `"${r.id}" (#${i})`,
          pointer: `/${i}/${path.replace(/\[(\d+)\]/g, "/$1").replaceAll(".", "/")}`,
          message: `null without a note: give the value from a source, or add a note with field "${path}" saying why no source gives it`,
        });
      }
    }
  });
  return problems;
}

export function nullNoteProblems(data: { ftas: Fta[]; cities: City[]; literature: Work[] }): InputProblem[] {
  return [
    ...check("_data/ftas.json", data.ftas, FTA_RULES),
    ...check("_data/cities.json", data.cities, CITY_RULES),
    ...check("_data/literature.json", data.literature, WORK_RULES),
  ];
}
