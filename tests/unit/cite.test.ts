import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { Cite } from "../../src/cite/citation-js.ts";
import { authorDateStyle } from "../../src/cite/styles/author-date.ts";
import { standaloneStyle } from "../../src/cite/styles/standalone.ts";
import { italicsOnly, RichTextError } from "../../src/cite/italics.ts";
import { apaEntries, citationName, formatCitations, mayShareCitation, paperRecord, paragraphCitation } from "../../src/entities/citations.ts";
import {
  bibliography,
  bibliographyEntries,
  bibliographyHtml,
  exportBibtex,
  exportCslJson,
  exportRis,
  inTextCitation,
  localeFor,
  toCsl,
  type CitationRecord,
} from "../../src/cite/index.ts";
import { hanJian } from "../helpers/records.ts";

// Records as the site stores them (nulls for unknowns, our own fields alongside). hanJian
// (tests/helpers/records.ts) and the two below are the site's own data; "fixture-*" records are
// invented test data.
const liuBin = {
  id: "liu-bin-2018",
  type: "article",
  author: [{ family: "刘", given: "斌" }],
  issued: { "date-parts": [[2018]] },
  title: null,
  "container-title": null,
  language: "zh-CN",
};
const hangzhouCustoms = {
  id: "hangzhou-customs-2019",
  type: "article",
  author: [{ literal: "杭州海关课题组" }],
  issued: { "date-parts": [[2019]] },
  title: null,
  language: "zh-CN",
};
const paper = {
  id: "local-fta-strategy",
  type: "article-journal",
  title: "地方推进落实国家FTA战略的路径研究",
  author: [{ family: "刘", given: "晓玲" }, { family: "黄", given: "卫勇" }, { family: "许", given: "晓芹" }],
  language: "zh-CN",
  URL: "https://example.github.io/site/papers/local-fta-strategy/",
};
const full = {
  id: "fixture-full",
  type: "article-journal",
  author: [{ family: "王", given: "明" }],
  issued: { "date-parts": [[2018]] },
  title: "自由贸易协定利用率的测度方法",
  "container-title": "国际贸易问题",
  volume: "35",
  issue: "2",
  page: "45-49",
  language: "zh-CN",
};
const fourAuthors = {
  id: "fixture-four",
  type: "article-journal",
  author: [
    { family: "张", given: "三" },
    { family: "李", given: "四" },
    { family: "王", given: "五" },
    { family: "赵", given: "六" },
  ],
  issued: { "date-parts": [[2019]] },
  title: "原产地规则与企业出口",
  "container-title": "国际贸易问题",
  issue: "3",
  page: "1-10",
  language: "zh-CN",
};
const baier = {
  id: "baier-bergstrand-2007",
  type: "article-journal",
  author: [{ family: "Baier", given: "Scott L." }, { family: "Bergstrand", given: "Jeffrey H." }],
  issued: { "date-parts": [[2007]] },
  title: "Do free trade agreements actually increase members' international trade?",
  "container-title": "Journal of International Economics",
  volume: "71",
  issue: "1",
  page: "72-95",
  DOI: "10.1016/j.jinteco.2006.02.005",
  language: "en",
};
const englishBook = {
  id: "fixture-english-book",
  type: "book",
  author: [
    { family: "Smith", given: "John" },
    { family: "Doe", given: "Jane" },
    { family: "Roe", given: "Richard" },
    { family: "Poe", given: "Anna" },
  ],
  issued: { "date-parts": [[2009]] },
  title: "Regional trade agreements",
  publisher: "Cambridge University Press",
  "publisher-place": "Cambridge",
  edition: "2",
  language: "en",
};

// ---------------------------------------------------------------- toCsl

