// Marks the searched terms when a reader arrives from a search result.
// The marking code is loaded only then, so a plain visit costs no extra bytes.
if (new URLSearchParams(location.search).has("pagefind-highlight")) {
  import(/* @vite-ignore */ new URL("./mark-terms.js", import.meta.url).href).catch((e) => console.error(e));
}
