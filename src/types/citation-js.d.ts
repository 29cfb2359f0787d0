// Citation.js 0.8 ships no type declarations; these cover the parts this site uses.

declare module "@citation-js/core" {
  /** A name → value store (styles, locales). */
  export interface Register<T> {
    add(key: string, value: T): this;
    set(key: string, value: T): this;
    get(key: string): T | undefined;
    has(key: string): boolean;
    delete(key: string): this;
    list(): string[];
  }

  export interface BibliographyOptions {
    format?: "text" | "html" | "rtf" | "asciidoc";
    template?: string;
    style?: string;
    lang?: string;
    /** Keep the given order instead of the style's <sort>. */
    nosort?: boolean;
    /** Wrap URLs and DOIs in links (html). */
    hyperlinks?: boolean;
    entry?: string | string[];
  }

  export interface CslConfig {
    engine: unknown;
    styles: Register<string>;
    locales: Register<string>;
  }

  export interface BibtexConfig {
    parse: { biblatex: boolean; strict: boolean; sentenceCase: "never" | "english" | "always" };
    format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean };
  }

  export const plugins: {
    config: {
      get(name: "@csl"): CslConfig;
      get(name: "@bibtex"): BibtexConfig;
      get(name: string): unknown;
    };
  };

  /** A value in Citation.js's RIS object output. */
  export type RisValue = string | number;

  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    /** The parsed items, as CSL-JSON (with Citation.js's own `_graph` bookkeeping). */
    data: Array<Record<string, unknown>>;
    format(format: "bibliography", options: BibliographyOptions & { asEntryArray: true }): Array<[string, string]>;
    format(format: "bibliography" | "citation", options?: BibliographyOptions): string;
    format(format: "ris", options: { format: "object" }): Array<Record<string, RisValue | RisValue[]>>;
    format(format: "bibtex" | "biblatex" | "ris", options?: { format?: "text" }): string;
    format(format: "data", options?: { format?: "text" | "object" }): string;
  }
}

// The plugins register themselves on import and export nothing we use.
declare module "@citation-js/plugin-csl" {}
declare module "@citation-js/plugin-bibtex" {}
declare module "@citation-js/plugin-ris" {}
