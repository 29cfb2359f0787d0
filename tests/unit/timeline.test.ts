import assert from "node:assert/strict";
import { test } from "node:test";

import { parseHTML } from "linkedom";

import { parseDate, tickStep, timelineSvg, type TimelineRow } from "../../src/charts/timeline.ts";

const row = (over: Partial<TimelineRow> & { id: string }): TimelineRow => ({
  label: over.id,
  href: `/ftas/${over.id}/`,
  signed: null,
  inForce: null,
  upgrades: [],
  status: "in-force",
  ...over,
});

/** Parsed as the site uses it: inline in an HTML page, which also decodes entities in attributes. */
function parse(svg: string) {
  const { document: doc } = parseHTML(`<!doctype html><html><body>${svg}<p id="after"></p></body></html>`);
  const root = doc.querySelector("svg")!;
  // Unbalanced markup would swallow the paragraph after the chart.
  assert.equal(doc.getElementById("after")?.parentElement?.tagName.toLowerCase(), "body");
  return { doc, root };
}
type Doc = ReturnType<typeof parse>["doc"];

/** Maps an instant to x using the axis line, which spans 1 January of `from` to 1 January after `to`. */
function scaleOf(doc: Doc, from: number, to: number): (t: number) => number {
  const line = doc.querySelector(".tl-axis > line")!;
  const x1 = Number(line.getAttribute("x1"));
  const x2 = Number(line.getAttribute("x2"));
  const start = Date.UTC(from, 0, 1);
  const end = Date.UTC(to + 1, 0, 1);
  return (t) => x1 + ((t - start) / (end - start)) * (x2 - x1);
}

function rowOf(doc: Doc, id: string) {
  const g = doc.querySelector(`g.tl-row[data-id="${id}"]`);
  assert.ok(g, `no row ${id}`);
  return g;
}

const num = (el: Element | null, name: string): number => Number(el?.getAttribute(name));
/** Centre x of a marker, whether a circle or a square. */
const markerX = (el: Element | null): number => (el?.tagName.toLowerCase() === "circle" ? num(el, "cx") : num(el, "x") + num(el, "width") / 2);
const close = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) <= 0.11, `${what}: ${actual} vs ${expected}`);
const noon = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d, 12);

test("dates sit at the middle of the span they name", () => {
  assert.equal(parseDate("2015").time, (Date.UTC(2015, 0, 1) + Date.UTC(2016, 0, 1)) / 2);
  assert.equal(parseDate("2015-06").time, (Date.UTC(2015, 5, 1) + Date.UTC(2015, 6, 1)) / 2);
  assert.equal(parseDate("2015-06-01").time, noon(2015, 6, 1));
  assert.equal(parseDate("2016-02").time, Date.UTC(2016, 1, 15, 12), "leap February's middle");
  assert.equal(parseDate("2015-06-01").text, "2015-06-01");
});

test("malformed or impossible dates are errors, not guesses", () => {
  for (const bad of ["15", "2015-6", "2015-13", "2015-00", "2015-02-29", "2015-04-31", "2015-06-00", "2015/06/01", "2015-06-01T00:00", ""]) {
    assert.throws(() => parseDate(bad), /timeline date/, bad);
  }
  assert.doesNotThrow(() => parseDate("2016-02-29"));
  assert.throws(() => timelineSvg([row({ id: "a", signed: "2015-6-1" })]), /2015-6-1/);
});

test("the chart parses, is labelled, scales by viewBox, and leaves colours to CSS", () => {
  const { doc, root } = parse(timelineSvg([row({ id: "a", signed: "2010", inForce: "2012" })], { title: "协定时间线", description: "说明" }));
  assert.ok(/^0 0 800 \d+(\.\d)?$/.test(root.getAttribute("viewBox") ?? ""), root.getAttribute("viewBox") ?? "");
  assert.equal(root.hasAttribute("width"), false);
  assert.equal(root.hasAttribute("height"), false);
  assert.equal(root.getAttribute("role"), "group", "not role=img, which would hide the links inside");
  assert.equal(doc.getElementById(root.getAttribute("aria-labelledby")!)?.textContent, "协定时间线");
  assert.equal(doc.getElementById(root.getAttribute("aria-describedby")!)?.textContent, "说明");
  assert.equal(doc.querySelectorAll("style").length, 0);
  for (const el of doc.querySelectorAll("*")) {
    for (const name of ["fill", "stroke", "style", "color"]) assert.equal(el.hasAttribute(name), false, `${el.tagName} has ${name}`);
  }
});

