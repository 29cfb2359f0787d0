import type { WorkView } from "../../src/entities/views.ts";

// The page's title and meta description, from its view (src/entities/views.ts). Functions, not
// front-matter templates: a template escapes the title once and the layout again (A&amp;amp;B in the tab).
export default {
  eleventyComputed: {
    title: (data: { work?: WorkView }) => data.work?.fullTitle,
    description: (data: { work?: WorkView }) => data.work?.description,
  },
};
