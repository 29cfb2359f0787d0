/** The site's own record of han-jian-2020a, as literature.json stores it (nulls for unknowns, our fields alongside). */
export const hanJian = {
  id: "han-jian-2020a",
  type: "article-journal",
  author: [{ family: "岳", given: "文" }, { family: "韩", given: "剑" }],
  issued: { "date-parts": [[2020]] },
  title: "企业利用FTA出口的影响因素分析",
  "container-title": "北京工商大学学报(社会科学版)",
  volume: "35",
  issue: "2",
  page: null,
  DOI: null,
  URL: "http://btbuskxb.ijournals.cn/ebook/2020_2/files/basic-html/page46.html",
  language: "zh-CN",
  citedAs: "韩剑（2020）",
  sources: [],
  notes: [],
};