test("the bar runs from signature to entry into force, in proportion to time", () => {
  const svg = timelineSvg(
    [row({ id: "short", signed: "2010-01-01", inForce: "2011-01-01" }), row({ id: "long", signed: "2012-07-01", inForce: "2015-07-01" })],
    { from: 2010, to: 2019 },
  );
  const { doc } = parse(svg);
  const x = scaleOf(doc, 2010, 2019);
  const short = rowOf(doc, "short").querySelector(".tl-bar");
  const long = rowOf(doc, "long").querySelector(".tl-bar");
  close(num(short, "x"), x(noon(2010, 1, 1)), "short start");
  close(num(short, "x") + num(short, "width"), x(noon(2011, 1, 1)), "short end");
  close(num(long, "x"), x(noon(2012, 7, 1)), "long start");
  close(num(long, "x") + num(long, "width"), x(noon(2015, 7, 1)), "long end");
  const ratio = num(long, "width") / num(short, "width");
  assert.ok(Math.abs(ratio - 1096 / 365) < 0.02, `ratio ${ratio}`);

  // The signature circle sits at the bar's start, the entry-into-force square at its end.
  const r = rowOf(doc, "long");
  close(markerX(r.querySelector(".tl-signed")), num(long, "x"), "signed marker");
  close(markerX(r.querySelector(".tl-inforce")), num(long, "x") + num(long, "width"), "in-force marker");
  assert.equal(r.querySelector(".tl-signed")?.tagName.toLowerCase(), "circle");
  assert.equal(r.querySelector(".tl-inforce")?.tagName.toLowerCase(), "rect");
  assert.ok(num(r.querySelector(".tl-signed"), "cx") < markerX(r.querySelector(".tl-inforce")));
});

test("a null date draws nothing for its part", () => {
  const { doc } = parse(
    timelineSvg(
      [
        row({ id: "signed-only", signed: "2015-06-01" }),
        row({ id: "inforce-only", inForce: "2016-01" }),
        row({ id: "none", status: "studying" }),
        row({ id: "both", signed: "2014", inForce: "2017" }),
      ],
      { from: 2010, to: 2020 },
    ),
  );
  const signedOnly = rowOf(doc, "signed-only");
  assert.equal(signedOnly.querySelectorAll(".tl-signed").length, 1);
  assert.equal(signedOnly.querySelectorAll(".tl-inforce").length, 0);
  assert.equal(signedOnly.querySelectorAll(".tl-bar").length, 0);
  const inForceOnly = rowOf(doc, "inforce-only");
  assert.equal(inForceOnly.querySelectorAll(".tl-signed").length, 0);
  assert.equal(inForceOnly.querySelectorAll(".tl-inforce").length, 1);
  assert.equal(inForceOnly.querySelectorAll(".tl-bar").length, 0);
  const none = rowOf(doc, "none");
  assert.equal(none.querySelectorAll("circle, rect").length, 0);
  assert.equal(none.querySelector(".tl-label")?.textContent, "none", "the row is still listed");
  assert.equal(none.getAttribute("data-status"), "studying");
  assert.equal(rowOf(doc, "both").querySelectorAll(".tl-bar").length, 1);
});

