import { groupBacklinks, type BacklinkView } from "./backlinks.ts";
import { dateView, type DateView } from "./dates.ts";
import type { SiteModel } from "./load.ts";
import { coins } from "../cite/coins.ts";
import { referenceOrder } from "../cite/order.ts";
import { fieldLabel, type FieldDoc } from "../data/dictionary.ts";
import { personName } from "./names.ts";
import { sourceView, type SourceView } from "./source-title.ts";
import type { Bilingual, City, Fta, Note, Source, Work } from "./types.ts";

/**
 * View models for the entity pages: every label, date and link worked out
 * here so the Nunjucks templates only lay them out.
 */
export type Labels = Record<string, string> & { status: Record<string, string>; china: Record<string, string>; workType: Record<string, string> };

/** A note with its field named in Chinese (null: the field's own name is all there is). */
export interface NoteView extends Note {
  label: string | null;
}

/** Each data set's dictionary (src/data/dictionary.ts), for naming the fields notes refer to. */
export type Dictionaries = Record<"ftas" | "cities" | "literature", readonly FieldDoc[]>;

export interface LinkView {
  id: string;
  url: string;
  text: string;
}

export interface FtaView {
  id: string;
  url: string;
  /** The name readers know: a short Chinese form where the data has one (中韩自贸协定). */
  title: string;
  nameZh: string | null;
  nameEn: string | null;
  aliases: string[];
  /** Every name a reader may search for, joined by "|", for the search index's meta. */
  searchNames: string;
  parties: string;
  status: string;
  statusLabel: string;
  china: string;
  chinaLabel: string;
  isChinas: boolean;
  signed: DateView | null;
  inForce: DateView | null;
  applied: DateView | null;
  upgrades: { title: string; nameEn: string | null; signed: DateView | null; inForce: DateView | null; sources: SourceView[] }[];
  cities: LinkView[];
  sources: SourceView[];
  notes: NoteView[];
  backlinks: BacklinkView;
  /** A sentence or two for the page's meta description (search engines, link previews). */
  description: string;
}

export interface PlatformView {
  title: string;
  nameEn: string | null;
  aliases: string[];
  partner: string;
  year: number | null;
  date: DateView | null;
  paperYear: number | null;
  yearDiffers: boolean;
  ftas: LinkView[];
  sources: SourceView[];
}

export interface CityView {
  id: string;
  url: string;
  title: string;
  nameEn: string | null;
  aliases: string[];
  searchNames: string;
  province: string;
  coordinates: { lat: number; lon: number } | null;
  platforms: PlatformView[];
  sources: SourceView[];
  notes: NoteView[];
  backlinks: BacklinkView;
  /** A sentence or two for the page's meta description (search engines, link previews). */
  description: string;
}

export interface WorkView {
  id: string;
  url: string;
  citedAs: string;
  /** The paper's wording and, where a source gives it, the title: 韩剑（2020）：企业利用…, so two works the paper cites alike read apart in tabs and search results. */
  fullTitle: string;
  title: string | null;
  /** Which work the paper means is our inference: every list that names it says so. */
  inferred: boolean;
  searchNames: string;
  authors: string;
  year: number | null;
  typeLabel: string;
  fields: { label: string; value: string | null; href?: string }[];
  record: Work;
  /** OpenURL ContextObject for the COinS span that lets Zotero pick the item up. */
  coins: string;
  sources: SourceView[];
  notes: NoteView[];
  backlinks: BacklinkView;
  /** A sentence or two for the page's meta description (search engines, link previews). */
  description: string;
}

export interface EntityViews {
  ftas: FtaView[];
  cities: CityView[];
  works: WorkView[];
}

const noteViews = (notes: Note[], dictionary: readonly FieldDoc[]): NoteView[] => notes.map((n) => ({ ...n, label: fieldLabel(n.field, dictionary) }));
const zhOrEn = (b: Bilingual) => b.zh ?? b.en ?? "";
const names = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))].join("|");

const HAN = /[\p{Script=Han}]/u;

/**
 * A short Chinese name for tables and the timeline: the shortest Chinese alias
 * or the official Chinese name; failing both, the parties (中国—冰岛), which
 * labels the agreement without claiming an official title no source gave.
 */
