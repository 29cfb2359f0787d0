import { MAP_BOUNDS } from "../charts/map-bounds.ts";
import { letteredGroups } from "../cite/order.ts";
import type { CitationRecord } from "../cite/types.ts";
import { mentionNames } from "../entities/mention-index.ts";
import type { Fta, SiteData, Source, Work } from "../entities/types.ts";
import type { InputProblem } from "./errors.ts";
import { nullNoteProblems } from "./null-notes.ts";
import type { ValidPaper } from "./validate-papers.ts";

const FILES = {
  ftas: "_data/ftas.json",
  cities: "_data/cities.json",
  literature: "_data/literature.json",
  notes: "_data/editorial-notes.json",
} as const;

const rec = (id: string, i: number) => `"${id}" (#${i})`;

/** Compares ISO dates of any precision on what both give: 2015 is not after 2015-06-01. */
export function dateBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/** A real calendar date: the schema's pattern lets 2023-02-30 through. */
export function realDate(d: string): boolean {
  if (d.length < 10) return true;
  const date = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === d;
}

function duplicates(file: string, ids: string[]): InputProblem[] {
  const seen = new Map<string, number>();
  const out: InputProblem[] = [];
  ids.forEach((id, i) => {
    // Ids become object keys in the citation tools (Citation.js found no entry for "constructor").
    if (id in Object.prototype) out.push({ file, record: rec(id, i), pointer: `/${i}/id`, message: `"${id}" is a name JavaScript reserves for every object: choose another id` });
    else if (seen.has(id)) out.push({ file, record: rec(id, i), pointer: `/${i}/id`, message: `duplicate id "${id}" (also record #${seen.get(id)}): ids must be unique` });
    else seen.set(id, i);
  });
  return out;
}

function dateChecks(file: string, record: string | undefined, base: string, dates: Record<string, string | null>, today: string): InputProblem[] {
  const out: InputProblem[] = [];
  for (const [field, value] of Object.entries(dates)) {
    if (!value) continue;
    if (!realDate(value)) out.push({ file, record, pointer: `${base}/${field}`, message: `${value} is not a calendar date` });
    else if (dateBefore(today, value)) out.push({ file, record, pointer: `${base}/${field}`, message: `${value} is in the future (today is ${today}); record only what has happened` });
  }
  if (dates.signed && dates.inForce && dateBefore(dates.inForce, dates.signed)) {
    out.push({ file, record, pointer: `${base}/inForce`, message: `enters into force (${dates.inForce}) before it is signed (${dates.signed}); check both dates against the source` });
  }
  return out;
}

/** Every source's date, wherever sources sit in a record (its own, an upgrade's, a platform's). */
function sourceDateProblems(file: string, records: readonly { id: string }[], today: string): InputProblem[] {
  const out: InputProblem[] = [];
  const walk = (value: unknown, pointer: string, record: string) => {
    if (Array.isArray(value)) value.forEach((v, k) => walk(v, `${pointer}/${k}`, record));
    else if (value && typeof value === "object") {
      for (const [key, v] of Object.entries(value)) {
        if (key === "sources" && Array.isArray(v)) v.forEach((src: Source, k) => out.push(...dateChecks(file, record, `${pointer}/sources/${k}`, { date: src.date ?? null }, today)));
        else walk(v, `${pointer}/${key}`, record);
      }
    }
  };
  records.forEach((r, i) => walk(r, `/${i}`, rec(r.id, i)));
  return out;
}

/** A work's issued date as ISO 8601 at its precision, or a problem: [2018, 13] is no month. */
function issuedProblems(w: Work, i: number, today: string): InputProblem[] {
  const [year, month, day] = w.issued["date-parts"][0] ?? [];
  const pointer = `/${i}/issued/date-parts/0`;
  if (!(year >= 1)) return [{ file: FILES.literature, record: rec(w.id, i), pointer, message: `${year} is not a year of publication` }];
  if (month !== undefined && (month < 1 || month > 12)) return [{ file: FILES.literature, record: rec(w.id, i), pointer, message: `month ${month} is not a month (1–12)` }];
  const iso = [String(year).padStart(4, "0"), month, day].filter((x) => x !== undefined).map((x) => String(x).padStart(2, "0")).join("-");
  return dateChecks(FILES.literature, rec(w.id, i), pointer, { issued: iso }, today).map((p) => ({ ...p, pointer }));
}

