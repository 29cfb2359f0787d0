/**
 * GB/T 7714-2015 著者-出版年制, derived from our 顺序编码制 style rather than kept as a second
 * copy of it: the two systems describe a work alike and differ only in where the year stands.
 * In 著者-出版年制 the year follows the authors (with a, b… where two entries would read the
 * same) and leaves the journal's and the imprint's place; in-text citations are author and
 * year. Every change names the text it replaces and fails loudly if the numeric style no longer
 * has it, so the two cannot drift apart silently.
 */
/** [text in the numeric style, its replacement, how many times the numeric style has it (1 if not given)] */
const CHANGES: [string, string, number?][] = [
  ["<title>GB/T 7714-2015 (numeric, site edition)</title>", "<title>GB/T 7714-2015 (author-date, site edition)</title>"],
  ["<id>urn:fta-research-site:csl:gb-t-7714-2015</id>", "<id>urn:fta-research-site:csl:gb-t-7714-2015-author-date</id>"],
  ['<category citation-format="numeric"/>', '<category citation-format="author-date"/>'],
  // 刊名, 卷(期), without the year.
  [
    `<group delimiter=", ">
          <text macro="year"/>
          <text variable="volume"/>
        </group>`,
    `<text variable="volume"/>`,
  ],
  // 出版地: 出版者, without the year (books, reports, theses; and works of unknown type: both places).
  [
    `<text macro="place-publisher"/>
          <text macro="year"/>`,
    `<text macro="place-publisher"/>`,
    2,
  ],
  // 主要责任者, 出版年. — the year, with its a/b, straight after the names.
  [
    `<layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>`,
    `<layout suffix=".">
      <group delimiter=". ">
        <group delimiter=", ">
          <text macro="author"/>
          <group>
            <text macro="year"/>
            <text variable="year-suffix"/>
          </group>
        </group>`,
  ],
  // In-text (刘斌, 2018): citeproc works out the year suffixes from this form.
  [
    `<citation collapse="citation-number">
    <sort>
      <key variable="citation-number"/>
    </sort>
    <layout prefix="[" suffix="]" delimiter=",">
      <text variable="citation-number"/>
    </layout>
  </citation>`,
    `<citation disambiguate-add-year-suffix="true" et-al-min="3" et-al-use-first="1">
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=", ">
        <names variable="author">
          <name delimiter=", "/>
        </names>
        <text macro="year"/>
      </group>
    </layout>
  </citation>`,
  ],
];

export function authorDateStyle(numeric: string): string {
  return CHANGES.reduce((xml, [from, to, times = 1]) => {
    if (xml.split(from).length - 1 !== times) throw new Error(`GB/T author-date style: the numeric style no longer contains ${JSON.stringify(from.slice(0, 60))} ${times} time(s)`);
    return xml.replaceAll(from, to);
  }, numeric);
}