export function displayName(f: Fta): string {
  const chinese = [f.names.zh, ...f.names.aliases].filter((n): n is string => !!n && HAN.test(n) && !/[（(]/.test(n));
  // A Latin acronym inside (中韩FTA) weighs a little, so 中韩自贸协定 wins over it.
  const weight = (n: string) => n.length + (/[A-Za-z]/.test(n) ? 3 : 0);
  const shortest = chinese.sort((a, b) => weight(a) - weight(b))[0];
  return shortest ?? f.parties.map(zhOrEn).join("—");
}

function ftaView(f: Fta, model: SiteModel, labels: Labels, dictionaries: Dictionaries): FtaView {
  const cities = model.data.cities
    .filter((c) => c.platforms.some((p) => p.ftas.includes(f.id)))
    .map((c) => ({ id: c.id, url: `/cities/${c.id}/`, text: zhOrEn(c.name) }));
  return {
    id: f.id,
    url: `/ftas/${f.id}/`,
    title: displayName(f),
    nameZh: f.names.zh,
    nameEn: f.names.en,
    aliases: f.names.aliases,
    searchNames: names([displayName(f), f.names.zh, f.names.en, ...f.names.aliases]),
    parties: f.parties.map(zhOrEn).join("、"),
    status: f.status,
    statusLabel: labels.status[f.status] ?? f.status,
    china: f.china,
    chinaLabel: labels.china[f.china] ?? f.china,
    isChinas: f.china === "party",
    signed: dateView(f.signed),
    inForce: dateView(f.inForce),
    applied: dateView(f.applied),
    upgrades: f.upgrades.map((u) => ({ title: zhOrEn(u.names), nameEn: u.names.zh ? u.names.en : null, signed: dateView(u.signed), inForce: dateView(u.inForce), sources: u.sources.map(sourceView) })),
    cities,
    sources: f.sources.map(sourceView),
    notes: noteViews(f.notes, dictionaries.ftas),
    backlinks: groupBacklinks(model.backlinks[`fta:${f.id}`] ?? []),
    description: ftaDescription(f, labels),
  };
}

function cityView(c: City, model: SiteModel, dictionaries: Dictionaries): CityView {
  const ftaTitle = new Map(model.data.ftas.map((f) => [f.id, f.names.zh ?? f.names.en ?? f.id]));
  return {
    id: c.id,
    url: `/cities/${c.id}/`,
    title: zhOrEn(c.name),
    nameEn: c.name.zh ? c.name.en : null,
    aliases: c.aliases,
    searchNames: names([c.name.zh, c.name.en, ...c.aliases]),
    province: zhOrEn(c.province),
    coordinates: c.coordinates,
    platforms: c.platforms.map((p) => ({
      title: zhOrEn(p.names),
      nameEn: p.names.zh ? p.names.en : null,
      aliases: p.aliases,
      partner: zhOrEn(p.partner),
      year: p.year,
      date: dateView(p.date),
      paperYear: p.paperYear,
      yearDiffers: p.year !== null && p.paperYear !== null && p.year !== p.paperYear,
      ftas: p.ftas.map((id) => ({ id, url: `/ftas/${id}/`, text: ftaTitle.get(id) ?? id })),
      sources: p.sources.map(sourceView),
    })),
    sources: c.sources.map(sourceView),
    notes: noteViews(c.notes, dictionaries.cities),
    backlinks: groupBacklinks(model.backlinks[`city:${c.id}`] ?? []),
    description: `${zhOrEn(c.name)}（${zhOrEn(c.province)}）的地方对外经贸合作平台：${c.platforms.map((p) => zhOrEn(p.names)).join("；")}。`,
  };
}

function workView(w: Work, model: SiteModel, labels: Labels, dictionaries: Dictionaries): WorkView {
  const year = w.issued["date-parts"][0]?.[0] ?? null;
  const field = (label: string, value: string | null | undefined, href?: string) => ({ label, value: value ?? null, ...(href && value ? { href } : {}) });
  const fullTitle = w.title ? `${w.citedAs}：${w.title}` : w.citedAs;
  return {
    id: w.id,
    url: `/literature/${w.id}/`,
    citedAs: w.citedAs,
    fullTitle,
    title: w.title,
    inferred: w.inferred === true,
    searchNames: names([w.citedAs, w.title, ...w.author.map(personName)]),
    authors: w.author.map(personName).join("、"),
    year,
    typeLabel: labels.workType[w.type] ?? w.type,
    fields: [
      field(labels.fieldTitle, w.title),
      field(labels.fieldAuthors, w.author.map(personName).join("、")),
      field(labels.fieldYear, year === null ? null : String(year)),
      field(labels.fieldContainer, w["container-title"]),
      field(labels.fieldVolume, w.volume),
      field(labels.fieldIssue, w.issue),
      field(labels.fieldPage, w.page),
      field("DOI", w.DOI, w.DOI ? `https://doi.org/${w.DOI}` : undefined),
      field("URL", w.URL, w.URL ?? undefined),
    ],
    record: w,
    coins: coins(w),
    sources: w.sources.map(sourceView),
    notes: noteViews(w.notes, dictionaries.literature),
    backlinks: groupBacklinks(model.backlinks[`work:${w.id}`] ?? []),
    description: [fullTitle, w.author.map(personName).join("、"), w["container-title"], year === null ? null : `${year}年`]
      .filter(Boolean)
      .join("，") + "。",
  };
}

/** What the agreement is, who its parties are and where it stands, with only the dates the data has. */
function ftaDescription(f: Fta, labels: Labels): string {
  const dates = [["签署于", dateView(f.signed)], ["生效于", dateView(f.inForce)]] as const;
  const when = dates.filter(([, d]) => d).map(([verb, d]) => `${verb}${d!.text}`);
  const name = f.names.zh ?? f.names.en ?? displayName(f);
  return `${name}：缔约方为${f.parties.map(zhOrEn).join("、")}；${labels.status[f.status] ?? f.status}${when.length ? `，${when.join("，")}` : ""}。`;
}

/** Agreements by date of signature (unknown last), as a reader scans a history. */
function bySigned(a: Fta, b: Fta): number {
  return (a.signed ?? "9999").localeCompare(b.signed ?? "9999") || a.id.localeCompare(b.id);
}

export function entityViews(model: SiteModel, labels: Labels, dictionaries: Dictionaries): EntityViews {
  return {
    ftas: [...model.data.ftas].sort(bySigned).map((f) => ftaView(f, model, labels, dictionaries)),
    cities: model.data.cities.map((c) => cityView(c, model, dictionaries)),
    // As a reference list orders them (by author, then year), whatever order the data file has.
    works: referenceOrder(model.data.literature).map((w) => workView(w, model, labels, dictionaries)),
  };
}
