/**
 * What the city map shows: 73.5°–135°E, 18°–53.5°N, the span of China from Xinjiang to
 * Heilongjiang and Hainan to Mohe. Validation holds every city's coordinates to it, since a
 * point off the map (swapped lat/lon, say) could not be drawn.
 */
export const MAP_BOUNDS = { west: 73.5, east: 135, south: 18, north: 53.5 } as const;
