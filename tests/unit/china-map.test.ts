import assert from "node:assert/strict";
import { test } from "node:test";

import { geoContains } from "d3-geo";
import { parseHTML } from "linkedom";

import { chinaMapSvg, chinaProjection, EXTENT, land, placeLabels, type MapPoint } from "../../src/charts/china-map.ts";
import { estimateTextWidth } from "../../src/charts/svg.ts";

const PILOTS: MapPoint[] = [
  { id: "qingdao", label: "青岛", lat: 36.0669, lon: 120.3827, href: "/cities/qingdao/" },
  { id: "weihai", label: "威海", lat: 37.5, lon: 122.1, href: "/cities/weihai/" },
  { id: "nanning", label: "南宁", lat: 22.8167, lon: 108.3275, href: "/cities/nanning/" },
  { id: "chengdu", label: "成都", lat: 30.66, lon: 104.0633, href: "/cities/chengdu/" },
  { id: "ningbo", label: "宁波", lat: 29.869, lon: 121.554, href: "/cities/ningbo/" },
];

const svgText = chinaMapSvg(PILOTS, { title: "五个试点城市", description: "青岛、威海、南宁、成都、宁波的位置" });

/** Parsed as the site uses it: inline in an HTML page, which also decodes entities in attributes. */
function parse(svg: string) {
  const { document: doc } = parseHTML(`<!doctype html><html><body>${svg}<p id="after"></p></body></html>`);
  const root = doc.querySelector("svg")!;
  // Unbalanced markup would swallow the paragraph after the map.
  assert.equal(doc.getElementById("after")?.parentElement?.tagName.toLowerCase(), "body");
  const [x, y, width, height] = (root.getAttribute("viewBox") ?? "").split(" ").map(Number) as [number, number, number, number];
  return { doc, root, view: { x, y, width, height } };
}

function circleOf(doc: ReturnType<typeof parse>["doc"], href: string): { cx: number; cy: number } {
  const circle = doc.querySelector(`a[href="${href}"] circle`);
  assert.ok(circle, `no circle for ${href}`);
  return { cx: Number(circle.getAttribute("cx")), cy: Number(circle.getAttribute("cy")) };
}

/** Absolute points of the path data the map writes: M x,y, then relative l pairs, z. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const sub of d.match(/M[^M]*/g) ?? []) {
    const numbers = (sub.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    let x = numbers[0]!;
    let y = numbers[1]!;
    points.push([x, y]);
    for (let i = 2; i + 1 < numbers.length; i += 2) {
      x += numbers[i]!;
      y += numbers[i + 1]!;
      points.push([x, y]);
    }
  }
  return points;
}

test("the map parses as SVG with a viewBox, no fixed size, and a labelled title and description", () => {
  const { doc, root, view } = parse(svgText);
  assert.equal(root.tagName.toLowerCase(), "svg");
  assert.equal(view.x, 0);
  assert.equal(view.y, 0);
  assert.equal(view.width, 800);
  assert.ok(view.height > 400 && view.height < 800, `height ${view.height}`);
  assert.equal(root.hasAttribute("width"), false);
  assert.equal(root.hasAttribute("height"), false);
  const title = doc.getElementById(root.getAttribute("aria-labelledby")!);
  const desc = doc.getElementById(root.getAttribute("aria-describedby")!);
  assert.equal(title?.tagName.toLowerCase(), "title");
  assert.equal(title?.textContent, "五个试点城市");
  assert.equal(desc?.tagName.toLowerCase(), "desc");
  assert.equal(desc?.textContent, "青岛、威海、南宁、成都、宁波的位置");
});

test("the root is a labelled group, not role=img, so the links inside stay reachable", () => {
  const { root } = parse(svgText);
  assert.equal(root.getAttribute("role"), "group");
});

test("default title and description name the points", () => {
  const { doc } = parse(chinaMapSvg(PILOTS));
  assert.equal(doc.querySelector("title")?.textContent, "位置示意图");
  assert.match(doc.querySelector("desc")?.textContent ?? "", /5个地点：青岛、威海、南宁、成都、宁波/);
});

test("each point is a link with its href holding a circle and its label", () => {
  const { doc } = parse(svgText);
  const links = [...doc.querySelectorAll("a")];
  assert.equal(links.length, 5);
  assert.deepEqual(
    links.map((a) => a.getAttribute("href")),
    PILOTS.map((p) => p.href),
  );
  for (const [i, a] of links.entries()) {
    assert.equal(a.getAttribute("class"), "map-point");
    assert.equal(a.querySelectorAll("circle").length, 1);
    assert.equal(a.querySelector("text.map-label")?.textContent, PILOTS[i]!.label);
  }
});

test("every circle lies inside the viewBox", () => {
  const { doc, view } = parse(svgText);
  for (const p of PILOTS) {
    const { cx, cy } = circleOf(doc, p.href);
    assert.ok(cx > view.x && cx < view.x + view.width, `${p.id} cx ${cx}`);
    assert.ok(cy > view.y && cy < view.y + view.height, `${p.id} cy ${cy}`);
  }
});

