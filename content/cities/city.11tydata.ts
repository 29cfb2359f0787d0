import type { CityView } from "../../src/entities/views.ts";

// The page's meta description, from its view (src/entities/views.ts).
export default {
  eleventyComputed: {
    description: (data: { city?: CityView }) => data.city?.description,
  },
};
