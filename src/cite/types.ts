/**
 * The shapes the citation module works with.
 *
 * Input records are typed structurally and loosely on purpose: the site's own literature type
 * (an interface, with nulls for unknown fields and extra fields of ours) must be accepted as is,
 * and an interface would not satisfy an index signature.
 */

/** A CSL-JSON name: a person (family/given) or an organisation (literal). */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  "non-dropping-particle"?: string;
  "dropping-particle"?: string;
  suffix?: string;
}

/** A CSL-JSON date. */
export interface CslDate {
  "date-parts"?: Array<Array<number | string>>;
  raw?: string;
  literal?: string;
  season?: number | string;
  circa?: boolean | number | string;
}

/** A clean CSL-JSON item: only CSL fields, no nulls, no empty values. */
export interface CslItem {
  id: string;
  type: string;
  author?: CslName[];
  editor?: CslName[];
  translator?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  title?: string;
  "container-title"?: string;
  publisher?: string;
  "publisher-place"?: string;
  volume?: string;
  issue?: string;
  page?: string;
  edition?: string;
  DOI?: string;
  URL?: string;
  language?: string;
  [field: string]: unknown;
}

/** A name as our data may hold it (parts may be null when unknown). */
export interface NameLike {
  readonly family?: string | null;
  readonly given?: string | null;
  readonly literal?: string | null;
}

/**
 * A record as the site stores it: CSL-JSON plus our own fields, with nulls for unknowns.
 * The CSL fields the styles read are listed so object literals type-check; any other field is
 * still passed through by toCsl.
 */
export interface CitationRecord {
  readonly id: string;
  readonly type: string;
  readonly author?: readonly NameLike[] | null;
  readonly editor?: readonly NameLike[] | null;
  readonly translator?: readonly NameLike[] | null;
  readonly issued?: DateLike | null;
  readonly accessed?: DateLike | null;
  readonly title?: string | null;
  readonly "container-title"?: string | null;
  readonly publisher?: string | null;
  readonly "publisher-place"?: string | null;
  readonly volume?: string | number | null;
  readonly issue?: string | number | null;
  readonly page?: string | null;
  readonly edition?: string | number | null;
  readonly DOI?: string | null;
  readonly URL?: string | null;
  readonly language?: string | null;
  /** The paper's own in-text wording for this work, e.g. "韩剑（2020）". Not CSL. */
  readonly citedAs?: string | null;
  /** Where our data came from, and remarks on it. Not CSL. */
  readonly sources?: unknown;
  readonly notes?: unknown;
}

/** A date as our data may hold it. */
export interface DateLike {
  readonly "date-parts"?: ReadonlyArray<ReadonlyArray<number | string>>;
  readonly raw?: string | null;
  readonly literal?: string | null;
}

/**
 * The styles this site formats with: GB/T 7714 顺序编码制 and 著者-出版年制, APA, and APA for
 * entries cited each on its own (no 2020a/2020b worked out across the records given).
 */
export type StyleName = "gb-t-7714" | "gb-t-7714-author-date" | "apa" | "apa-standalone";
