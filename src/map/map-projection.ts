import { geoConicConformal, geoMercator, type GeoProjection } from 'd3-geo';
import type { MapView } from './map-places.ts';
import { MAP_PADDING, MAP_SIZE } from './map-size.ts';


/** A box of longitudes and latitudes (degrees; east may exceed 180 in the Pacific). */
export interface GeoExtent {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/** What each view shows at least: mainland France and Corsica; Europe to Moscow's longitude; the western Pacific. */
export const VIEW_EXTENTS: Record<MapView, GeoExtent> = {
  france: { west: -5.2, south: 41.3, east: 9.6, north: 51.1 },
  europe: { west: -10, south: 36, east: 32, north: 60 },
  pacific: { west: 115, south: 0, east: 150, north: 38 },
};

/** Margin around the places themselves, in degrees, when they stretch a view. */
const PLACE_MARGIN = 0.6;

/** Longitudes in the Pacific view run on past 180° (Hawaii at 202° E rather than -158°). */
function viewLongitude(view: MapView, lon: number): number {
  return view === 'pacific' && lon < 0 ? lon + 360 : lon;
}

/** A view's extent, stretched if needed so that all its places fit. */
export function extentFor(view: MapView, places: readonly { readonly lat: number; readonly lon: number }[]): GeoExtent {
  let { west, south, east, north } = VIEW_EXTENTS[view];
  for (const place of places) {
    const lon = viewLongitude(view, place.lon);
    west = Math.min(west, lon - PLACE_MARGIN);
    east = Math.max(east, lon + PLACE_MARGIN);
    south = Math.max(-85, Math.min(south, place.lat - PLACE_MARGIN));
    north = Math.min(85, Math.max(north, place.lat + PLACE_MARGIN));
  }
  return { west, south, east, north };
}

/** The edges of an extent, sampled every degree (parallels curve on a conic projection). */
function outline(extent: GeoExtent): GeoJSON.MultiPoint {
  const coordinates: [number, number][] = [];
  const steps = Math.max(2, Math.ceil(Math.max(extent.east - extent.west, extent.north - extent.south)));
  for (let step = 0; step <= steps; step += 1) {
    const lon = extent.west + ((extent.east - extent.west) * step) / steps;
    const lat = extent.south + ((extent.north - extent.south) * step) / steps;
    coordinates.push([lon, extent.south], [lon, extent.north], [extent.west, lat], [extent.east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/**
 * The projection of a view, fitted to its extent inside `MAP_SIZE` and clipped to it: France in
 * Lambert conformal conic with the parallels of Lambert-93 (44° and 49° N, centred on 3° E), as IGN
 * maps are; Europe in a conformal conic centred on the extent; the Pacific in Mercator, rotated so
 * that the date line does not cut the view.
 */
export function projectionFor(view: MapView, extent: GeoExtent): GeoProjection {
  const middle = (extent.west + extent.east) / 2;
  const projection =
    view === 'france'
      ? geoConicConformal().parallels([44, 49]).rotate([-3, 0])
      : view === 'europe'
        ? geoConicConformal()
            .parallels([extent.south + (extent.north - extent.south) / 4, extent.north - (extent.north - extent.south) / 4])
            .rotate([-middle, 0])
        : geoMercator().rotate([-middle, 0]);
  const { width, height } = MAP_SIZE;
  projection.fitExtent(
    [
      [MAP_PADDING, MAP_PADDING],
      [width - MAP_PADDING, height - MAP_PADDING],
    ],
    outline(extent),
  );
  return projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
}
