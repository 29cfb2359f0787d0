import type { Source } from "./types.ts";

/**
 * A source's title split for the page: the title as published, in its own language, and our
 * trailing note in full-width brackets, in Chinese: `<span lang="en">Free trade</span>（新华社）`.
 * A screen reader set for zh-CN reads an English or Japanese title right only when told.
 */
export interface SourceView extends Source {
  /** The title as published; `lang` is the data's `language`, absent for a Chinese title. */
  main: string;
  note: string;
}

/** Our remarks: full-width brackets at the end, in Chinese (（新华社）（镜像）); （Li Yongjie） is the title's. */
const TRAILING_NOTE = /(?:（[^（）]*\p{Script=Han}[^（）]*）)+$/u;

export function sourceView(s: Source): SourceView {
  const note = s.language ? (TRAILING_NOTE.exec(s.title)?.[0] ?? "") : "";
  return { ...s, main: note ? s.title.slice(0, -note.length) : s.title, note };
}