test("points are placed geographically: 成都 west of 南宁 west of 青岛, 威海 north of 南宁", () => {
  const { doc } = parse(svgText);
  const at = (id: string) => circleOf(doc, PILOTS.find((p) => p.id === id)!.href);
  assert.ok(at("chengdu").cx < at("nanning").cx);
  assert.ok(at("nanning").cx < at("qingdao").cx);
  assert.ok(at("weihai").cy < at("nanning").cy);
  // 威海 is north-east of 青岛, the closest pair.
  assert.ok(at("weihai").cx > at("qingdao").cx && at("weihai").cy < at("qingdao").cy);
});

test("circles sit where the projection puts the coordinates", () => {
  const { doc } = parse(svgText);
  const { projection } = chinaProjection(800);
  for (const p of PILOTS) {
    const [x, y] = projection([p.lon, p.lat])!;
    const { cx, cy } = circleOf(doc, p.href);
    assert.ok(Math.abs(cx - x) <= 0.05 && Math.abs(cy - y) <= 0.05, `${p.id}: ${cx},${cy} vs ${x},${y}`);
  }
});

test("the map draws land and sea only: one coastline shape, no borders, no country set apart", () => {
  const { doc } = parse(svgText);
  assert.equal(doc.querySelectorAll("path").length, 1, "one path: the land");
  assert.equal(doc.querySelectorAll(".map-china, .map-country").length, 0);
  const shapes = land();
  assert.equal(geoContains(shapes, [121.56, 25.03]), true, "Taiwan is land like the rest");
  assert.equal(geoContains(shapes, [123.5, 30]), false, "the East China Sea is sea");
  const { projection } = chinaProjection(800);
  const [taipeiX, taipeiY] = projection([121.56, 25.03])!;
  const points = pathPoints(doc.querySelector("path.map-land")!.getAttribute("d")!);
  assert.ok(points.some(([x, y]) => Math.hypot(x - taipeiX, y - taipeiY) < 20), "Taiwan's coast is drawn");
  assert.match(parse(chinaMapSvg(PILOTS)).doc.querySelector("desc")!.textContent!, /不表示国界/, "by default the map says it shows no borders");
});

test("the extent (73.5°–135°E, 18°–53.5°N) fills the padded viewBox, and land is clipped to the view", () => {
  const { doc, view } = parse(svgText);
  const { projection } = chinaProjection(800);
  const corners = EXTENT.coordinates.map((c) => projection(c as [number, number])!);
  const xs = corners.map((p) => p[0]);
  assert.ok(Math.abs(Math.min(...xs) - 12) < 1.5 && Math.abs(Math.max(...xs) - (view.width - 12)) < 1.5, `extent spans ${Math.min(...xs)}–${Math.max(...xs)}`);
  for (const [x, y] of pathPoints(doc.querySelector("path.map-land")!.getAttribute("d")!)) {
    assert.ok(x >= -0.1 && x <= view.width + 0.1 && y >= -0.1 && y <= view.height + 0.1, `point ${x},${y} outside the view`);
  }
});

test("styling is left to CSS: classes, no inline colours or style element", () => {
  const { doc } = parse(svgText);
  assert.equal(doc.querySelectorAll("style").length, 0);
  for (const el of doc.querySelectorAll("*")) {
    for (const name of ["fill", "stroke", "style", "color"]) assert.equal(el.hasAttribute(name), false, `${el.tagName} has ${name}`);
  }
  assert.equal(doc.querySelectorAll(".map-land").length, 1);
  assert.equal(doc.querySelectorAll(".map-point").length, 5);
  assert.equal(doc.querySelectorAll(".map-label").length, 5);
});

/** The box a label occupies, from its anchor and estimated width. */
function labelBox(text: Element, fontSize: number) {
  const x = Number(text.getAttribute("x"));
  const y = Number(text.getAttribute("y"));
  const width = estimateTextWidth(text.textContent ?? "", fontSize);
  const anchor = text.getAttribute("text-anchor") ?? "start";
  const x0 = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  return { x0, x1: x0 + width, y0: y - fontSize, y1: y };
}

test("the five labels overlap neither each other nor the circles", () => {
  const { doc, view } = parse(svgText);
  const fontSize = Number(doc.querySelector(".map-points")!.getAttribute("font-size"));
  assert.ok(fontSize > 0);
  const boxes = [...doc.querySelectorAll("text.map-label")].map((t) => labelBox(t, fontSize));
  const circles = [...doc.querySelectorAll("a circle")].map((c) => {
    const cx = Number(c.getAttribute("cx"));
    const cy = Number(c.getAttribute("cy"));
    const r = Number(c.getAttribute("r"));
    return { x0: cx - r, x1: cx + r, y0: cy - r, y1: cy + r };
  });
  const overlap = (a: typeof boxes[0], b: typeof boxes[0]) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  for (const [i, a] of boxes.entries()) {
    assert.ok(a.x0 >= 0 && a.x1 <= view.width, `label ${i} inside the view`);
    for (const [j, b] of boxes.entries()) if (i !== j) assert.ok(!overlap(a, b), `labels ${i} and ${j} overlap`);
    for (const c of circles) assert.ok(!overlap(a, c), `label ${i} covers a circle`);
  }
});

