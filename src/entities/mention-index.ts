import type { City, Fta } from "./types.ts";

export interface MentionTarget {
  kind: "fta" | "city";
  id: string;
  url: string;
}

export interface MentionIndex {
  /** Longest aliases first, so 中韩自贸协定项下… wins over 中韩自贸协定 when linking. */
  aliases: { text: string; target: MentionTarget }[];
  /** Aliases by their first two UTF-16 code units (every alias has two characters), longest first: the scanner looks only at those that can start here. */
  byStart: Map<number, string[]>;
  /** 1 at each UTF-16 code unit some alias starts with: most characters of a text start none, and are passed at once. */
  firsts: Uint8Array;
  /** Everything a matched alias names, including shorter aliases inside it (中韩自贸协定 inside 中韩自贸协定项下…). */
  named: Map<string, MentionTarget[]>;
  byText: Map<string, MentionTarget>;
}

const LATIN = /[A-Za-z0-9]/;

/** Names a text may use for each agreement and city (and for the cities' platforms). */
export function mentionNames(ftas: readonly Fta[], cities: readonly City[]): { text: string; target: MentionTarget }[] {
  const out: { text: string; target: MentionTarget }[] = [];
  for (const f of ftas) {
    const target: MentionTarget = { kind: "fta", id: f.id, url: `/ftas/${f.id}/` };
    for (const text of [f.names.zh, ...f.names.aliases]) if (text) out.push({ text, target });
  }
  for (const c of cities) {
    const target: MentionTarget = { kind: "city", id: c.id, url: `/cities/${c.id}/` };
    for (const text of [c.name.zh, ...c.aliases, ...c.platforms.flatMap((p) => [p.names.zh, ...p.aliases])]) if (text) out.push({ text, target });
  }
  return out;
}

/** Two code units as one number, so that looking candidates up allocates nothing. */
const startKey = (text: string, i: number): number => text.charCodeAt(i) * 0x10000 + (text.charCodeAt(i + 1) || 0);

const cache = new WeakMap<object, MentionIndex>();

/** Aliases indexed for scanning (see findMentions). */
export function mentionIndex(ftas: readonly Fta[], cities: readonly City[]): MentionIndex {
  const cached = cache.get(ftas);
  if (cached && cache.get(cities) === cached) return cached;
  const byText = new Map<string, MentionTarget>();
  for (const { text, target } of mentionNames(ftas, cities)) if (!byText.has(text)) byText.set(text, target);
  const aliases = [...byText].map(([text, target]) => ({ text, target })).sort((a, b) => b.text.length - a.text.length);
  const byStart = new Map<number, string[]>();
  const firsts = new Uint8Array(0x10000);
  for (const { text } of aliases) {
    byStart.set(startKey(text, 0), [...(byStart.get(startKey(text, 0)) ?? []), text]);
    firsts[text.charCodeAt(0)] = 1;
  }
  const named = new Map<string, MentionTarget[]>();
  for (const a of aliases) {
    const inside = aliases.filter((b) => a.text.includes(b.text)).map((b) => b.target);
    named.set(a.text, [...new Map(inside.map((t) => [`${t.kind}:${t.id}`, t])).values()]);
  }
  const index: MentionIndex = { aliases, byText, named, byStart, firsts };
  cache.set(ftas, index);
  cache.set(cities, index);
  return index;
}

/**
 * Every alias in the text, leftmost-longest and not overlapping; a Latin
 * alias must not sit inside a longer Latin word (RCEP, not RCEPX). A scan
 * that steps over characters no alias starts with and looks up candidates by
 * the next two (aliases have at least two, the schema says so): one regex of
 * a few hundred alternatives was the slowest part of rendering a thousand
 * papers, and a string slice per character the slowest part of validating them.
 */
export function findMentions(text: string, index: MentionIndex): { at: number; text: string }[] {
  const found: { at: number; text: string }[] = [];
  for (let i = 0; i < text.length; ) {
    if (!index.firsts[text.charCodeAt(i)]) {
      i++;
      continue;
    }
    const candidates = index.byStart.get(startKey(text, i));
    const hit = candidates?.find(
      (a) =>
        text.startsWith(a, i) &&
        !(LATIN.test(a[0]) && i > 0 && LATIN.test(text[i - 1])) &&
        !(LATIN.test(a[a.length - 1]) && LATIN.test(text[i + a.length] ?? "")),
    );
    if (hit) {
      found.push({ at: i, text: hit });
      i += hit.length;
    } else i++;
  }
  return found;
}
