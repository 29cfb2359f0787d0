import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";

import { buildSite } from "../src/build.ts";
import { InputError } from "../src/data/errors.ts";
import { brokenInputFixture } from "./helpers/fixture.ts";

let fixture: Awaited<ReturnType<typeof brokenInputFixture>>;
const paper = path.join("content", "papers", "local-fta-strategy");
const breakAndBuild: typeof fixture.breakAndBuild = (file, edit) => fixture.breakAndBuild(file, edit);
const assertUntouched = () => fixture.assertUntouched();

before(async () => {
  fixture = await brokenInputFixture();
});
after(() => fixture.cleanup());

test("malformed JSON in corrections.json is named with its file, and nothing is published", async () => {
  const e = await breakAndBuild(path.join(paper, "corrections.json"), (t) => t.replace("[", "[,"));
  assert.ok(e instanceof InputError);
  assert.match(e.message, /corrections\.json.*not valid JSON/);
  await assertUntouched();
});

test("front matter that is not valid YAML names the file", async () => {
  const e = await breakAndBuild(path.join(paper, "index.md"), (t) => t.replace("title: 地方推进", 'title: "地方推进'));
  assert.match(e.message, /index\.md: front matter cannot be read/);
  await assertUntouched();
});

test("a front-matter field of the wrong type names the file and the field", async () => {
  const e = await breakAndBuild(path.join(paper, "index.md"), (t) => t.replace("truncated: true", "truncated: maybe"));
  assert.match(e.message, /index\.md \(at \/front-matter\/truncated\): must be boolean/);
  await assertUntouched();
});

