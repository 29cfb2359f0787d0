import type { FtaView } from "../../src/entities/views.ts";

// The page's meta description, from its view (src/entities/views.ts).
export default {
  eleventyComputed: {
    description: (data: { fta?: FtaView }) => data.fta?.description,
  },
};
