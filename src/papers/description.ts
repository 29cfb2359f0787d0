/**
 * A paper's meta description from its abstract: whole sentences up to about `max`
 * characters (search engines show little more of Chinese text), else the first `max`
 * characters with an ellipsis. No abstract, no description: the site's own is used.
 */
export function abstractDescription(abstract: string | null | undefined, max = 120): string | undefined {
  if (!abstract) return undefined;
  const text = abstract.trim();
  if (text.length <= max) return text;
  const end = text.lastIndexOf("。", max - 1);
  return end > max / 3 ? text.slice(0, end + 1) : `${text.slice(0, max)}…`;
}