test("toCsl drops our own fields, nulls and empty values, and keeps names as given", () => {
  assert.deepEqual(toCsl(hanJian), {
    id: "han-jian-2020a",
    type: "article-journal",
    author: [{ family: "岳", given: "文" }, { family: "韩", given: "剑" }],
    issued: { "date-parts": [[2020]] },
    title: "企业利用FTA出口的影响因素分析",
    "container-title": "北京工商大学学报(社会科学版)",
    volume: "35",
    issue: "2",
    URL: "http://btbuskxb.ijournals.cn/ebook/2020_2/files/basic-html/page46.html",
    language: "zh-CN",
  });
  assert.deepEqual(toCsl(hangzhouCustoms).author, [{ literal: "杭州海关课题组" }]);
  assert.deepEqual(Object.keys(toCsl(liuBin)).sort(), ["author", "id", "issued", "language", "type"]);
  assert.deepEqual(toCsl({ id: "x", type: "book", author: [], title: "  ", issued: { "date-parts": [] } }), { id: "x", type: "book" });
});

test("toCsl does not change its input", () => {
  const before = JSON.stringify(hanJian);
  toCsl(hanJian);
  assert.equal(JSON.stringify(hanJian), before);
});

// ---------------------------------------------------------------- GB/T 7714-2015

const gbt = (record: CitationRecord): string => bibliography([record], "gb-t-7714");

test("GB/T: single author, full journal data", () => {
  assert.equal(gbt(full), "王明. 自由贸易协定利用率的测度方法[J]. 国际贸易问题, 2018, 35(2): 45-49.");
});

test("GB/T: two authors; a URL makes the item an online one ([J/OL] and the address)", () => {
  assert.equal(
    gbt(hanJian),
    "岳文, 韩剑. 企业利用FTA出口的影响因素分析[J/OL]. 北京工商大学学报(社会科学版), 2020, 35(2). " +
      "http://btbuskxb.ijournals.cn/ebook/2020_2/files/basic-html/page46.html.",
  );
});

test("GB/T: a corporate author as written; unknown title and type drop out", () => {
  assert.equal(gbt(hangzhouCustoms), "杭州海关课题组. 2019.");
});

test("GB/T: author and year only", () => {
  assert.equal(gbt(liuBin), "刘斌. 2018.");
});

// ---------------------------------------------------------------- GB/T 著者-出版年制

const authorDate = (...records: CitationRecord[]) => bibliographyEntries(records, "gb-t-7714-author-date");

test("GB/T author-date: the year follows the authors and leaves the journal's place", () => {
  assert.deepEqual(authorDate(full, liuBin, hangzhouCustoms), [
    "王明, 2018. 自由贸易协定利用率的测度方法[J]. 国际贸易问题, 35(2): 45-49.",
    "刘斌, 2018.",
    "杭州海关课题组, 2019.",
  ]);
});

test("GB/T author-date: two works that would read alike get 2010a and 2010b; the book's imprint loses its year", () => {
  const book = (id: string, title: string): CitationRecord => ({ id, type: "book", title, author: [{ family: "王", given: "五" }], publisher: "出版社", "publisher-place": "北京", issued: { "date-parts": [[2010]] } });
  assert.deepEqual(authorDate(book("a", "甲书"), book("b", "乙书")), ["王五, 2010a. 甲书[M]. 北京: 出版社.", "王五, 2010b. 乙书[M]. 北京: 出版社."]);
});

test("the author-date style is derived from the numeric one and says so when the numeric one changes under it", () => {
  const numeric = readFileSync(new URL("../../src/cite/styles/gb-t-7714-2015.csl", import.meta.url), "utf8");
  assert.match(authorDateStyle(numeric), /citation-format="author-date"/);
  assert.throws(() => authorDateStyle(numeric.replace('<text macro="place-publisher"/>', "")), /no longer contains/);
});

test("GB/T: more than three Chinese authors → first three, 等; no volume → 年(期)", () => {
  assert.equal(gbt(fourAuthors), "张三, 李四, 王五, 等. 原产地规则与企业出口[J]. 国际贸易问题, 2019(3): 1-10.");
});