test("year-only dates sit mid-year and month-only dates mid-month, between the year ticks", () => {
  const { doc } = parse(timelineSvg([row({ id: "y", signed: "2015" }), row({ id: "m", signed: "2015-06" }), row({ id: "d", signed: "2015-01-01" })], { from: 2012, to: 2018 }));
  const tickX = (year: number): number => {
    const text = [...doc.querySelectorAll(".tl-axis text")].find((t) => t.textContent === String(year));
    assert.ok(text, `no tick for ${year}`);
    return num(text, "x");
  };
  const [t2015, t2016] = [tickX(2015), tickX(2016)];
  const year = markerX(rowOf(doc, "y").querySelector(".tl-signed"));
  close(year, (t2015 + t2016) / 2, "2015 halfway between the 2015 and 2016 ticks");
  const x = scaleOf(doc, 2012, 2018);
  close(markerX(rowOf(doc, "m").querySelector(".tl-signed")), x(Date.UTC(2015, 5, 16)), "2015-06 at 16 June 00:00");
  const day = markerX(rowOf(doc, "d").querySelector(".tl-signed"));
  close(day, x(noon(2015, 1, 1)), "2015-01-01 at noon");
  assert.ok(day < markerX(rowOf(doc, "m").querySelector(".tl-signed")));
  assert.ok(markerX(rowOf(doc, "m").querySelector(".tl-signed")) < year + 1, "mid-June is just before mid-year");
});

test("the default range runs from the earliest year to the latest, upgrades included, with labelled ticks", () => {
  const { doc } = parse(timelineSvg([row({ id: "a", signed: "2002-11-04", inForce: "2005-07" }), row({ id: "b", signed: "2015", upgrades: [{ label: "升级", signed: "2021-01", inForce: null }] })]));
  const years = [...doc.querySelectorAll(".tl-axis text")].map((t) => Number(t.textContent));
  // 2002–2021 is twenty years, so ticks every 2 years.
  assert.deepEqual(years, [2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022]);
  const x = scaleOf(doc, 2002, 2021);
  close(markerX(rowOf(doc, "a").querySelector(".tl-signed")), x(noon(2002, 11, 4)), "first date inside the default range");
  assert.ok(markerX(doc.querySelector(".tl-upgrade")) < num(doc.querySelector(".tl-axis > line"), "x2"));
});

test("tick steps are 1, 2 or 5 years by span", () => {
  assert.equal(tickStep(5), 1);
  assert.equal(tickStep(12), 2);
  assert.equal(tickStep(25), 5);
});

test("explicit from/to are honoured; markers outside them are not drawn and bars are cut at the edge", () => {
  const { doc } = parse(timelineSvg([row({ id: "a", signed: "2005-03-01", inForce: "2012-01-01" })], { from: 2010, to: 2015 }));
  const r = rowOf(doc, "a");
  assert.equal(r.querySelectorAll(".tl-signed").length, 0);
  assert.equal(r.querySelectorAll(".tl-inforce").length, 1);
  const x = scaleOf(doc, 2010, 2015);
  close(num(r.querySelector(".tl-bar"), "x"), x(Date.UTC(2010, 0, 1)), "bar starts at the left edge");
  assert.throws(() => timelineSvg([row({ id: "a" })]), /no dates/);
  assert.throws(() => timelineSvg([row({ id: "a", signed: "2010" })], { from: 2012, to: 2011 }), /backwards/);
});

test("labels are links to the agreements, one per row, in order", () => {
  const rows = [row({ id: "china-korea", label: "中韩自贸协定", signed: "2015-06-01" }), row({ id: "rcep", label: "RCEP", signed: "2020-11-15" })];
  const { doc } = parse(timelineSvg(rows));
  const links = [...doc.querySelectorAll("a")];
  assert.deepEqual(
    links.map((a) => [a.getAttribute("href"), a.querySelector("text.tl-label")?.textContent]),
    [
      ["/ftas/china-korea/", "中韩自贸协定"],
      ["/ftas/rcep/", "RCEP"],
    ],
  );
  const ys = links.map((a) => num(a.querySelector("text"), "y"));
  assert.ok(ys[0]! < ys[1]!, "rows go down the chart in order");
  assert.throws(() => timelineSvg([row({ id: "x", signed: "2015", href: "javascript:alert(1)" })]), /javascript/);
});

test("a very long label is squeezed to the label column rather than cut", () => {
  const long = "Free Trade Agreement between the Government of the People's Republic of China and the Government of Iceland";
  const { doc } = parse(timelineSvg([row({ id: "a", label: long, signed: "2013" }), row({ id: "b", label: "短", signed: "2014" })]));
  const [a, b] = [...doc.querySelectorAll("text.tl-label")];
  assert.equal(a?.textContent, long);
  assert.ok(Number(a?.getAttribute("textLength")) <= 320);
  assert.equal(b?.hasAttribute("textLength"), false);
});

