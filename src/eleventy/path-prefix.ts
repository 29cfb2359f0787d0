/**
 * The URL path the site lives under: "/" locally, "/<repo>/" on GitHub Pages.
 * PATH_PREFIX sets it; it is normalised to start and end with a slash.
 */
export function pathPrefix(value = process.env.PATH_PREFIX): string {
  const trimmed = (value ?? "").trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