test("GB/T: Latin names as FAMILY + initials; DOI at the end", () => {
  // The curly apostrophe is citeproc's typographic quote, not ours.
  assert.equal(
    gbt(baier),
    "BAIER S L, BERGSTRAND J H. Do free trade agreements actually increase members’ international trade?[J]. " +
      "Journal of International Economics, 2007, 71(1): 72-95. DOI:10.1016/j.jinteco.2006.02.005.",
  );
});

test("GB/T: more than three Latin authors → et al.; book imprint and edition", () => {
  assert.equal(
    gbt(englishBook),
    "SMITH J, DOE J, ROE R, et al. Regional trade agreements[M]. 2nd ed. Cambridge: Cambridge University Press, 2009.",
  );
});

test("GB/T: the paper itself, with no date or journal known", () => {
  assert.equal(
    gbt(paper),
    "刘晓玲, 黄卫勇, 许晓芹. 地方推进落实国家FTA战略的路径研究[J/OL]. https://example.github.io/site/papers/local-fta-strategy/.",
  );
});

test("GB/T: other types take their codes and layouts", () => {
  const base = { author: [{ family: "王", given: "五" }], language: "zh-CN" };
  assert.equal(
    gbt({ ...base, id: "n", type: "article-newspaper", title: "报道", "container-title": "人民日报", issued: { "date-parts": [[2019, 3, 5]] }, page: "4" }),
    "王五. 报道[N]. 人民日报, 2019-03-05(4).",
  );
  assert.equal(
    gbt({ ...base, id: "w", type: "webpage", title: "网页", issued: { "date-parts": [[2019, 3, 5]] }, accessed: { "date-parts": [[2020, 1, 2]] }, URL: "http://example.cn/a" }),
    "王五. 网页[EB/OL]. (2019-03-05)[2020-01-02]. http://example.cn/a.",
  );
  assert.equal(
    gbt({ ...base, id: "c", type: "chapter", title: "章", editor: [{ family: "李", given: "四" }], "container-title": "论文集", publisher: "中华书局", "publisher-place": "北京", issued: { "date-parts": [[2019]] }, page: "1-9", edition: "2" }),
    "王五. 章[M]//李四. 论文集. 2版. 北京: 中华书局, 2019: 1-9.",
  );
  assert.equal(gbt({ ...base, id: "d", type: "thesis", title: "论文", publisher: "北京大学", "publisher-place": "北京", issued: { "date-parts": [[2010]] } }), "王五. 论文[D]. 北京: 北京大学, 2010.");
  assert.equal(gbt({ ...base, id: "r", type: "report", title: "报告", issued: { "date-parts": [[2010]] } }), "王五. 报告[R]. 2010.");
  assert.equal(gbt({ ...base, id: "p", type: "paper-conference", title: "会议论文", "container-title": "会议论文集", issued: { "date-parts": [[2010]] } }), "王五. 会议论文[C]//会议论文集. 2010.");
  assert.equal(gbt({ ...base, id: "z", type: "article", title: "题名", issued: { "date-parts": [[2010]] } }), "王五. 题名[Z]. 2010.");
});

test("GB/T: a mixed list keeps the given order and writes 等 or et al. by each item's language", () => {
  const list = [englishBook, fourAuthors, liuBin, baier];
  const entries = bibliographyEntries(list, "gb-t-7714");
  assert.equal(entries.length, 4);
  assert.match(entries[0]!, /^SMITH J, DOE J, ROE R, et al\. /);
  assert.match(entries[1]!, /^张三, 李四, 王五, 等\. /);
  assert.equal(entries[2], "刘斌. 2018.");
  assert.match(entries[3]!, /^BAIER S L/);
  assert.equal(bibliography(list, "gb-t-7714"), entries.join("\n"));
});

