import { chinaMapSvg } from "../charts/china-map.ts";
import { timelineSvg } from "../charts/timeline.ts";
import type { EntityViews } from "./views.ts";

export interface Charts {
  map: string;
  timeline: string;
}

/** The static SVGs of the data pages, drawn once per build from the same view models. */
export function entityCharts(views: EntityViews, labels: Record<string, string>): Charts {
  const points = views.cities
    .filter((c) => c.coordinates)
    .map((c) => ({ id: c.id, label: c.title, lat: c.coordinates!.lat, lon: c.coordinates!.lon, href: c.url }));
  const rows = views.ftas
    .filter((f) => f.signed || f.inForce)
    .map((f) => ({
      id: f.id,
      label: f.title,
      href: f.url,
      signed: f.signed?.iso ?? null,
      inForce: f.inForce?.iso ?? null,
      status: f.status,
      // The protocols' full titles are too long for a chart; their pages give them.
      upgrades: f.upgrades.map((u) => ({ label: `${f.title} ${labels.upgradeShort}`, signed: u.signed?.iso ?? null, inForce: u.inForce?.iso ?? null })),
    }));
  return {
    map: chinaMapSvg(points, { title: labels.mapTitle, description: labels.mapDescription }),
    timeline: timelineSvg(rows, { title: labels.timelineTitle, description: labels.timelineDescription, idPrefix: "fta-timeline" }),
  };
}
