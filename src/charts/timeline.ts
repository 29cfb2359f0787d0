/**
 * A static SVG timeline of agreements (signature, entry into force,
 * upgrades), drawn at build time so pages ship no chart script.
 */
import { attrs, checkedHref, escapeXml, estimateTextWidth, svgOpen } from "./svg.ts";

export interface TimelineUpgrade {
  label: string;
  signed: string | null;
  inForce: string | null;
}

export interface TimelineRow {
  id: string;
  label: string;
  href: string;
  signed: string | null;
  inForce: string | null;
  upgrades: TimelineUpgrade[];
  status: string;
}

export interface TimelineOptions {
  /** First year shown; defaults to the year of the earliest date. */
  from?: number;
  /** Last year shown (inclusive); defaults to the year of the latest date. */
  to?: number;
  title?: string;
  description?: string;
  /** Prefix for the title/desc ids, so two charts on one page keep distinct ids. */
  idPrefix?: string;
}

const WIDTH = 800;
const FONT_SIZE = 13;
const ROW_HEIGHT = 28;
const TOP = 10;
const AXIS_HEIGHT = 28;
const RIGHT = 16;
const LABEL_GAP = 10;
const BAR_HEIGHT = 6;
const MARKER = 5;
const UPGRADE_MARKER = 3.5;
const DAY = 86_400_000;

/** A date as written in the data, and the instant it is drawn at. */
export interface ParsedDate {
  text: string;
  year: number;
  time: number;
}

/**
 * Parses an ISO 8601 date at year, month or day precision. A date is drawn
 * at the middle of the span it names — a year-only date at mid-year, a
 * month-only date at mid-month, a day at noon — so a coarse date sits where
 * it is least wrong instead of pretending to be 1 January. Anything else is
 * an error: the chart never guesses what a malformed date meant.
 */
