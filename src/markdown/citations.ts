import type { MarkdownIt, StateInline, Token } from "markdown-it";

import type { Work } from "../entities/types.ts";

/**
 * Pandoc citation syntax: `@key` or `@{key}` in the text renders the paper's
 * own in-text wording (刘斌（2018）); `[@a; @b]` renders a parenthetical
 * （刘斌，2018；张军，2021）. Each links to the reference's page. Keys are
 * ASCII, so `@{key}` lets a citation run straight into Chinese text
 * (`@{liu-bin-2018}分析了`) exactly as Pandoc reads it. Where a paper words
 * an in-text citation its own way (岳文和韩剑（2020）, not the work's usual
 * 韩剑（2020）), `@{key|岳文和韩剑（2020）}` keeps its words and the link.
 */
export interface CitationEnv {
  literature?: readonly Work[];
  /** Filled while rendering: keys cited that literature.json does not have. */
  unknownCitations?: string[];
}

const KEY = /^[A-Za-z0-9_](?:[A-Za-z0-9_]|[:.#$%&\-+?<>~/](?=[A-Za-z0-9_]))*/;

const byKey = new WeakMap<readonly Work[], Map<string, Work>>();
export function lookup(env: CitationEnv, key: string): Work | undefined {
  const list = env.literature ?? [];
  let map = byKey.get(list);
  if (!map) byKey.set(list, (map = new Map(list.map((w) => [w.id, w]))));
  return map.get(key);
}

/** 刘斌（2018） → 刘斌，2018 for use inside brackets. */
export function parentheticalLabel(citedAs: string): string {
  const m = /^(.*)（([^）]+)）$/.exec(citedAs);
  return m ? `${m[1]}，${m[2]}` : citedAs;
}

function readKey(src: string, pos: number): { key: string; end: number; label?: string } | null {
  if (src[pos] !== "@") return null;
  if (src[pos + 1] === "{") {
    const close = src.indexOf("}", pos + 2);
    if (close === -1) return null;
    const [key = "", ...rest] = src.slice(pos + 2, close).split("|");
    const label = rest.length ? rest.join("|").trim() : undefined;
    if (label === "") return null;
    return KEY.test(key) && KEY.exec(key)![0] === key ? { key, end: close + 1, ...(label ? { label } : {}) } : null;
  }
  const m = KEY.exec(src.slice(pos + 1));
  return m ? { key: m[0], end: pos + 1 + m[0].length } : null;
}

/** What a citation token carries: its keys, its form and, for `@{key|words}`, the paper's own words. */
export type CitationMeta = {
  keys: string[];
  mode: "text" | "paren";
  label?: string;
};

function pushCitation(state: StateInline, meta: CitationMeta): void {
  const token = state.push("citation", "", 0);
  token.meta = meta;
}

/** The words a citation shows for one of its works: the paper's own, or the work's usual wording. */
export function citationWords(meta: CitationMeta, citedAs: string): string {
  if (meta.label) return meta.label;
  return meta.mode === "text" ? citedAs : parentheticalLabel(citedAs);
}

function inTextRule(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  // An @ after a Latin letter or digit is an e-mail address, not a citation.
  if (pos > 0 && /[A-Za-z0-9]/.test(src[pos - 1])) return false;
  const read = readKey(src, pos);
  if (!read) return false;
  if (!silent) pushCitation(state, { keys: [read.key], mode: "text", ...(read.label ? { label: read.label } : {}) });
  state.pos = read.end;
  return true;
}

function bracketRule(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src[pos] !== "[" || src[pos + 1] !== "@") return false;
  const close = src.indexOf("]", pos);
  if (close === -1) return false;
  const keys: string[] = [];
  for (const part of src.slice(pos + 1, close).split(";")) {
    const read = readKey(part.trim(), 0);
    // Own words belong to an in-text citation; inside brackets the list's form is fixed.
    if (!read || read.end !== part.trim().length || read.label) return false;
    keys.push(read.key);
  }
  if (!silent) pushCitation(state, { keys, mode: "paren" });
  state.pos = close + 1;
  return true;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function citations(md: MarkdownIt): void {
  md.inline.ruler.before("link", "citation_bracket", bracketRule);
  md.inline.ruler.before("emphasis", "citation_text", inTextRule);
  md.renderer.rules.citation = (tokens: Token[], idx: number, _opts: unknown, rawEnv: unknown) => {
    const env = (rawEnv ?? {}) as CitationEnv;
    const meta = tokens[idx].meta as CitationMeta;
    const { keys, mode } = meta;
    const links = keys.map((key) => {
      const work = lookup(env, key);
      if (!work) {
        (env.unknownCitations ??= []).push(key);
        return `<span class="cite cite-missing">@${escapeHtml(key)}</span>`;
      }
      const label = citationWords(meta, work.citedAs);
      return `<a class="cite" href="/literature/${escapeHtml(key)}/" data-cite="${escapeHtml(key)}">${escapeHtml(label)}</a>`;
    });
    return mode === "text" ? links.join("") : `（${links.join("；")}）`;
  };
}