test("GB/T: the site's literature has no dangling punctuation or empty brackets", () => {
  const literature = JSON.parse(readFileSync(new URL("../../_data/literature.json", import.meta.url), "utf8")) as CitationRecord[];
  for (const entry of bibliographyEntries(literature, "gb-t-7714")) {
    assert.doesNotMatch(entry, /\[\]|\(\)|\[Z\]|, ?\.|\. ?,|\.\.|: ?\.|\bundefined\b|\bnull\b/, entry);
    assert.match(entry, /\.$/, entry);
  }
});

test("an empty list formats to nothing", () => {
  assert.equal(bibliography([], "gb-t-7714"), "");
  assert.equal(bibliographyHtml([], "apa"), '<ul class="csl-bib-body"></ul>');
});

test("the locale follows the item's language, else the script of its title and names", () => {
  assert.equal(localeFor(toCsl(hanJian)), "zh-CN");
  assert.equal(localeFor(toCsl(baier)), "en-US");
  assert.equal(localeFor({ id: "a", type: "book", author: [{ family: "刘", given: "斌" }] }), "zh-CN");
  assert.equal(localeFor({ id: "b", type: "book", title: "Trade" }), "en-US");
  const unlabelled = { ...fourAuthors, language: null };
  assert.match(bibliography([unlabelled], "gb-t-7714"), /^张三, 李四, 王五, 等\. /);
  assert.match(bibliography([unlabelled], "gb-t-7714", { locale: "en-US" }), /^张三, 李四, 王五, et al\. /);
});

test("duplicate ids are refused rather than silently merged", () => {
  assert.throws(() => bibliography([liuBin, liuBin], "gb-t-7714"), /duplicate id "liu-bin-2018"/);
});

test("HTML: entries are escaped and listed in an <ol> for GB/T", () => {
  const html = bibliographyHtml([{ ...full, title: "A & <b>" }, liuBin], "gb-t-7714");
  assert.equal(
    html,
    '<ol class="csl-bib-body">' +
      '<li class="csl-entry" data-csl-entry-id="fixture-full">王明. A &#38; &#60;b&#62;[J]. 国际贸易问题, 2018, 35(2): 45-49.</li>' +
      '<li class="csl-entry" data-csl-entry-id="liu-bin-2018">刘斌. 2018.</li>' +
      "</ol>",
  );
  const linked = bibliographyEntries([hanJian], "gb-t-7714", "html", { hyperlinks: true })[0]!;
  assert.match(linked, /<a href="http:\/\/btbuskxb\.ijournals\.cn\/[^"]+">/);
});

// ---------------------------------------------------------------- APA 7

test("APA: full journal data", () => {
  assert.equal(bibliography([full], "apa"), "王明. (2018). 自由贸易协定利用率的测度方法. 国际贸易问题, 35(2), 45–49.");
});

test("APA: a corporate author", () => {
  assert.equal(bibliography([hangzhouCustoms], "apa"), "杭州海关课题组. (2019).");
});

test("APA: Latin names, DOI as a URL", () => {
  assert.equal(
    bibliography([baier], "apa"),
    "Baier, S. L., & Bergstrand, J. H. (2007). Do free trade agreements actually increase members’ international trade? " +
      "Journal of International Economics, 71(1), 72–95. https://doi.org/10.1016/j.jinteco.2006.02.005",
  );
});

test("APA: an undated web page ends with its URL; with an access date it says when it was retrieved", () => {
  const page = { id: "web", type: "webpage", title: "地方推进落实国家FTA战略的路径研究", author: [{ family: "刘", given: "晓玲" }], "container-title": "文库", URL: "https://example.org/papers/a/", language: "zh-CN" } as CitationRecord;
  assert.equal(bibliography([page], "apa"), "刘晓玲. (n.d.). 地方推进落实国家FTA战略的路径研究. 文库. https://example.org/papers/a/");
  assert.doesNotMatch(bibliographyEntries([page], "apa", "html", { hyperlinks: true })[0]!, /Retrieved/);
  const accessed = { ...page, accessed: { "date-parts": [[2026, 11, 25]] } } as CitationRecord;
  assert.match(bibliography([accessed], "apa"), /Retrieved November 25, 2026, from https:\/\/example\.org\/papers\/a\/$/);
});

