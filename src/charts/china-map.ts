/**
 * A static SVG locator map for places in China, drawn at build time from
 * Natural Earth's land (world-atlas 50m) so pages ship no map script. It
 * draws land and sea only, no borders: a map that shows China's borders must
 * show them as the national standard map does (南海诸岛, 藏南 and all), which
 * no open data set here does, so this map shows where the cities are and
 * nothing about borders.
 */
import { createRequire } from "node:module";

import { geoConicEqualArea, geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

import { MAP_BOUNDS } from "./map-bounds.ts";
import { attrs, checkedHref, escapeXml, estimateTextWidth, svgOpen } from "./svg.ts";

export interface MapPoint {
  id: string;
  label: string;
  lat: number;
  lon: number;
  href: string;
}

export interface ChinaMapOptions {
  /** Width of the viewBox; the height follows from the extent's shape. CSS sets the displayed size. */
  width?: number;
  title?: string;
  description?: string;
  /** Prefix for the title/desc ids, so two maps on one page keep distinct ids. */
  idPrefix?: string;
}

const PADDING = 12;
const RADIUS = 4;
const FONT_SIZE = 14;
/** Gap between a point's circle and its label. */
const LABEL_GAP = 3;
/** Projected points closer than this are merged: invisible at any size the site shows, and most of the file size otherwise. */
const MIN_SEGMENT = 0.8;

const { west, east, south, north } = MAP_BOUNDS;
/** The map's bounds as a box of coordinates (a box's top edge is an arc in a conic projection, so its middle is a corner too). */
export const EXTENT: GeoJSON.MultiPoint = {
  type: "MultiPoint",
  coordinates: [[west, south], [(west + east) / 2, south], [east, south], [west, north], [(west + east) / 2, north], [east, north]],
};

type LandTopology = Topology<{ land: GeometryCollection }>;

let landCache: GeoJSON.FeatureCollection | undefined;
/** The world's land as one shape: coastlines, no borders. */
export function land(): GeoJSON.FeatureCollection {
  if (landCache) return landCache;
  const topology = createRequire(import.meta.url)("world-atlas/land-50m.json") as LandTopology;
  landCache = feature(topology, topology.objects.land) as GeoJSON.FeatureCollection;
  return landCache;
}

/**
 * Albers equal-area conic with standard parallels 25°N and 47°N, centred on
 * 105°E: the usual projection for maps of the whole country, so the shape
 * looks familiar and the north is not stretched as in Mercator.
 */
export function chinaProjection(width = 800): { projection: GeoProjection; height: number } {
  const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]).center([0, 35]);
  projection.fitWidth(width - 2 * PADDING, EXTENT);
  const [[, y0], [, y1]] = geoPath(projection).bounds(EXTENT);
  const height = Math.ceil(y1 - y0 + 2 * PADDING);
  projection.fitExtent([[PADDING, PADDING], [width - PADDING, height - PADDING]], EXTENT);
  // Clip to the viewBox so the land beyond (Europe, Africa…) costs nothing.
  projection.clipExtent([[0, 0], [width, height]]);
  return { projection, height };
}

/**
 * A geoPath context that writes compact path data: coordinates rounded to a
 * tenth of a unit, relative moves inside each ring (about half the bytes of
 * absolute ones), and points within MIN_SEGMENT of the last one kept dropped
 * (a cheap stand-in for topological simplification that works after
 * clipping). Deltas are taken between rounded positions so they never drift.
 */
class CompactPath implements GeoContext {
  private out = "";
  private ring = "";
  private ringPoints = 0;
  private lastX = 0;
  private lastY = 0;

  moveTo(x: number, y: number): void {
    this.endRing();
    this.lastX = Math.round(x * 10);
    this.lastY = Math.round(y * 10);
    this.ring = `M${tenths(this.lastX)}${sep(this.lastY)}${tenths(this.lastY)}l`;
    this.ringPoints = 1;
  }

  lineTo(x: number, y: number): void {
    const qx = Math.round(x * 10);
    const qy = Math.round(y * 10);
    if (Math.hypot(qx - this.lastX, qy - this.lastY) < MIN_SEGMENT * 10) return;
    const dx = tenths(qx - this.lastX);
    const dy = tenths(qy - this.lastY);
    this.ring += `${this.ringPoints > 1 ? sep(qx - this.lastX) : ""}${dx}${sep(qy - this.lastY)}${dy}`;
    this.lastX = qx;
    this.lastY = qy;
    this.ringPoints++;
  }

  closePath(): void {
    this.ring += "z";
    this.endRing();
  }

  beginPath(): void {}

  arc(): void {
    throw new Error("the map draws no point geometries through geoPath");
  }

  private endRing(): void {
    // A ring thinned down to fewer than three points draws nothing visible.
    if (this.ringPoints >= 3) this.out += this.ring;
    this.ring = "";
    this.ringPoints = 0;
  }