/** An agreement's status agrees with its dates: one still studied has no signing; one in force since a past date is in force. */
function statusProblems(f: Fta, i: number, today: string): InputProblem[] {
  const at = (field: string, message: string): InputProblem => ({ file: FILES.ftas, record: rec(f.id, i), pointer: `/${i}/${field}`, message });
  if ((f.status === "studying" || f.status === "negotiating") && (f.signed || f.inForce)) {
    return [at("status", `"${f.status}" but the record gives ${f.signed ? `a signing date (${f.signed})` : `an entry into force (${f.inForce})`}: correct the status or the dates`)];
  }
  if (f.status === "signed" && f.inForce && !dateBefore(today, f.inForce)) {
    return [at("status", `"signed" but in force since ${f.inForce}: the status is "in-force"`)];
  }
  return [];
}

/**
 * The paper's own letters (王明（2021a）) and ours must agree: GB/T and APA letter one author's
 * works of a year in the order of this file, so a work the paper calls 2021a must come first.
 */
function yearLetterProblems(literature: readonly Work[]): InputProblem[] {
  const out: InputProblem[] = [];
  for (const group of letteredGroups(literature as unknown as (CitationRecord & Work)[])) {
    group.forEach((w, k) => {
      const letter = /\d{4}([a-z])\s*[）)]?\s*$/.exec(w.citedAs)?.[1];
      const ours = String.fromCharCode(97 + k);
      if (!letter || letter === ours) return;
      const i = literature.indexOf(w);
      const order = group.map((g) => `"${g.id}"`).join(", ");
      out.push({
        file: FILES.literature,
        record: rec(w.id, i),
        pointer: `/${i}/citedAs`,
        message: `the paper letters this work ${letter} (${w.citedAs}), but the site letters the works of these authors and year in this file's order (${order}), which makes it ${ours}: put the records in the order the paper letters them`,
      });
    });
  }
  return out;
}

/**
 * What a schema cannot say: unique ids, references between data sets,
 * plausible dates (sources' and works' too), statuses that agree with them, notes for what no source gives, aliases that name one thing only, notes that point into
 * a paper's real words.
 */
