interface Item {
  url: string | false;
  data: { eleventyExcludeFromCollections?: boolean; noindex?: boolean };
}

/** Pages a search engine should list: real HTML pages, in URL order so the file is stable. */
export function sitemapPages(items: Item[]): Item[] {
  return items
    .filter((i) => typeof i.url === "string" && i.url.endsWith("/") && !i.data.noindex)
    .sort((a, b) => String(a.url).localeCompare(String(b.url)));
}