test("a correction that no longer applies names its record and field", async () => {
  const e = await breakAndBuild(path.join(paper, "corrections.json"), (t) => t.replace('"from": "刘恩专(2016)"', '"from": "刘恩专[2016]"'));
  assert.match(e.message, /corrections\.json \(record "k6" \(#5\), at \/5\): correction k6: from "刘恩专\[2016\]" no longer occurs/);
  await assertUntouched();
});

test("a silent edit to the transcription fails the fidelity check and shows where", async () => {
  const e = await breakAndBuild(path.join(paper, "index.md"), (t) => t.replace("进出口企业对FTA协定认知不清晰", "出口企业对FTA协定认知不清晰"));
  assert.match(e.message, /index\.md: the transcription differs from the source/);
  assert.match(e.message, /⟨进出口企业/);
  await assertUntouched();
});

test("a correction pointing at a paragraph that does not exist is refused", async () => {
  const e = await breakAndBuild(path.join(paper, "corrections.json"), (t) => t.replace('"at": "p4"', '"at": "p99"'));
  assert.match(e.message, /\/5\/at.*"p99" is not a paragraph or heading id/);
  await assertUntouched();
});

test("a missing source file is named", async () => {
  const e = await breakAndBuild(path.join(paper, "index.md"), (t) => t.replace("source: 000_0a3bcb4b035d6977.txt", "source: gone.txt"));
  assert.match(e.message, /source file .*gone\.txt is missing/);
  await assertUntouched();
});

test("an unknown field in site settings is named with its pointer", async () => {
  const e = await breakAndBuild(path.join("_data", "site.json"), (t) => t.replace('"title"', '"titel": "x", "title"'));
  assert.match(e.message, /_data\/site\.json \(at \/\): unknown field "titel"/);
  await assertUntouched();
});

// The data sets: each kind of bad record is refused with its file, record and field.
type Rec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const FTAS = path.join("_data", "ftas.json");
const CITIES = path.join("_data", "cities.json");
const LIT = path.join("_data", "literature.json");
const NOTES = path.join("_data", "editorial-notes.json");

test("a record without sources fails validation", async () => {
  const e = await fixture.breakJson<Rec[]>(FTAS, (d) => (d.find((f) => f.id === "china-korea")!.sources = []));
  assert.match(e.message, /_data\/ftas\.json \(record "china-korea" \(#\d+\), at \/\d+\/sources\): must NOT have fewer than 1 items/);
  await assertUntouched();
});

test("a date that is not ISO 8601 names the record and pointer", async () => {
  const e = await fixture.breakJson<Rec[]>(FTAS, (d) => (d.find((f) => f.id === "rcep")!.signed = "2020/11/15"));
  assert.match(e.message, /record "rcep" \(#\d+\), at \/\d+\/signed\): "2020\/11\/15" does not have the form this field requires .*YYYY、YYYY-MM 或 YYYY-MM-DD/);
  // The field may be null, but a wrong date is one error, not also "must be null".
  assert.doesNotMatch(e.message, /must be null/);
  await assertUntouched();
});

test("a source URL that is not http(s) is refused, so no data file can put script in a link", async () => {
  const e = await fixture.breakJson<Rec[]>(FTAS, (d) => (d.find((f) => f.id === "rcep")!.sources[0].url = "javascript:alert(1)"));
  assert.match(e.message, /record "rcep".*\/sources\/0\/url\): "javascript:alert\(1\)" does not have the form this field requires .*以 http:\/\/ 或 https:\/\/ 开头/);
  const w = await fixture.breakJson<Rec[]>(LIT, (d) => (d[0].URL = "www.example.com"));
  assert.match(w.message, /\/0\/URL\): "www\.example\.com" does not have the form this field requires/);
  await assertUntouched();
});

test("a fact left null without a note saying why is refused; a null that only means \"does not apply\" is not", async () => {
  const e = await fixture.breakJson<Rec[]>(FTAS, (d) => {
    d.find((f) => f.id === "rcep")!.signed = null;
    d.find((f) => f.id === "china-australia")!.names.en = null;
  });
  assert.match(e.message, /record "rcep" \(#\d+\), at \/\d+\/signed\): null without a note: .*field "signed"/);
  assert.match(e.message, /record "china-australia" \(#\d+\), at \/\d+\/names\/en\): null without a note/);
  // china-mongolia is only being studied: no signing or entry into force to give, and no note is needed for that.
  assert.doesNotMatch(e.message, /china-mongolia/);
  const c = await fixture.breakJson<Rec[]>(CITIES, (d) => (d.find((x) => x.id === "chengdu")!.platforms[0].date = null));
  assert.match(c.message, /record "chengdu" \(#\d+\), at \/\d+\/platforms\/0\/date\): null without a note: .*field "platforms\[0\]\.date"/);
  await assertUntouched();
});

test("an impossible calendar date is refused", async () => {
  const e = await fixture.breakJson<Rec[]>(FTAS, (d) => (d.find((f) => f.id === "rcep")!.signed = "2020-02-30"));
  assert.match(e.message, /record "rcep".*\/signed\): 2020-02-30 is not a calendar date/);
});

test("a date in the future is refused", async () => {
  const e = await fixture.breakJson<Rec[]>(FTAS, (d) => (d.find((f) => f.id === "rcep")!.inForce = "2999-01-01"));
  assert.match(e.message, /record "rcep".*\/inForce\): 2999-01-01 is in the future/);
  await assertUntouched();
});

test("entry into force before signature is refused", async () => {
  const e = await fixture.breakJson<Rec[]>(FTAS, (d) => (d.find((f) => f.id === "china-korea")!.inForce = "2015-05"));
  assert.match(e.message, /record "china-korea".*\/inForce\): enters into force \(2015-05\) before it is signed \(2015-06-01\)/);
  await assertUntouched();
});

test("a duplicate id names both records", async () => {
  const e = await fixture.breakJson<Rec[]>(FTAS, (d) => d.push({ ...d[0] }));
  assert.match(e.message, /_data\/ftas\.json \(record "china-asean" \(#\d+\), at \/\d+\/id\): duplicate id "china-asean" \(also record #0\)/);
  await assertUntouched();
});

test("a city resting on an unknown agreement id is refused", async () => {
  const e = await fixture.breakJson<Rec[]>(CITIES, (d) => d[0].platforms[0].ftas.push("china-atlantis"));
  assert.match(e.message, /_data\/cities\.json \(record "qingdao" \(#0\), at \/0\/platforms\/0\/ftas\/1\): unknown agreement id "china-atlantis"/);
  await assertUntouched();
});

test("an alias that names two things is refused", async () => {
  const e = await fixture.breakJson<Rec[]>(CITIES, (d) => d[0].aliases.push("RCEP"));
  assert.match(e.message, /alias "RCEP" also names _data\/ftas\.json "rcep"/);
  await assertUntouched();
});

test("an unknown citation key in the Markdown names the paper and paragraph", async () => {
  const e = await fixture.breakJson<Rec[]>(LIT, (d) => d.splice(d.findIndex((w) => w.id === "liu-bin-2018"), 1));
  assert.match(e.message, /index\.md \(at #p3\): line \d+: unknown citation key @liu-bin-2018 in ¶3/);
  await assertUntouched();
});

test("a mistyped citation key is named with its line and the key it most likely meant, and no fidelity noise", async () => {
  const e = await breakAndBuild(path.join(paper, "index.md"), (t) => t.replace("@{liu-enzhuan-2016}", "@{liu-enzhuan-2061}"));
  const lines = (await readFile(path.join(fixture.root, paper, "index.md"), "utf8")).split("\n");
  const line = lines.findIndex((l) => l.includes("@{liu-enzhuan-2016}")) + 1;
  assert.match(e.message, new RegExp(`index\\.md \\(at #p\\d+\\): line ${line}: unknown citation key @liu-enzhuan-2061 in ¶\\d+ \\(did you mean @liu-enzhuan-2016\\?\\)`));
  assert.doesNotMatch(e.message, /the transcription differs/);
  await assertUntouched();
});

test("an editorial note must quote words that are really in its paragraph", async () => {
  const e = await fixture.breakJson<Rec[]>(NOTES, (d) => (d[0].claim = "我国已签署30个FTA"));
  assert.match(e.message, /editorial-notes\.json \(record "n1" \(#0\), at \/0\/claim\): "我国已签署30个FTA" does not occur in local-fta-strategy p1/);
  await assertUntouched();
});

test("a missing data file is named", async () => {
  const e = await fixture.breakAndBuild(path.join("_data", "cities.json"), () => "");
  assert.match(e.message, /_data\/cities\.json: not valid JSON/);
  await assertUntouched();
});

test("a missing or malformed UI string in i18n.json is named with its pointer", async () => {
  const e = await fixture.breakJson<Rec>(path.join("_data", "i18n.json"), (d) => {
    delete d.navHome;
    d.status = "x";
  });
  assert.match(e.message, /_data\/i18n\.json \(at \/\): missing required field "navHome"/);
  assert.match(e.message, /_data\/i18n\.json \(at \/status\): must be object/);
  await assertUntouched();
});

test("every date is checked, not only the agreements': a source's, a work's, a platform's year, a paper's year", async () => {
  const e = await fixture.breakJson<Rec[]>(FTAS, (d) => {
    const rcep = d.find((f) => f.id === "rcep")!;
    rcep.sources[0].date = "2099-01-01";
    rcep.sources[1] ??= { ...rcep.sources[0] };
    rcep.sources[1].date = "2023-02-30";
  });
  assert.match(e.message, /record "rcep" \(#\d+\), at \/\d+\/sources\/0\/date\): 2099-01-01 is in the future/);
  assert.match(e.message, /at \/\d+\/sources\/1\/date\): 2023-02-30 is not a calendar date/);
  const w = await fixture.breakJson<Rec[]>(LIT, (d) => {
    d[0].issued = { "date-parts": [[2018, 13]] };
    d[1].issued = { "date-parts": [[2099]] };
  });
  assert.match(w.message, /\(#0\), at \/0\/issued\/date-parts\/0\): month 13 is not a month/);
  assert.match(w.message, /\(#1\), at \/1\/issued\/date-parts\/0\): 2099 is in the future/);
  const c = await fixture.breakJson<Rec[]>(CITIES, (d) => (d.find((x) => x.id === "chengdu")!.platforms[0].year = 2099));
  assert.match(c.message, /record "chengdu" .*\/platforms\/0\/year\): 2099 is in the future/);
  const p = await breakAndBuild(path.join(paper, "index.md"), (t) => t.replace("year: null", "year: 2099"));
  assert.match(p.message, /index\.md \(at \/front-matter\/year\): 2099 is in the future/);
  await assertUntouched();
});

test("an agreement's status must agree with its dates", async () => {
  const e = await fixture.breakJson<Rec[]>(FTAS, (d) => {
    d.find((f) => f.id === "china-asean")!.status = "studying";
    d.find((f) => f.id === "china-korea")!.status = "signed";
  });
  assert.match(e.message, /record "china-asean" .*\/status\): "studying" but the record gives a signing date \(2002-11-04\)/);
  assert.match(e.message, /record "china-korea" .*\/status\): "signed" but in force since 2015-12-20: the status is "in-force"/);
  await assertUntouched();
});

test("text that is blank to the eye, or carries control, bidi or broken characters, is refused and shown spelled out", async () => {
  const e = await fixture.breakJson<Rec[]>(CITIES, (d) => {
    d.find((x) => x.id === "qingdao")!.province.zh = "山东\u202e省";
    d.find((x) => x.id === "weihai")!.name.zh = "\u200b";
  });
  assert.match(e.message, /record "qingdao" .*\/province\/zh\): "山东\\u202e省" does not have the form this field requires \(非空的文本/);
  assert.match(e.message, /record "weihai" .*\/name\/zh\): "\\u200b" does not have the form/);
  await assertUntouched();
});

test("a byte-order mark at the start of a JSON file (as some Windows editors write) is read past, and not published", async () => {
  const file = path.join(fixture.root, NOTES);
  const original = await readFile(file, "utf8");
  await writeFile(file, `\uFEFF${original}`);
  try {
    await buildSite({ root: fixture.root });
  } finally {
    await writeFile(file, original);
  }
  assert.equal((await readFile(path.join(fixture.root, "_site", "data", "editorial-notes.json"), "utf8"))[0], "[");
  await assertUntouched();
});

test("a DOI, a language tag and a paper's source name have the forms tools and URLs need", async () => {
  const w = await fixture.breakJson<Rec[]>(LIT, (d) => {
    d[0].DOI = "https://doi.org/10.1000/x";
    d[1].language = "klingon";
  });
  assert.match(w.message, /\(#0\), at \/0\/DOI\): "https:\/\/doi\.org\/10\.1000\/x" does not have the form .*10\.xxxx/);
  assert.match(w.message, /\(#1\), at \/1\/language\): "klingon" does not have the form .*BCP 47/);
  const p = await breakAndBuild(path.join(paper, "index.md"), (t) => t.replace("source: 000_0a3bcb4b035d6977.txt", "source: a#b ?.txt").replace("truncated: true", "truncated: true\nlayout: nope.njk"));
  assert.match(p.message, /\/front-matter\/source\): "a#b \?\.txt" does not have the form/);
  assert.match(p.message, /unknown field "layout"/);
  await assertUntouched();
});

/** Builds the fixture, saving `file` as `edit` makes it when rendering starts (after validation read it). */
async function editWhileRendering(file: string, edit: (text: string) => string, expected: RegExp): Promise<void> {
  const original = await readFile(file, "utf8");
  let edited = false;
  try {
    await assert.rejects(
      buildSite({
        root: fixture.root,
        log: (line) => {
          if (line.startsWith("▸ render") && !edited) {
            edited = true;
            writeFileSync(file, edit(original));
          }
        },
      }),
      (e: unknown) => e instanceof InputError && expected.test(e.message),
    );
  } finally {
    await writeFile(file, original);
  }
  assert.ok(edited);
  await assertUntouched();
}

test("a file saved while the site is built, after it was checked, stops the build instead of being published unchecked", async () => {
  await editWhileRendering(
    path.join(fixture.root, FTAS),
    (t) => t.replace('"status": "in-force"', '"status": "<script>alert(1)</script>"'),
    /_data\/ftas\.json: changed while the site was being built, after it was checked: nothing was published/,
  );
});

test("a data file broken while the site is built is named as changed, not as a stack trace from whatever read it next", async () => {
  await editWhileRendering(path.join(fixture.root, "_data", "site.json"), (t) => t.replace(/\}\s*$/, ",}"), /_data\/site\.json: changed while the site was being built/);
});

test("second-round inputs: a reserved id, a point off the map, a URL without a host, year 0, a doubled placeholder, an alias that only looks different", async () => {
  const lit = await fixture.breakJson<Rec[]>(LIT, (d) => {
    d[0].id = "constructor";
    d[1].issued = { "date-parts": [[0]] };
  });
  assert.match(lit.message, /record "constructor" \(#0\), at \/0\/id\): "constructor" is a name JavaScript reserves/);
  assert.match(lit.message, /\(#1\), at \/1\/issued\/date-parts\/0\): 0 is not a year of publication/);
  const city = await fixture.breakJson<Rec[]>(CITIES, (d) => (d.find((x) => x.id === "qingdao")!.coordinates = { lat: 0, lon: 0 }));
  assert.match(city.message, /record "qingdao" .*\/coordinates\): \(0, 0\) is off the city map/);
  const url = await fixture.breakJson<Rec[]>(FTAS, (d) => (d.find((f) => f.id === "rcep")!.sources[0].url = "http://"));
  assert.match(url.message, /record "rcep" .*\/sources\/0\/url\): "http:\/\/" does not have the form/);
  const alias = await fixture.breakJson<Rec[]>(FTAS, (d) => d.find((f) => f.id === "china-korea")!.names.aliases.push("ＲＣＥＰ"));
  assert.match(alias.message, /name or alias "ＲＣＥＰ" also names _data\/ftas\.json "rcep"|name or alias "RCEP" also names _data\/ftas\.json "china-korea"/);
  const i18n = await fixture.breakJson<Rec>(path.join("_data", "i18n.json"), (d) => (d.searchCount = "找到 {{n}} 处结果"));
  assert.match(i18n.message, /_data\/i18n\.json \(at \/searchCount\): "找到 \{\{n\}\} 处结果" does not have the form .*不含其他花括号/);
  const site = await fixture.breakJson<Rec>(path.join("_data", "site.json"), (d) => (d.title = " \u202e"));
  assert.match(site.message, /_data\/site\.json \(at \/title\): " \\u202e" does not have the form/);
  await assertUntouched();
});

test("a stray file in _data/ and a broken schema are named, not a stack trace", async () => {
  const stray = path.join(fixture.root, "_data", "downloads.json");
  await writeFile(stray, '[{"name":"evil"}]');
  try {
    await assert.rejects(buildSite({ root: fixture.root }), (e: unknown) => e instanceof InputError && /_data\/downloads\.json: not one of the data sets/.test(e.message));
  } finally {
    await rm(stray);
  }
  const e = await breakAndBuild(path.join("_data", "schemas", "ftas.schema.json"), (t) => t.slice(0, 200));
  assert.match(e.message, /_data\/schemas\/ftas\.schema\.json: not a usable schema/);
  await assertUntouched();
});

test("a key given twice in one record is named with its line, not resolved silently", async () => {
  let edited = "";
  const e = await breakAndBuild(LIT, (t) => (edited = t.replace('"citedAs": "刘斌（2018）",', '"citedAs": "刘斌（2018）",\n    "citedAs": "张三（1999）",')));
  const line = edited.slice(0, edited.indexOf('"citedAs": "张三')).split("\n").length;
  assert.match(e.message, new RegExp(`_data/literature\\.json \\(record "liu-bin-2018" \\(#0\\), at /0/citedAs\\): "citedAs" is given twice in one object \\(line ${line}\\)`));
  await assertUntouched();
});

test("a missing schemas folder is named, not a stack trace", async () => {
  const dir = path.join(fixture.root, "_data", "schemas");
  await rename(dir, `${dir}-away`);
  try {
    await assert.rejects(buildSite({ root: fixture.root }), (e: unknown) => e instanceof InputError && /_data\/schemas: folder is missing/.test(e.message));
  } finally {
    await rename(`${dir}-away`, dir);
  }
  await assertUntouched();
});

test("a tag in a field that citations format is refused by name: citeproc would set it as markup, not show it", async () => {
  const e = await fixture.breakJson<Rec[]>(LIT, (d) => (d.find((w) => w.id === "han-jian-2020a")!.title = "x<sup>2</sup> 的测度"));
  assert.match(e.message, /record "han-jian-2020a" \(#\d+\), at \/\d+\/title\): "x<sup>2<\/sup> 的测度" does not have the form this field requires .*排版标记/);
  const a = await fixture.breakJson<Rec[]>(LIT, (d) => (d.find((w) => w.id === "liu-bin-2018")!.author[0].family = "<i>刘"));
  assert.match(a.message, /record "liu-bin-2018".*\/author\/0\/family\): "<i>刘" does not have the form/);
  const p = await breakAndBuild(path.join(paper, "index.md"), (s) => s.replace(/^title: .*$/m, "title: 地方推进落实国家<b>FTA</b>战略的路径研究"));
  assert.match(p.message, /index\.md.*\/title\): ".*<b>FTA<\/b>.*" does not have the form this field requires/);
  await assertUntouched();
});

test("a source whose title is not Chinese must say its language, so the page can mark it for screen readers", async () => {
  const e = await fixture.breakJson<Rec[]>(FTAS, (d) => delete d.find((f) => f.id === "rcep")!.sources.find((s: Rec) => s.language === "en")!.language);
  assert.match(e.message, /record "rcep".*\/sources\/\d+\): missing required field "language"/);
  await assertUntouched();
});

/** Adds files (or links) to the fixture, builds, removes them again, and returns the build's input error. */
const withExtra = async (make: () => Promise<string[]>) => fixture.refusedBuild(await make());

test("third-round inputs: a symbolic link among the papers, code in front matter, stray files among the schemas", async () => {
  const outside = await mkdtemp(path.join(tmpdir(), "evil-"));
  await writeFile(path.join(outside, "index.md"), '---\ntitle: "Evil"\nscripts: ["https://evil.example/x.js"]\n---\nhello\n');
  const linked = await withExtra(async () => {
    const link = path.join(fixture.root, paper, "..", "evil");
    await symlink(outside, link);
    return [link];
  });
  assert.match(linked.message, /content\/papers\/evil: a symbolic link: Eleventy would follow it/);
  await rm(outside, { recursive: true, force: true });

  const proof = path.join(tmpdir(), `front-matter-ran-${process.pid}`);
  const code = await breakAndBuild(path.join(paper, "index.md"), (t) => t.replace(/^---\n/, `---js\n{ ran: require("fs").writeFileSync(${JSON.stringify(proof)}, "ran") }\n---\n---\n`));
  assert.match(code.message, /index\.md: front matter cannot be read: JavaScript front matter would run as code/);
  assert.equal(existsSync(proof), false, "the code did not run");

  const schemas = path.join(fixture.root, "_data", "schemas");
  const strays = await withExtra(async () => {
    await writeFile(path.join(schemas, "evil.cjs"), `require("fs").writeFileSync(${JSON.stringify(proof)}, "ran"); module.exports = {};`);
    await writeFile(path.join(schemas, "notes.json"), '{"evil": "<img src=x onerror=alert(1)>"}');
    return [path.join(schemas, "evil.cjs"), path.join(schemas, "notes.json")];
  });
  assert.match(strays.message, /_data\/schemas\/evil\.cjs: only \*\.schema\.json files belong here/);
  assert.match(strays.message, /_data\/schemas\/notes\.json: only \*\.schema\.json files belong here/);
  assert.equal(existsSync(proof), false, "the data file did not run");
  await assertUntouched();
});

test("a schema that cannot compile names its file: a misspelt keyword, a broken pattern, a wrong $id", async () => {
  const ftasSchema = path.join("_data", "schemas", "ftas.schema.json");
  const misspelt = await breakAndBuild(ftasSchema, (t) => t.replace('"additionalProperties": false', '"additionalProperties": false, "requried": ["id"]'));
  assert.match(misspelt.message, /_data\/schemas\/ftas\.schema\.json: not a usable schema: .*requried/);
  const pattern = await breakAndBuild(path.join("_data", "schemas", "literature.schema.json"), (t) => t.replace('"pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"', '"pattern": "^[a-z0-9+$"'));
  assert.match(pattern.message, /_data\/schemas\/literature\.schema\.json: not a usable schema/);
  const id = await breakAndBuild(path.join("_data", "schemas", "editorial-notes.schema.json"), () => "{}");
  assert.match(id.message, /editorial-notes\.schema\.json: not a usable schema: its "\$id" must be its file name/);
  await assertUntouched();
});

test("front matter is read as Eleventy reads it (YAML 1.2), with tags typed; files must be UTF-8; cited titles stay on one line", async () => {
  const clock = await breakAndBuild(path.join(paper, "index.md"), (t) => t.replace(/^year: .*$/m, "year: 33:40"));
  assert.match(clock.message, /index\.md \(at \/front-matter\/year\): must be integer/, "YAML 1.1 would have read 33:40 as the number 2020");
  const tags = await breakAndBuild(path.join(paper, "index.md"), (t) => t.replace(/^title: /m, 'tags: { evil: "<script>" }\ntitle: '));
  assert.match(tags.message, /index\.md \(at \/front-matter\/tags\): must be array/);
  const lit = path.join(fixture.root, LIT);
  const original = await readFile(lit);
  // 刘斌 in GBK, as a Chinese Windows editor might save it.
  writeFileSync(lit, Buffer.concat([original.subarray(0, 20), Buffer.from([0xc1, 0xf5, 0xb1, 0xf3]), original.subarray(20)]));
  try {
    await assert.rejects(buildSite({ root: fixture.root }), (e: unknown) => e instanceof InputError && /_data\/literature\.json: not UTF-8 text \(line \d+ is the first/.test(e.message));
  } finally {
    writeFileSync(lit, original);
  }
  const newline = await fixture.breakJson<Rec[]>(LIT, (d) => (d.find((w) => w.id === "han-jian-2020a")!.title = "企业利用FTA出口\n的影响因素分析"));
  assert.match(newline.message, /record "han-jian-2020a".*\/title\): .* does not have the form this field requires \(只占一行/);
  await assertUntouched();
});

test("fourth-round inputs: code in any template's front matter, dot-named data files, tags in the site title or a DOI, a Chinese title stating a language, a schema not in UTF-8", async () => {
  const proof = path.join(tmpdir(), `front-matter-ran-${process.pid}-4`);
  for (const language of ["jsLegacy", "js", "javascript"]) {
    const page = path.join(fixture.root, "content", "fm-test.njk");
    await writeFile(page, `---${language}\n{ title: (require("fs").writeFileSync(${JSON.stringify(proof)}, "ran"), "x") }\n---\n{{ title }}\n`);
    try {
      await assert.rejects(buildSite({ root: fixture.root }), (e: Error) => /fm-test\.njk/.test(e.message) && /Caused by: JavaScript front matter would run as code/.test(e.stack!), `---${language} in a page of our own`);
    } finally {
      await rm(page, { force: true });
    }
    assert.equal(existsSync(proof), false, `---${language}: the code did not run`);
  }

  const dotted = await withExtra(async () => {
    const files = [path.join(fixture.root, "_data", ".evil.cjs"), path.join(fixture.root, "_data", "schemas", ".notes.json")];
    await writeFile(files[0]!, `require("fs").writeFileSync(${JSON.stringify(proof)}, "ran"); module.exports = {};`);
    await writeFile(files[1]!, "{}");
    return files;
  });
  assert.match(dotted.message, /_data\/\.evil\.cjs: not one of the data sets/);
  assert.match(dotted.message, /_data\/schemas\/\.notes\.json: only \*\.schema\.json files belong here/);
  assert.equal(existsSync(proof), false);

  const site = await breakAndBuild(path.join("_data", "site.json"), (t) => t.replace(/"title": "([^"]*)"/, '"title": "$1<i>斜</i>"'));
  assert.match(site.message, /_data\/site\.json \(at \/title\): .* does not have the form this field requires/);
  const doi = await fixture.breakJson<Rec[]>(LIT, (d) => (d.find((w) => w.id === "han-jian-2020a")!.DOI = "10.1234/<b>x</b>"));
  assert.match(doi.message, /record "han-jian-2020a".*\/DOI\): "10\.1234\/<b>x<\/b>" does not have the form/);
  const chinese = await fixture.breakJson<Rec[]>(FTAS, (d) => (d.find((f) => f.id === "china-korea")!.sources.find((s: Rec) => !s.language).language = "en"));
  assert.match(chinese.message, /record "china-korea".*\/sources\/\d+\/language\): 中文题名不填 language/);

  const schema = path.join(fixture.root, "_data", "schemas", "ftas.schema.json");
  const original = await readFile(schema);
  const at = original.indexOf(Buffer.from('"description": "'));
  writeFileSync(schema, Buffer.concat([original.subarray(0, at + 16), Buffer.from([0xc1, 0xf5]), original.subarray(at + 16)]));
  try {
    await assert.rejects(buildSite({ root: fixture.root }), (e: unknown) => e instanceof InputError && /ftas\.schema\.json: not a usable schema: not UTF-8 text/.test(e.message));
  } finally {
    writeFileSync(schema, original);
  }
  await assertUntouched();
});

test("a work the paper letters 2021a must come first among its author's works of 2021, as GB/T and APA letter them", async () => {
  const e = await fixture.breakJson<Rec[]>(LIT, (d) => {
    const base = d.find((w) => w.id === "liu-bin-2018")!;
    const work = (id: string, citedAs: string, title: string) => ({ ...structuredClone(base), id, citedAs, title, author: [{ family: "王", given: "明" }], issued: { "date-parts": [[2021]] } });
    d.push(work("wang-ming-2021b", "王明（2021b）", "RCEP原产地规则的地方实践"), work("wang-ming-2021a", "王明（2021a）", "地方政府与自贸协定利用"));
  });
  assert.match(e.message, /record "wang-ming-2021b" \(#\d+\), at \/\d+\/citedAs\): the paper letters this work b \(王明（2021b）\), but .*\("wang-ming-2021b", "wang-ming-2021a"\), which makes it a: put the records in the order the paper letters them/);
  await assertUntouched();
});

test("a staging dir left by a build whose process was killed is cleared by the next build; a live one is left alone", async () => {
  const gone = spawnSync(process.execPath, ["-e", "0"]).pid!;
  const build = path.join(fixture.root, ".build");
  const stale = path.join(build, `_site-${gone}-1`);
  const live = path.join(build, `_site-${process.ppid}-1`);
  await leaveStagingDir(stale);
  await leaveStagingDir(live);
  await breakAndBuild(path.join(paper, "corrections.json"), (t) => t.replace("[", "[,"));
  assert.equal(existsSync(stale), false, "the dead build's staging dir is gone");
  assert.equal(existsSync(live), true, "a running build's is not touched");
  await rm(live, { recursive: true, force: true });
  await assertUntouched();
});

async function leaveStagingDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "index.html"), "left over");
}