test("APA: the given order is kept (no author sort)", () => {
  const entries = bibliographyEntries([baier, full], "apa");
  assert.match(entries[0]!, /^Baier/);
  assert.match(entries[1]!, /^王明/);
});

test("APA: two papers of one author and year are 2020a and 2020b in a list, and neither when each is cited on its own", () => {
  const paper = (n: number) => ({ id: `fixture-paper-${n}`, type: "webpage", title: `题${n}`, author: [{ family: "刘", given: "晓玲" }], issued: { "date-parts": [[2020]] }, language: "zh-CN" }) as CitationRecord;
  const list = bibliographyEntries([paper(1), paper(2)], "apa");
  assert.match(list[0]!, /\(2020a\)/);
  assert.match(list[1]!, /\(2020b\)/);
  assert.deepEqual(bibliographyEntries([paper(1), paper(2)], "apa-standalone"), ["刘晓玲. (2020). 题1.", "刘晓玲. (2020). 题2."]);
  assert.deepEqual(bibliographyEntries([full, baier], "apa-standalone"), bibliographyEntries([full, baier], "apa"));
});

test("papers that APA could cite alike are told apart as the standalone style needs; others share the works' engine", () => {
  const paper = (family: string, year: number | null) => ({ id: `fixture-${family}-${year}`, type: "webpage", title: `${family}${year}`, author: [{ family, given: "某" }], ...(year ? { issued: { "date-parts": [[year]] } } : {}) }) as CitationRecord;
  assert.equal(mayShareCitation([paper("刘", 2020), paper("刘", 2021), paper("王", 2020)]), false);
  assert.equal(mayShareCitation([paper("刘", 2020), paper("王", 2021), paper("刘", 2020)]), true);
  assert.equal(mayShareCitation([paper("刘", null), paper("刘", null)]), true, "n.d. and n.d.");
  assert.equal(mayShareCitation([paper("刘", 2020)]), false);
  const made = apaEntries({ papers: [paper("刘", 2020), paper("刘", 2020)].map((p, i) => ({ ...p, id: `${p.id}-${i}`, title: `${p.title}-${i}` })), works: [] });
  assert.deepEqual(made.papers, ["刘某. (2020). <i>刘2020-0</i>.", "刘某. (2020). <i>刘2020-1</i>."], "no 2020a and 2020b on two papers' own entries");
});

test("the standalone style is derived from APA and says so when APA's disambiguation rules move", () => {
  assert.doesNotMatch(standaloneStyle('<style><citation collapse="year" disambiguate-add-year-suffix="true" et-al-min="3"><layout/></citation></style>'), /disambiguate/);
  assert.throws(() => standaloneStyle('<style><citation collapse="year"><layout/></citation></style>'), /no longer has disambiguation rules/);
});

// ---------------------------------------------------------------- exports

const roundTripSet = [full, hanJian, hangzhouCustoms, liuBin, fourAuthors, baier, englishBook];

/** What a round trip must keep: title, authors (as written), year. */
function essentials(item: Record<string, unknown>): { title: unknown; authors: string[]; year: unknown } {
  const names = (item.author ?? []) as Array<{ family?: string; given?: string; literal?: string }>;
  const issued = item.issued as { "date-parts"?: number[][] } | undefined;
  return {
    title: item.title,
    // A corporate name comes back from BibTeX and RIS as `family`, not `literal`; its text is what matters.
    authors: names.map((n) => n.literal ?? [n.family, n.given].filter(Boolean).join("|")),
    year: issued?.["date-parts"]?.[0]?.[0],
  };
}

