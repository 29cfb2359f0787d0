import type { WorkView } from "../../src/entities/views.ts";

// The page's meta description, from its view (src/entities/views.ts).
export default {
  eleventyComputed: {
    description: (data: { work?: WorkView }) => data.work?.description,
  },
};