export function parseDate(text: string): ParsedDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) throw new Error(`timeline date "${text}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) throw new Error(`timeline date "${text}" has no month ${month}`);
  if (month === undefined) return { text, year, time: (Date.UTC(year, 0, 1) + Date.UTC(year + 1, 0, 1)) / 2 };
  if (day === undefined) return { text, year, time: (Date.UTC(year, month - 1, 1) + Date.UTC(year, month, 1)) / 2 };
  const start = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 31 February over into March; a day that rolls over does not exist.
  if (day < 1 || new Date(start).getUTCMonth() !== month - 1) throw new Error(`timeline date "${text}" does not exist`);
  return { text, year, time: start + DAY / 2 };
}

function parseOrNull(text: string | null): ParsedDate | null {
  return text === null ? null : parseDate(text);
}

interface ParsedRow {
  row: TimelineRow;
  signed: ParsedDate | null;
  inForce: ParsedDate | null;
  upgrades: { label: string; signed: ParsedDate | null; inForce: ParsedDate | null }[];
}

function parseRow(row: TimelineRow): ParsedRow {
  return {
    row,
    signed: parseOrNull(row.signed),
    inForce: parseOrNull(row.inForce),
    upgrades: row.upgrades.map((u) => ({ label: u.label, signed: parseOrNull(u.signed), inForce: parseOrNull(u.inForce) })),
  };
}

function allDates(rows: ParsedRow[]): ParsedDate[] {
  return rows.flatMap((r) => [r.signed, r.inForce, ...r.upgrades.flatMap((u) => [u.signed, u.inForce])]).filter((d): d is ParsedDate => d !== null);
}

function yearRange(rows: ParsedRow[], options: TimelineOptions): { from: number; to: number } {
  const years = allDates(rows).map((d) => d.year);
  const from = options.from ?? (years.length ? Math.min(...years) : undefined);
  const to = options.to ?? (years.length ? Math.max(...years) : undefined);
  if (from === undefined || to === undefined) throw new Error("timeline has no dates; pass from and to to draw an empty one");
  if (to < from) throw new Error(`timeline range ${from}–${to} runs backwards`);
  return { from, to };
}

/** Labelled ticks every 1, 2 or 5 years, so there are never more than about ten labels. */
export function tickStep(years: number): number {
  if (years <= 8) return 1;
  if (years <= 20) return 2;
  return 5;
}

interface Scale {
  /** x of an instant, or null when it falls outside the years shown. */
  x(time: number): number | null;
  /** x of an instant, pinned to the edges of the years shown. */
  clamped(time: number): number;
  start: number;
  end: number;
}

function timeScale(from: number, to: number, x0: number, x1: number): Scale {
  const start = Date.UTC(from, 0, 1);
  const end = Date.UTC(to + 1, 0, 1);
  const at = (t: number): number => x0 + ((t - start) / (end - start)) * (x1 - x0);
  return {
    x: (t) => (t < start || t >= end ? null : at(t)),
    clamped: (t) => at(Math.min(Math.max(t, start), end)),
    start,
    end,
  };
}

function axis(from: number, to: number, scale: Scale, y: number, top: number): string {
  const step = tickStep(to - from + 1);
  const ticks: string[] = [];
  // Ticks mark 1 January, the boundary a year's label names.
  for (let year = Math.ceil(from / step) * step; year <= to + 1; year += step) {
    const x = scale.clamped(Date.UTC(year, 0, 1));
    ticks.push(
      `<line${attrs({ class: "tl-grid", x1: x, y1: top, x2: x, y2: y })}/>` +
        `<line${attrs({ x1: x, y1: y, x2: x, y2: y + 5 })}/>` +
        `<text${attrs({ x, y: y + 5 + FONT_SIZE, "text-anchor": "middle" })}>${year}</text>`,
    );
  }
  return `<g class="tl-axis"><line${attrs({ x1: scale.clamped(scale.start), y1: y, x2: scale.clamped(scale.end), y2: y })}/>${ticks.join("")}</g>`;
}

function tooltip(text: string): string {
  return `<title>${escapeXml(text)}</title>`;
}

function circle(className: string, x: number, y: number, r: number, title: string): string {
  return `<circle${attrs({ class: className, cx: x, cy: y, r })}>${tooltip(title)}</circle>`;
}

/** Squares for entry into force, so the two events differ by shape and not by colour alone. */
function square(className: string, x: number, y: number, half: number, title: string): string {
  return `<rect${attrs({ class: className, x: x - half, y: y - half, width: 2 * half, height: 2 * half })}>${tooltip(title)}</rect>`;
}

function rowMarks(r: ParsedRow, scale: Scale, cy: number): string {
  const parts: string[] = [];
  if (r.signed && r.inForce) {
    // Mixed precision can put a coarse entry into force ("2015") before a
    // precise signature ("2015-12-01"); then there is no span worth drawing.
    const x0 = scale.clamped(r.signed.time);
    const x1 = scale.clamped(r.inForce.time);
    if (x1 > x0) parts.push(`<rect${attrs({ class: "tl-bar", x: x0, y: cy - BAR_HEIGHT / 2, width: x1 - x0, height: BAR_HEIGHT })}/>`);
  }
  const mark = (date: ParsedDate | null, draw: (x: number, text: string) => string): void => {
    const x = date && scale.x(date.time);
    if (date && x !== null) parts.push(draw(x, date.text));
  };
  mark(r.signed, (x, text) => circle("tl-signed", x, cy, MARKER, `签署 ${text}`));
  mark(r.inForce, (x, text) => square("tl-inforce", x, cy, MARKER - 0.5, `生效 ${text}`));
  for (const u of r.upgrades) {
    mark(u.signed, (x, text) => circle("tl-upgrade tl-upgrade-signed", x, cy, UPGRADE_MARKER, `${u.label} 签署 ${text}`));
    mark(u.inForce, (x, text) => square("tl-upgrade tl-upgrade-inforce", x, cy, UPGRADE_MARKER - 0.5, `${u.label} 生效 ${text}`));
  }
  return parts.join("");
}

/**
 * The label column is as wide as the longest label needs, up to 40% of the
 * chart; a label longer than that is squeezed with textLength rather than cut,
 * so its full text stays readable and searchable.
 */
function labelColumn(rows: TimelineRow[]): { width: number; fits(label: string): boolean } {
  const widest = Math.max(0, ...rows.map((r) => estimateTextWidth(r.label, FONT_SIZE)));
  const width = Math.min(Math.max(widest, 80), WIDTH * 0.4);
  return { width, fits: (label) => estimateTextWidth(label, FONT_SIZE) <= width };
}

function defaultDescription(rows: TimelineRow[], from: number, to: number): string {
  return `${from}—${to}年${rows.length}项协定的签署与生效时间线：圆点为签署，方块为生效，小标记为升级。`;
}

export function timelineSvg(rows: TimelineRow[], options: TimelineOptions = {}): string {
  const idPrefix = options.idPrefix ?? "timeline";
  const parsed = rows.map(parseRow);
  const { from, to } = yearRange(parsed, options);
  const column = labelColumn(rows);
  const plotLeft = column.width + LABEL_GAP * 2;
  const scale = timeScale(from, to, plotLeft, WIDTH - RIGHT);
  const axisY = TOP + rows.length * ROW_HEIGHT;
  const height = axisY + AXIS_HEIGHT;

  const body = parsed.map((r, i) => {
    const cy = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
    const squeeze = column.fits(r.row.label) ? {} : { textLength: column.width, lengthAdjust: "spacingAndGlyphs" };
    return (
      `<g${attrs({ class: "tl-row", "data-id": r.row.id, "data-status": r.row.status })}>` +
      `<a${attrs({ href: checkedHref(r.row.href) })}><text${attrs({ class: "tl-label", x: column.width + LABEL_GAP, y: cy + FONT_SIZE * 0.35, "text-anchor": "end", ...squeeze })}>${escapeXml(r.row.label)}</text></a>` +
      rowMarks(r, scale, cy) +
      `</g>`
    );
  });

  return (
    svgOpen({
      idPrefix,
      className: "timeline",
      width: WIDTH,
      height,
      title: options.title ?? "协定时间线",
      description: options.description ?? defaultDescription(rows, from, to),
    }) +
    `<g${attrs({ "font-size": FONT_SIZE })}>` +
    axis(from, to, scale, axisY, TOP) +
    body.join("") +
    `</g></svg>`
  );
}
