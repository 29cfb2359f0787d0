import { excerpt, type ExcerptPart } from "../search/match.ts";
import type { ParagraphRefs } from "../markdown/references.ts";
import type { SiteData } from "./types.ts";
import { mentionNames } from "./mention-index.ts";

export interface PaperRefs {
  slug: string;
  title: string;
  references: ParagraphRefs[];
}

/** A paragraph that cites or mentions an entity, as the entity's page lists it. */
export interface Backlink {
  paperSlug: string;
  paperTitle: string;
  url: string;
  paragraph: string;
  n: number;
  /** The paragraph's text, and the name or citation to centre an excerpt on. */
  text: string;
  term: string | null;
}

/** Keys: "work:<key>", "fta:<id>", "city:<id>". */
export type Backlinks = Record<string, Backlink[]>;

/**
 * Inverts the papers' paragraph references into per-entity lists, across all
 * papers, each with an excerpt centred on the citation or the name.
 */
export function collectBacklinks(papers: readonly PaperRefs[], data: Pick<SiteData, "ftas" | "cities">): Backlinks {
  const names = new Map<string, string[]>();
  for (const { text, target } of mentionNames(data.ftas, data.cities)) {
    const k = `${target.kind}:${target.id}`;
    names.set(k, [...(names.get(k) ?? []), text]);
  }

  const out: Backlinks = {};
  for (const paper of papers) {
    for (const para of paper.references) {
      const keys = [...para.cites.map((c) => `work:${c}`), ...para.mentions.map((m) => `${m.kind}:${m.id}`)];
      // A work is found by the words it was cited with here: 刘斌（2018）, 刘斌，2018, or the paper's own.
      const words = (key: string) => (key.startsWith("work:") ? (para.citedWords?.[key.slice(5)] ?? []) : (names.get(key) ?? []));
      for (const key of new Set(keys)) {
        (out[key] ??= []).push({
          paperSlug: paper.slug,
          paperTitle: paper.title,
          url: `/papers/${paper.slug}/#${para.id}`,
          paragraph: para.id,
          n: para.n,
          text: para.text,
          term: words(key).filter((t) => para.text.includes(t)).sort((a, b) => b.length - a.length)[0] ?? null,
        });
      }
    }
  }
  return out;
}

export interface BacklinkGroup {
  paperTitle: string;
  paperUrl: string;
  paragraphs: { n: number; url: string; excerpt: ExcerptPart[] | null }[];
}

export interface BacklinkView {
  total: number;
  groups: BacklinkGroup[];
}

/**
 * Backlinks grouped by paper, for an entity page: every citing paragraph is
 * linked, but only the first `excerpts` carry an excerpt, so a name that a
 * thousand papers mention still makes a page a reader can scroll.
 */
export function groupBacklinks(list: readonly Backlink[], excerpts = 40): BacklinkView {
  const groups = new Map<string, BacklinkGroup>();
  let shown = 0;
  for (const b of list) {
    let g = groups.get(b.paperSlug);
    if (!g) groups.set(b.paperSlug, (g = { paperTitle: b.paperTitle, paperUrl: `/papers/${b.paperSlug}/`, paragraphs: [] }));
    // Excerpts are cut only for the paragraphs shown with one: a name in thousands of paragraphs costs no more.
    g.paragraphs.push({ n: b.n, url: b.url, excerpt: shown++ < excerpts ? excerpt(b.text, b.term ? [b.term] : [], 40, 80) : null });
  }
  return { total: list.length, groups: [...groups.values()] };
}
