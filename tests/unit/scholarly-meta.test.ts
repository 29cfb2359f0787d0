import assert from "node:assert/strict";
import { test } from "node:test";

import { citationLd, highwireReference } from "../../src/entities/scholarly-meta.ts";
import type { Work } from "../../src/entities/types.ts";
import { hanJian } from "../helpers/records.ts";

// A journal article with every field the JSON-LD can carry: the site's record, with pages and a DOI made up.
const article: Work = { ...hanJian, id: "yue-han-2020", page: "46-56", DOI: "10.1234/example" };

test("a cited journal article in JSON-LD: its issue inside its volume inside its journal, its pages, URL and DOI", () => {
  const ld = citationLd(article, "https://example.org/site/");
  assert.equal(ld["@type"], "ScholarlyArticle");
  assert.equal(ld["@id"], "https://example.org/site/literature/yue-han-2020/");
  assert.deepEqual(ld.author, [{ "@type": "Person", name: "岳文" }, { "@type": "Person", name: "韩剑" }]);
  assert.deepEqual(
    ld.isPartOf,
    { "@type": "PublicationIssue", issueNumber: "2", isPartOf: { "@type": "PublicationVolume", volumeNumber: "35", isPartOf: { "@type": "Periodical", name: "北京工商大学学报(社会科学版)" } } },
    "issue inside volume inside journal, as schema.org nests them",
  );
  assert.equal(ld.pagination, "46-56");
  assert.equal(ld.sameAs, "https://doi.org/10.1234/example");
  assert.match(String(ld.url), /^http:\/\/btbuskxb\.ijournals\.cn\//);
});

test("a work with only a journal, or none, nests only what it has", () => {
  assert.deepEqual(citationLd({ ...article, volume: null, issue: null }, "https://example.org/").isPartOf, { "@type": "Periodical", name: "北京工商大学学报(社会科学版)" });
  const bare = citationLd({ ...article, type: "report", title: null, "container-title": null, page: null, DOI: null, URL: null }, "https://example.org/");
  assert.deepEqual(Object.keys(bare).sort(), ["@id", "@type", "author", "datePublished"]);
  assert.equal(bare["@type"], "CreativeWork");
});

test("Highwire's one-line reference names title, authors, year, journal, volume and issue", () => {
  assert.equal(
    highwireReference(article),
    "citation_title=企业利用FTA出口的影响因素分析; citation_author=岳文; citation_author=韩剑; citation_publication_date=2020; citation_journal_title=北京工商大学学报(社会科学版); citation_volume=35; citation_issue=2",
  );
});