test("a label moves off the right when another point sits there", () => {
  const [first, second] = placeLabels(
    [
      { label: "甲地", x: 100, y: 100 },
      { label: "乙地", x: 90, y: 100 },
    ],
    { width: 400, height: 300 },
  );
  assert.equal(first!.anchor, "start");
  assert.ok(first!.x > 100);
  // The second point's right is taken by the first point's circle and label.
  assert.notEqual(second!.anchor, "start");
});

test("a label near the right edge goes left instead of leaving the view", () => {
  const [label] = placeLabels([{ label: "边境城市", x: 395, y: 100 }], { width: 400, height: 300 });
  assert.equal(label!.anchor, "end");
  assert.ok(label!.x < 395);
});

test("labels, titles and hrefs from data are XML-escaped", () => {
  const nasty = `<script>&"'`;
  const svg = chinaMapSvg([{ id: `x"<`, label: nasty, lat: 30, lon: 110, href: `/a?b=1&c="2"'` }], { title: nasty, description: nasty });
  assert.equal(svg.includes("<script"), false);
  // Every ampersand left in the markup starts an entity, so the file is also well-formed XML.
  assert.doesNotMatch(svg, /&(?!(?:amp|lt|gt|quot|apos);)/);
  const { doc } = parse(svg);
  assert.equal(doc.querySelectorAll("script").length, 0);
  assert.equal(doc.querySelector("title")?.textContent, nasty);
  assert.equal(doc.querySelector("desc")?.textContent, nasty);
  assert.equal(doc.querySelector("text.map-label")?.textContent, nasty);
  assert.equal(doc.querySelector("a")?.getAttribute("href"), `/a?b=1&c="2"'`);
  assert.equal(doc.querySelector("a")?.getAttribute("data-id"), `x"<`);
  assert.match(svg, /&lt;script&gt;&amp;&quot;&apos;/);
});

test("a point off the map is an error, not a circle outside the view", () => {
  // Latitude and longitude swapped, the likeliest slip in hand-entered coordinates.
  assert.throws(() => chinaMapSvg([{ id: "swapped", label: "青岛", lat: 120.3827, lon: 36.0669, href: "/x/" }]), /swapped.*outside the map/);
  assert.throws(() => chinaMapSvg([{ id: "paris", label: "巴黎", lat: 48.86, lon: 2.35, href: "/x/" }]), /paris/);
});

test("links that would run script are refused", () => {
  assert.throws(() => chinaMapSvg([{ id: "x", label: "x", lat: 30, lon: 110, href: "javascript:alert(1)" }]), /javascript/);
  assert.throws(() => chinaMapSvg([{ id: "x", label: "x", lat: 30, lon: 110, href: " JavaScript:alert(1)" }]), /javascript/);
  assert.doesNotThrow(() => chinaMapSvg([{ id: "x", label: "x", lat: 30, lon: 110, href: "https://example.org/a:b" }]));
});

test("idPrefix keeps two maps' ids apart and must be a plain id", () => {
  const { root, doc } = parse(chinaMapSvg(PILOTS, { idPrefix: "pilots-map" }));
  assert.equal(root.getAttribute("aria-labelledby"), "pilots-map-title");
  assert.ok(doc.getElementById("pilots-map-desc"));
  assert.throws(() => chinaMapSvg(PILOTS, { idPrefix: "a b" }), /idPrefix/);
});

test("width scales the viewBox and the points with it", () => {
  const small = parse(chinaMapSvg(PILOTS, { width: 400 }));
  const large = parse(svgText);
  assert.equal(small.view.width, 400);
  // The padding is fixed, so the proportions match only roughly.
  assert.ok(Math.abs(small.view.height / small.view.width - large.view.height / large.view.width) < 0.02);
  const { projection } = chinaProjection(400);
  for (const p of PILOTS) {
    const [x, y] = projection([p.lon, p.lat])!;
    const { cx, cy } = circleOf(small.doc, p.href);
    assert.ok(Math.abs(cx - x) <= 0.05 && Math.abs(cy - y) <= 0.05, p.id);
    assert.ok(cx < 400 && cy < small.view.height);
  }
});

test("the five-city map stays under 60 KB and is deterministic", () => {
  const bytes = Buffer.byteLength(svgText, "utf8");
  assert.ok(bytes < 60_000, `${bytes} bytes`);
  assert.equal(chinaMapSvg(PILOTS, { title: "五个试点城市", description: "青岛、威海、南宁、成都、宁波的位置" }), svgText);
});
