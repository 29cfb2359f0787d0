// Marks the searched terms when a reader arrives from a search result.
// Loaded only then, so a plain visit costs no extra bytes.
if (new URLSearchParams(location.search).has("pagefind-highlight")) {
  const url = new URL("../pagefind/pagefind-highlight.js", import.meta.url).href;
  import(/* @vite-ignore */ url)
    .then(({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: "pagefind-highlight" }))
    .catch((e) => console.error(e));
}
