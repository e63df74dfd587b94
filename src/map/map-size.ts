/**
 * The SVG's coordinate box. Every view is fitted into it, so switching views moves nothing
 * around; the element lays itself out with it before the drawing code has loaded.
 */
export const MAP_SIZE = { width: 500, height: 460 } as const;

/** Inner margin kept free around a view's extent, in SVG units. */
export const MAP_PADDING = 18;
