import { paperDescription } from "../../src/papers/description.ts";
import { paperPageData } from "../../src/papers/page-data.ts";

// Every folder under content/papers/ is a paper: defaults for all of them, so a new paper needs no config.
export default {
  layout: "paper.njk",
  tags: ["papers"],
  scripts: ["/assets/highlight.js", "/assets/cite.js"],
  eleventyComputed: {
    paper: paperPageData,
    description: paperDescription,
    corrections: (data: { paper: { corrections: unknown } }) => data.paper?.corrections ?? [],
  },
};