test("each marker carries a tooltip title with its event and date", () => {
  const { doc } = parse(timelineSvg([row({ id: "k", signed: "2015-06-01", inForce: "2015-12-20" })]));
  assert.equal(doc.querySelector(".tl-signed > title")?.textContent, "签署 2015-06-01");
  assert.equal(doc.querySelector(".tl-inforce > title")?.textContent, "生效 2015-12-20");
});

test("upgrades get a marker at signature and another at entry into force, where known", () => {
  const { doc } = parse(
    timelineSvg(
      [
        row({
          id: "asean",
          signed: "2002-11-04",
          inForce: "2005-07",
          upgrades: [
            { label: "升级议定书", signed: "2015-11-22", inForce: "2016-07-01" },
            { label: "3.0版", signed: "2025-10", inForce: null },
            { label: "未定", signed: null, inForce: null },
          ],
        }),
        row({ id: "plain", signed: "2010", inForce: "2011" }),
      ],
      { from: 2000, to: 2026 },
    ),
  );
  const ups = [...rowOf(doc, "asean").querySelectorAll(".tl-upgrade")];
  assert.equal(ups.length, 3);
  assert.deepEqual(
    ups.map((u) => u.querySelector("title")?.textContent),
    ["升级议定书 签署 2015-11-22", "升级议定书 生效 2016-07-01", "3.0版 签署 2025-10"],
  );
  assert.equal(rowOf(doc, "asean").querySelectorAll(".tl-upgrade-signed").length, 2);
  assert.equal(rowOf(doc, "asean").querySelectorAll(".tl-upgrade-inforce").length, 1);
  assert.equal(rowOf(doc, "plain").querySelectorAll(".tl-upgrade").length, 0);
  const x = scaleOf(doc, 2000, 2026);
  close(markerX(ups[0]!), x(noon(2015, 11, 22)), "upgrade signed");
  close(markerX(ups[1]!), x(noon(2016, 7, 1)), "upgrade in force");
  // Upgrades draw no bar of their own: the only bar is the agreement's.
  assert.equal(rowOf(doc, "asean").querySelectorAll(".tl-bar").length, 1);
});

test("labels, titles, statuses and hrefs from data are XML-escaped", () => {
  const nasty = `<script>&"'`;
  const svg = timelineSvg(
    [row({ id: nasty, label: nasty, href: `/a?b=1&c="2"'`, status: nasty, signed: "2015", inForce: "2016", upgrades: [{ label: nasty, signed: "2017", inForce: null }] })],
    { title: nasty, description: nasty },
  );
  assert.equal(svg.includes("<script"), false);
  // Every ampersand left in the markup starts an entity, so the file is also well-formed XML.
  assert.doesNotMatch(svg, /&(?!(?:amp|lt|gt|quot|apos);)/);
  const { doc } = parse(svg);
  assert.equal(doc.querySelectorAll("script").length, 0);
  assert.equal(doc.querySelector("svg > title")?.textContent, nasty);
  assert.equal(doc.querySelector("desc")?.textContent, nasty);
  assert.equal(doc.querySelector(".tl-label")?.textContent, nasty);
  assert.equal(doc.querySelector("a")?.getAttribute("href"), `/a?b=1&c="2"'`);
  assert.equal(doc.querySelector(".tl-row")?.getAttribute("data-status"), nasty);
  assert.equal(doc.querySelector(".tl-row")?.getAttribute("data-id"), nasty);
  assert.equal(doc.querySelector(".tl-upgrade > title")?.textContent, `${nasty} 签署 2017`);
});

test("idPrefix sets the title and desc ids", () => {
  const { doc, root } = parse(timelineSvg([row({ id: "a", signed: "2015" })], { idPrefix: "fta-tl" }));
  assert.equal(root.getAttribute("aria-labelledby"), "fta-tl-title");
  assert.equal(doc.getElementById("fta-tl-desc")?.tagName.toLowerCase(), "desc");
  assert.throws(() => timelineSvg([row({ id: "a", signed: "2015" })], { idPrefix: "1 bad" }), /idPrefix/);
});