  result(): string {
    this.endRing();
    return this.out;
  }
}

/** A number of tenths as the shortest decimal: 5 → ".5", -12 → "-1.2". */
function tenths(n: number): string {
  return (n / 10).toString().replace(/^(-?)0\./, "$1.");
}

/** A minus sign already separates two numbers in path data. */
function sep(next: number): string {
  return next < 0 ? "" : ",";
}

function pathData(projection: GeoProjection, object: GeoPermissibleObjects): string {
  const context = new CompactPath();
  geoPath(projection, context)(object);
  return context.result();
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
type Side = "right" | "left" | "above" | "below";
export interface Label {
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  box: Box;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function labelAt(side: Side, cx: number, cy: number, width: number): Label {
  const off = RADIUS + LABEL_GAP;
  const half = FONT_SIZE / 2;
  // The baseline sits about 0.35em below the visual middle of CJK text.
  const baseline = FONT_SIZE * 0.35;
  switch (side) {
    case "right":
      return { x: cx + off, y: cy + baseline, anchor: "start", box: { x0: cx + off, y0: cy - half, x1: cx + off + width, y1: cy + half } };
    case "left":
      return { x: cx - off, y: cy + baseline, anchor: "end", box: { x0: cx - off - width, y0: cy - half, x1: cx - off, y1: cy + half } };
    case "above":
      return { x: cx, y: cy - off - half + baseline, anchor: "middle", box: { x0: cx - width / 2, y0: cy - off - FONT_SIZE, x1: cx + width / 2, y1: cy - off } };
    case "below":
      return { x: cx, y: cy + off + half + baseline, anchor: "middle", box: { x0: cx - width / 2, y0: cy + off, x1: cx + width / 2, y1: cy + off + FONT_SIZE } };
  }
}

/**
 * Greedy placement: each label takes the first side that stays in the view
 * and clears every circle and every label already placed. Right is preferred
 * because that is how readers expect map labels; if no side is free the label
 * goes right anyway rather than disappearing.
 */
export function placeLabels(points: { label: string; x: number; y: number }[], view: { width: number; height: number }): Label[] {
  const circles: Box[] = points.map((p) => ({ x0: p.x - RADIUS, y0: p.y - RADIUS, x1: p.x + RADIUS, y1: p.y + RADIUS }));
  const placed: Box[] = [];
  return points.map((p) => {
    const width = estimateTextWidth(p.label, FONT_SIZE);
    const candidates = (["right", "left", "above", "below"] as const).map((side) => labelAt(side, p.x, p.y, width));
    const fits = (l: Label): boolean =>
      l.box.x0 >= 0 && l.box.y0 >= 0 && l.box.x1 <= view.width && l.box.y1 <= view.height && ![...circles, ...placed].some((b) => overlaps(l.box, b));
    const chosen = candidates.find(fits) ?? candidates[0]!;
    placed.push(chosen.box);
    return chosen;
  });
}

function defaultDescription(points: MapPoint[]): string {
  const base = "只绘海陆轮廓、不表示国界的位置示意图";
  if (points.length === 0) return `${base}。`;
  return `${base}，标出${points.length}个地点：${points.map((p) => p.label).join("、")}。`;
}

export function chinaMapSvg(points: MapPoint[], options: ChinaMapOptions = {}): string {
  const width = options.width ?? 800;
  if (!(Number.isFinite(width) && width > 2 * PADDING)) throw new Error(`map width must be a number above ${2 * PADDING}, got ${width}`);
  const idPrefix = options.idPrefix ?? "china-map";
  const { projection, height } = chinaProjection(width);

  const landPath = pathData(projection, land());
  const projected = points.map((p) => {
    const xy = projection([p.lon, p.lat]);
    // A point off the map is a data error (swapped lat/lon, say); drawing it outside the view would hide it.
    if (!xy || xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height) throw new Error(`point ${p.id} (${p.lat}, ${p.lon}) falls outside the map`);
    return { ...p, x: xy[0], y: xy[1] };
  });
  const labels = placeLabels(projected, { width, height });

  const marks = projected.map((p, i) => {
    const l = labels[i]!;
    return (
      `<a${attrs({ href: checkedHref(p.href), class: "map-point", "data-id": p.id })}>` +
      `<circle${attrs({ cx: p.x, cy: p.y, r: RADIUS })}/>` +
      `<text${attrs({ class: "map-label", x: l.x, y: l.y, "text-anchor": l.anchor === "start" ? undefined : l.anchor })}>${escapeXml(p.label)}</text>` +
      `</a>`
    );
  });

  return (
    svgOpen({
      idPrefix,
      className: "china-map",
      width,
      height,
      title: options.title ?? "位置示意图",
      description: options.description ?? defaultDescription(points),
    }) +
    `<path class="map-land" d="${landPath}"/>` +
    `<g class="map-points"${attrs({ "font-size": FONT_SIZE })}>${marks.join("")}</g>` +
    `</svg>`
  );
}
