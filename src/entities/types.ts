/** Shapes of the data sets, as their schemas in _data/schemas/ define them. */
export interface Bilingual {
  zh: string | null;
  en: string | null;
}

export interface Source {
  title: string;
  /** BCP 47, for a title not in Chinese. */
  language?: string;
  publisher?: string | null;
  url?: string | null;
  date?: string | null;
  supports: string;
}

export interface Note {
  field: string;
  text: string;
}

export interface Upgrade {
  names: Bilingual;
  signed: string | null;
  inForce: string | null;
  sources: Source[];
}

export interface Fta {
  id: string;
  names: Bilingual & { aliases: string[] };
  parties: Bilingual[];
  status: "in-force" | "signed" | "negotiating" | "studying";
  china: "party" | "applicant" | "negotiating" | "studying" | "none";
  applied: string | null;
  signed: string | null;
  inForce: string | null;
  upgrades: Upgrade[];
  sources: Source[];
  notes: Note[];
}

export interface Platform {
  names: Bilingual;
  aliases: string[];
  partner: Bilingual;
  year: number | null;
  date: string | null;
  paperYear: number | null;
  ftas: string[];
  sources: Source[];
}

export interface City {
  id: string;
  name: Bilingual;
  aliases: string[];
  province: Bilingual;
  coordinates: { lat: number; lon: number } | null;
  platforms: Platform[];
  sources: Source[];
  notes: Note[];
}

export type CslName = { family: string; given: string } | { literal: string };

export interface Work {
  id: string;
  type: string;
  author: CslName[];
  issued: { "date-parts": number[][] };
  title: string | null;
  "container-title": string | null;
  publisher?: string | null;
  volume?: string | null;
  issue?: string | null;
  page?: string | null;
  DOI?: string | null;
  URL?: string | null;
  language: string;
  citedAs: string;
  /** The paper gives only 韩剑（2020）: which work that is, is our inference (see its notes). */
  inferred?: true;
  sources: Source[];
  notes: Note[];
}

export interface EditorialNote {
  id: string;
  paper: string;
  paragraph: string;
  claim: string;
  text: string;
  sources: Source[];
}

export interface SiteData {
  ftas: Fta[];
  cities: City[];
  literature: Work[];
  "editorial-notes": EditorialNote[];
}
