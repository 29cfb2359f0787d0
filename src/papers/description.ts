/**
 * A paper's meta description from its abstract: whole sentences up to about `max`
 * characters (search engines show little more of Chinese text), else the first `max`
 * characters with an ellipsis. No abstract, no description (see `paperDescription`).
 */
export function abstractDescription(abstract: string | null | undefined, max = 120): string | undefined {
  if (!abstract) return undefined;
  const text = abstract.trim();
  if (text.length <= max) return text;
  const end = text.lastIndexOf("。", max - 1);
  return end > max / 3 ? text.slice(0, end + 1) : `${text.slice(0, max)}…`;
}

/**
 * What a search engine or link preview says of a paper: its abstract's opening, or, where it has
 * none, its title and authors; never the site's description, which may name another paper.
 */
export function paperDescription(data: { abstract?: string | null; title?: string; authors?: { name: string }[] }): string | undefined {
  const fromAbstract = abstractDescription(data.abstract);
  if (fromAbstract || !data.title) return fromAbstract;
  const names = (data.authors ?? []).map((a) => a.name).join("、");
  return names ? `《${data.title}》（${names}）全文转录。` : `《${data.title}》全文转录。`;
}