test("BibTeX round trip keeps titles, authors and years", () => {
  const bibtex = exportBibtex(roundTripSet);
  assert.match(bibtex, /@article\{han-jian-2020a,/);
  assert.match(bibtex, /author = \{岳, 文 and 韩, 剑\}/);
  assert.match(bibtex, /@misc\{liu-bin-2018,/, "a generic CSL article is not claimed as a journal article");
  assert.match(bibtex, /\}\n$/);
  const page = exportBibtex([{ id: "w", type: "webpage", title: "题名", URL: "https://example.org/p/" }]);
  assert.equal(page.match(/https:\/\/example\.org\/p\//g)?.length, 1, "the URL once (url), not again as howpublished");
  const back = new Cite(bibtex).data;
  assert.deepEqual(back.map(essentials), roundTripSet.map((r) => essentials(toCsl(r))));
});

test("RIS round trip keeps titles, authors and years; long values are not folded", () => {
  const ris = exportRis(roundTripSet);
  assert.match(ris, /^UR {2}- http:\/\/btbuskxb\.ijournals\.cn\/ebook\/2020_2\/files\/basic-html\/page46\.html$/m);
  assert.match(ris, /^TI {2}- Do free trade agreements actually increase members' international trade\?$/m);
  const back = new Cite(ris).data;
  assert.deepEqual(back.map(essentials), roundTripSet.map((r) => essentials(toCsl(r))));
});

test("CSL-JSON export is the clean items, pretty-printed; a work of unknown type is a document (Zotero reads `article` as a preprint)", () => {
  const json = exportCslJson([hanJian, liuBin]);
  assert.equal(liuBin.type, "article");
  assert.deepEqual(JSON.parse(json), [toCsl(hanJian), { ...toCsl(liuBin), type: "document" }]);
  assert.match(json, /\n {2}\{\n {4}"id": "han-jian-2020a"/);
  assert.doesNotMatch(json, /citedAs|sources|notes|null/);
});

// ---------------------------------------------------------------- in-text

test("inTextCitation: the paper's own wording wins", () => {
  assert.equal(inTextCitation(hanJian), "韩剑（2020）");
});

test("inTextCitation: derived from authors and year", () => {
  assert.equal(inTextCitation({ id: "z", type: "article", author: [{ family: "张", given: "波" }, { family: "刘", given: "佳" }], issued: { "date-parts": [[2018]] } }), "张波、刘佳（2018）");
  assert.equal(inTextCitation(hangzhouCustoms), "杭州海关课题组（2019）");
  assert.equal(inTextCitation(liuBin), "刘斌（2018）");
  assert.equal(inTextCitation(fourAuthors), "张三等（2019）");
  assert.equal(inTextCitation(paper), "刘晓玲、黄卫勇、许晓芹", "no year known, none written");
  assert.equal(inTextCitation(baier), "Baier、Bergstrand（2007）");
  assert.equal(inTextCitation({ ...liuBin, citedAs: "" }), "刘斌（2018）", "an empty citedAs is no wording");
  assert.equal(inTextCitation({ id: "t", type: "book", title: "题名", issued: { "date-parts": [[2001]] } }), "《题名》（2001）");
});

test("APA goes to the page as HTML whose only tags are its italics; its text is the plain entry's", () => {
  const records = [full, hanJian, hangzhouCustoms, liuBin, fourAuthors, baier, englishBook];
  const { works } = apaEntries({ papers: [], works: records });
  const plain = bibliographyEntries(records, "apa");
  const text = (html: string) => html.replace(/<[^>]*>/g, "").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
  works.forEach((html, i) => assert.equal(text(html), plain[i]));
  assert.match(works[1]!, /<i>北京工商大学学报\(社会科学版\)<\/i>, <i>35<\/i>\(2\)/);
});

test("a field holding markup citeproc would render is refused by name, not set on the page", () => {
  assert.equal(italicsOnly("王明. (2018). <i>书</i>. A &#38; B &#60;b&#62;.", "r"), "王明. (2018). <i>书</i>. A &#38; B &#60;b&#62;.");
  assert.equal(italicsOnly('<i>题 <span style="font-style:normal;">种</span></i>', "r").length > 0, true);
  assert.throws(() => italicsOnly("<b>粗</b>", "fixture-bold"), (e: Error) => e instanceof RichTextError && /"fixture-bold".*<b>/.test(e.message));
  assert.throws(() => italicsOnly('<span style="font-variant:small-caps;">x</span>', "r"), RichTextError);
  assert.throws(() => apaEntries({ papers: [], works: [{ ...full, id: "fixture-sup", title: "x<sup>2</sup>" }] }), /"fixture-sup"/);
});

test("引用本段 puts the paragraph before the update date and the date consulted (GB/T's 引文页码 place)", () => {
  assert.equal(
    paragraphCitation("刘晓玲. 题[EB/OL]. [引用日期]. https://e.org/papers/x/.", "https://e.org/papers/x/"),
    "刘晓玲. 题[EB/OL]. 第{n}段[引用日期]. https://e.org/papers/x/#p{n}.",
  );
  assert.equal(
    paragraphCitation("刘晓玲. 题[EB/OL]. (2020-03-05)[引用日期]. https://e.org/papers/x/.", "https://e.org/papers/x/"),
    "刘晓玲. 题[EB/OL]. 第{n}段(2020-03-05)[引用日期]. https://e.org/papers/x/#p{n}.",
  );
  assert.throws(() => paragraphCitation("刘晓玲. 题[M]. 2020.", "https://e.org/"), /引用日期/);
});

test("GB/T: straight quotes in a Chinese title become Chinese quotation marks, not \"undefined\"", () => {
  // citeproc reads a straight quote as an opening one after a space; it asks the locale how to print it.
  const quoted = { ...full, id: "fixture-quoted", title: '论 "一带一路" 与“自贸区”' };
  const [entry] = bibliographyEntries([quoted], "gb-t-7714");
  assert.doesNotMatch(entry!, /undefined/);
  assert.match(entry!, /论 “一带一路” 与“自贸区”\[J\]/);
});

test("APA and GB/T letter one author's works of a year alike, in the order given (the paper's), not APA's title order", () => {
  const work = (id: string, title: string) => ({ id, type: "article-journal", title, author: [{ family: "王", given: "明" }], issued: { "date-parts": [[2021]] }, "container-title": "某刊", language: "zh-CN" }) as CitationRecord;
  // By title, APA would put RCEP… first and letter it a.
  const list = [work("wang-ming-2021a", "地方政府与自贸协定利用"), work("wang-ming-2021b", "RCEP原产地规则的地方实践")];
  assert.deepEqual(bibliographyEntries(list, "apa").map((e) => /\((\d{4}[a-z])\)/.exec(e)?.[1]), ["2021a", "2021b"]);
  assert.deepEqual(bibliographyEntries(list, "gb-t-7714-author-date").map((e) => /, (\d{4}[a-z])\./.exec(e)?.[1]), ["2021a", "2021b"]);
  const reversed = [...list].reverse();
  assert.deepEqual(bibliographyEntries(reversed, "apa").map((e) => /\((\d{4}[a-z])\)/.exec(e)?.[1]), ["2021a", "2021b"], "whichever comes first is a");
});

test("a paper's authors are cited family name first, Chinese or Latin", () => {
  assert.deepEqual(citationName("刘晓玲"), { family: "刘", given: "晓玲" });
  assert.deepEqual(citationName("John Smith"), { family: "Smith", given: "John" });
  assert.deepEqual(citationName("Chen, Mary"), { family: "Chen", given: "Mary" });
  assert.deepEqual(citationName("Ban Ki-moon"), { family: "Ki-moon", given: "Ban" }, "without a comma, the last word is taken as the family name; write 'Ban, Ki-moon' to say otherwise");
  assert.deepEqual(citationName("UNCTAD"), { literal: "UNCTAD" });
  const gbt = bibliography([paperRecord("p", { title: "题名", authors: [{ name: "John Smith", affiliation: null }], year: null, abstract: null, source: "s.txt", truncated: false }, "https://x.org/", "文库")], "gb-t-7714");
  assert.match(gbt, /^SMITH J\. 题名\[EB\/OL\]/);
});

test("a paper whose journal is known is cited as that journal's article, read online; its keywords go along", () => {
  const fm = { title: "题名", authors: [{ name: "刘晓玲", affiliation: null }], year: 2022, container: "国际经济合作", keywords: ["RCEP", "地方"], abstract: null, source: "s.txt", truncated: false };
  const r = paperRecord("p", fm, "https://x.org/", "文库");
  assert.equal(r.type, "article-journal");
  assert.equal(r["container-title"], "国际经济合作");
  const gbt = bibliography([{ ...r, accessed: { literal: "引用日期" } } as CitationRecord], "gb-t-7714");
  assert.equal(gbt, "刘晓玲. 题名[J/OL]. 国际经济合作, 2022[引用日期]. https://x.org/papers/p/.");
  assert.equal(paragraphCitation(gbt, "https://x.org/papers/p/"), "刘晓玲. 题名[J/OL]. 国际经济合作, 2022: 第{n}段[引用日期]. https://x.org/papers/p/#p{n}.");
  assert.deepEqual(exportRis([r]).split("\n").filter((l) => l.startsWith("KW")), ["KW  - RCEP", "KW  - 地方"]);
  assert.equal(paperRecord("p", { ...fm, container: null }, "https://x.org/", "文库")["container-title"], "文库", "otherwise a page of this site");
});

test("APA writes a Latin-script author of a Chinese work as APA does (Smith, J.), a Chinese one whole; GB/T as GB/T does", () => {
  const record = { id: "fixture-mixed", type: "webpage", title: "题名", author: [{ family: "Smith", given: "John" }, { family: "刘", given: "晓玲" }], "container-title": "文库", language: "zh-CN", URL: "https://x.org/" } as CitationRecord;
  assert.match(bibliographyEntries([record], "apa")[0]!, /^Smith, J\., & 刘晓玲\. \(n\.d\.\)\. 题名\./);
  assert.match(bibliography([record], "gb-t-7714"), /^SMITH J, 刘晓玲\. 题名\[EB\/OL\]/);
});

test("a paper's reference list orders one author's works of a year as literature.json does, whatever order the paper cites them in", async () => {
  const work = (id: string, title: string) => ({ ...hanJian, id, title, author: [{ family: "王", given: "明" }], issued: { "date-parts": [[2021]] }, citedAs: `王明（${id.slice(-5)}）` });
  const literature = [work("wang-ming-2021a", "地方政府与自贸协定利用"), work("wang-ming-2021b", "RCEP原产地规则的地方实践")];
  const frontMatter = { title: "题名", authors: [{ name: "刘晓玲", affiliation: null }], year: null, abstract: null, source: "s.txt", truncated: false };
  const references = [{ id: "p1", n: 1, text: "", cites: ["wang-ming-2021b", "wang-ming-2021a"], citedWords: {}, mentions: [] }];
  const model = { data: { literature, ftas: [], cities: [], "editorial-notes": [] }, papers: [{ slug: "p", title: "题名", frontMatter, references }], backlinks: {} } as unknown as Parameters<typeof formatCitations>[0];
  const views = await formatCitations(model, "https://x.org/", "文库").views;
  assert.deepEqual(views.papers.p!.references, ["wang-ming-2021a", "wang-ming-2021b"]);
  assert.deepEqual(views.papers.p!.references.map((id) => /2021[ab]/.exec(views.works[id]!.listed)?.[0]), ["2021a", "2021b"]);
});