export function crossReferenceProblems(data: SiteData, papers: ValidPaper[] | null, today = new Date().toISOString().slice(0, 10)): InputProblem[] {
  const problems: InputProblem[] = [];
  problems.push(...duplicates(FILES.ftas, data.ftas.map((f) => f.id)));
  problems.push(...duplicates(FILES.cities, data.cities.map((c) => c.id)));
  problems.push(...duplicates(FILES.literature, data.literature.map((w) => w.id)));
  problems.push(...duplicates(FILES.notes, data["editorial-notes"].map((n) => n.id)));

  data.ftas.forEach((f, i) => {
    const r = rec(f.id, i);
    problems.push(...dateChecks(FILES.ftas, r, `/${i}`, { signed: f.signed, inForce: f.inForce, applied: f.applied }, today));
    problems.push(...statusProblems(f, i, today));
    f.upgrades.forEach((u, j) => {
      problems.push(...dateChecks(FILES.ftas, r, `/${i}/upgrades/${j}`, { signed: u.signed, inForce: u.inForce }, today));
      if (u.signed && f.signed && dateBefore(u.signed, f.signed)) {
        problems.push({ file: FILES.ftas, record: r, pointer: `/${i}/upgrades/${j}/signed`, message: `upgrade signed (${u.signed}) before the agreement itself (${f.signed})` });
      }
    });
  });

  problems.push(...nullNoteProblems(data));
  problems.push(...sourceDateProblems(FILES.ftas, data.ftas, today));
  problems.push(...sourceDateProblems(FILES.cities, data.cities, today));
  problems.push(...sourceDateProblems(FILES.literature, data.literature, today));
  problems.push(...sourceDateProblems(FILES.notes, data["editorial-notes"], today));
  data.literature.forEach((w, i) => problems.push(...issuedProblems(w, i, today)));
  problems.push(...yearLetterProblems(data.literature));

  const ftaIds = new Set(data.ftas.map((f) => f.id));
  data.cities.forEach((c, i) => {
    const { west, east, south, north } = MAP_BOUNDS;
    if (c.coordinates && !(c.coordinates.lon >= west && c.coordinates.lon <= east && c.coordinates.lat >= south && c.coordinates.lat <= north)) {
      problems.push({ file: FILES.cities, record: rec(c.id, i), pointer: `/${i}/coordinates`, message: `(${c.coordinates.lat}, ${c.coordinates.lon}) is off the city map (${south}°–${north}°N, ${west}°–${east}°E): check the source, and that lat and lon are not swapped` });
    }
    c.platforms.forEach((p, j) => {
      // A year is a date at the precision of a year: the same checks hold.
      const year = (y: number | null) => (y === null ? null : String(y));
      problems.push(...dateChecks(FILES.cities, rec(c.id, i), `/${i}/platforms/${j}`, { date: p.date, year: year(p.year), paperYear: year(p.paperYear) }, today));
      p.ftas.forEach((id, k) => {
        if (!ftaIds.has(id)) problems.push({ file: FILES.cities, record: rec(c.id, i), pointer: `/${i}/platforms/${j}/ftas/${k}`, message: `unknown agreement id "${id}": it must be an id in ${FILES.ftas}` });
      });
    });
  });

  // An alias that names two things would link a paragraph to the wrong page.
  const owner = new Map<string, string>();
  for (const { text, target } of mentionNames(data.ftas, data.cities)) {
    const who = `${target.kind === "fta" ? FILES.ftas : FILES.cities} "${target.id}"`;
    // Compared as a reader's eye and the search compare them: ＲＣＥＰ is RCEP.
    const key = text.normalize("NFKC").toLowerCase();
    const prev = owner.get(key);
    if (prev && prev !== who) problems.push({ file: who.split(" ")[0], record: who.split(" ")[1], message: `name or alias "${text}" also names ${prev}; an alias must name one thing only` });
    else owner.set(key, who);
  }

  // Without valid papers there is nothing to check notes against; the papers' own problems say why.
  if (!papers) return problems;
  const titled = new Map<string, string>();
  for (const p of papers) {
    // The home page, tabs and citations tell papers apart by title.
    const other = titled.get(p.frontMatter.title);
    if (other) problems.push({ file: `content/papers/${p.slug}/index.md`, pointer: "/front-matter/title", message: `the same title as content/papers/${other}/: two papers must read apart on the home page and in citations` });
    else titled.set(p.frontMatter.title, p.slug);
    problems.push(...dateChecks(`content/papers/${p.slug}/index.md`, undefined, "/front-matter", { year: p.frontMatter.year ? String(p.frontMatter.year) : null }, today));
  }
  const bySlug = new Map(papers.map((p) => [p.slug, p]));
  data["editorial-notes"].forEach((n, i) => {
    const r = rec(n.id, i);
    const paper = bySlug.get(n.paper);
    if (!paper) {
      problems.push({ file: FILES.notes, record: r, pointer: `/${i}/paper`, message: `no paper "${n.paper}" under content/papers/` });
      return;
    }
    const para = paper.references.find((p) => p.id === n.paragraph);
    if (!para) problems.push({ file: FILES.notes, record: r, pointer: `/${i}/paragraph`, message: `paper "${n.paper}" has no paragraph ${n.paragraph}` });
    else if (!para.text.includes(n.claim)) problems.push({ file: FILES.notes, record: r, pointer: `/${i}/claim`, message: `"${n.claim}" does not occur in ${n.paper} ${n.paragraph}; quote the paper's words exactly` });
  });
  return problems;
}
