import { absoluteUrl } from "../eleventy/site-url.ts";
import type { SiteModel } from "./load.ts";
import type { Work } from "./types.ts";
import { personName } from "./names.ts";

export interface MetaTag {
  name: string;
  content: string;
}

export interface ScholarlyMeta {
  tags: MetaTag[];
  /** JSON-LD, safe to place inside a <script> element. */
  jsonLd: string;
}

const year = (w: Work) => w.issued["date-parts"][0]?.[0];

/** Highwire's one-line form of a cited work, as Google Scholar reads citation_reference. */
export function highwireReference(w: Work): string {
  return [
    w.title ? `citation_title=${w.title}` : "",
    ...w.author.map((a) => `citation_author=${personName(a)}`),
    year(w) ? `citation_publication_date=${year(w)}` : "",
    w["container-title"] ? `citation_journal_title=${w["container-title"]}` : "",
    w.volume ? `citation_volume=${w.volume}` : "",
    w.issue ? `citation_issue=${w.issue}` : "",
  ]
    .filter(Boolean)
    .join("; ");
}

/**
 * Where a cited work appeared, as schema.org nests it: the issue inside the volume inside the
 * periodical (issue 2 of volume 35 of 北京工商大学学报), each level only where the data gives it.
 */
function containerLd(w: Work): Record<string, unknown> {
  let part: Record<string, unknown> = { "@type": "Periodical", name: w["container-title"] };
  if (w.volume) part = { "@type": "PublicationVolume", volumeNumber: w.volume, isPartOf: part };
  if (w.issue) part = { "@type": "PublicationIssue", issueNumber: w.issue, isPartOf: part };
  return part;
}

/** A cited work in schema.org's terms, with only the fields the data gives. */
export function citationLd(w: Work, siteUrl: string): Record<string, unknown> {
  return {
    "@type": w.type === "article-journal" ? "ScholarlyArticle" : "CreativeWork",
    "@id": absoluteUrl(`/literature/${w.id}/`, siteUrl),
    ...(w.title ? { name: w.title } : {}),
    author: w.author.map((a) => ("literal" in a ? { "@type": "Organization", name: a.literal } : { "@type": "Person", name: personName(a) })),
    ...(year(w) ? { datePublished: String(year(w)) } : {}),
    ...(w.page ? { pagination: w.page } : {}),
    ...(w.URL ? { url: w.URL } : {}),
    ...(w.DOI ? { sameAs: `https://doi.org/${w.DOI}` } : {}),
    ...(w["container-title"] ? { isPartOf: containerLd(w) } : {}),
  };
}

/**
 * Metadata for reference managers and scholarly search engines: Highwire
 * Press tags (Zotero, Google Scholar), Dublin Core, and schema.org JSON-LD.
 * Only what the sources give: the paper's date and journal are unknown, so
 * no tag claims them.
 */
export function scholarlyMeta(model: SiteModel, slug: string, siteUrl: string, siteTitle: string): ScholarlyMeta {
  const paper = model.papers.find((p) => p.slug === slug)!;
  const fm = paper.frontMatter;
  const url = absoluteUrl(`/papers/${slug}/`, siteUrl);
  const cited = [...new Set(paper.references.flatMap((r) => r.cites))]
    .map((key) => model.data.literature.find((w) => w.id === key))
    .filter((w): w is Work => !!w)
    // A machine reads no 推定 flag: an identification that is only ours is not claimed as the paper's citation.
    .filter((w) => !w.inferred);
  const named = new Map(paper.references.flatMap((r) => r.mentions).map((m) => [`${m.kind}:${m.id}`, m]));

  const tags: MetaTag[] = [
    { name: "citation_title", content: fm.title },
    ...fm.authors.flatMap((a) => [
      { name: "citation_author", content: a.name },
      ...(a.affiliation ? [{ name: "citation_author_institution", content: a.affiliation }] : []),
    ]),
    ...(fm.year ? [{ name: "citation_publication_date", content: String(fm.year) }] : []),
    ...(fm.container ? [{ name: "citation_journal_title", content: fm.container }] : []),
    { name: "citation_language", content: "zh" },
    ...(fm.abstract ? [{ name: "citation_abstract", content: fm.abstract }] : []),
    ...(fm.keywords?.length ? [{ name: "citation_keywords", content: fm.keywords.join("; ") }] : []),
    { name: "citation_fulltext_html_url", content: url },
    ...cited.map((w) => ({ name: "citation_reference", content: highwireReference(w) })),
    { name: "DC.title", content: fm.title },
    ...fm.authors.map((a) => ({ name: "DC.creator", content: a.name })),
    { name: "DC.language", content: "zh-CN" },
    { name: "DC.type", content: "Text" },
    { name: "DC.format", content: "text/html" },
    { name: "DC.identifier", content: url },
    ...(fm.abstract ? [{ name: "DC.description", content: fm.abstract }] : []),
    ...(fm.year ? [{ name: "DC.date", content: String(fm.year) }] : []),
    { name: "DC.publisher", content: siteTitle },
  ];

  const entity = (m: { kind: string; id: string }) => {
    if (m.kind === "city") {
      const c = model.data.cities.find((x) => x.id === m.id)!;
      return {
        "@type": "City",
        name: c.name.zh,
        alternateName: c.name.en ?? undefined,
        url: absoluteUrl(`/cities/${c.id}/`, siteUrl),
        ...(c.coordinates ? { geo: { "@type": "GeoCoordinates", latitude: c.coordinates.lat, longitude: c.coordinates.lon } } : {}),
      };
    }
    const f = model.data.ftas.find((x) => x.id === m.id)!;
    return { "@type": "Legislation", name: f.names.zh ?? f.names.en, alternateName: f.names.aliases, url: absoluteUrl(`/ftas/${f.id}/`, siteUrl), legislationType: "treaty" };
  };

  const ld = {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    "@id": url,
    url,
    headline: fm.title,
    name: fm.title,
    inLanguage: "zh-CN",
    ...(fm.abstract ? { abstract: fm.abstract } : {}),
    ...(fm.year ? { datePublished: String(fm.year) } : {}),
    author: fm.authors.map((a) => ({ "@type": "Person", name: a.name, ...(a.affiliation ? { affiliation: { "@type": "Organization", name: a.affiliation } } : {}) })),
    ...(fm.keywords?.length ? { keywords: fm.keywords.join(", ") } : {}),
    // Read on this site; where the front matter names its journal, also an article of that journal.
    isPartOf: fm.container ? [{ "@type": "Periodical", name: fm.container }, { "@type": "WebSite", name: siteTitle, url: siteUrl }] : { "@type": "WebSite", name: siteTitle, url: siteUrl },
    citation: cited.map((w) => citationLd(w, siteUrl)),
    about: [...named.values()].filter((m) => m.kind === "fta").map(entity),
    mentions: [...named.values()].filter((m) => m.kind === "city").map(entity),
  };
  // "</script>" inside a string would end the element early: escape every "<".
  return { tags, jsonLd: JSON.stringify(ld).replace(/</g, "\\u003c") };
}
