import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';
import type { MapPlace, MapView } from './map-places.ts';
import { extentFor, projectionFor, type GeoExtent } from './map-projection.ts';
import { MAP_SIZE } from './map-size.ts';

/**
 * The map's drawing, loaded on demand (`import()` from the element), so that the player's first
 * load carries neither d3-geo nor the world's outlines (Natural Earth 1:50m, from world-atlas,
 * bundled with the code: nothing is fetched from elsewhere at run time).
 */

type Countries = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

const topology = countries as unknown as Countries;
const world = feature(topology, topology.objects.countries);
/** France's id in world-atlas (ISO 3166-1 numeric). */
const FRANCE = '250';
const france = world.features.find((country) => country.id === FRANCE);
const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);

type Box = [[number, number], [number, number]];

/** The smallest and largest longitude and latitude of a country's rings (cheaper than a spherical geoBounds). */
function boxOf(geometry: GeoJSON.Geometry | null): Box {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = geometry?.type === 'Polygon' ? geometry.coordinates : geometry?.type === 'MultiPolygon' ? geometry.coordinates.flat() : [];
  for (const ring of rings)
    for (const [lon = 0, lat = 0] of ring) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  return [
    [west, south],
    [east, north],
  ];
}

/** Each country's box, once, so that a view only projects the countries it can show. */
const boxes = world.features.map((country) => ({ country, box: boxOf(country.geometry) }));

export interface ViewDrawing {
  readonly view: MapView;
  readonly extent: GeoExtent;
  /** SVG path data: every country's land, France on its own (highlighted in the France view), the borders. */
  readonly land: string;
  readonly france: string;
  readonly borders: string;
  /** A place's position in the SVG, or undefined if it falls outside the view. */
  project(lon: number, lat: number): readonly [number, number] | undefined;
}

function near(box: Box, extent: GeoExtent): boolean {
  const [[west, south], [east, north]] = box;
  if (north < extent.south - 5 || south > extent.north + 5) return false;
  // Countries that cross the date line (planar boxes about 360° wide) and a Pacific extent past 180° are kept.
  if (east - west > 180 || extent.east > 180) return true;
  return east >= extent.west - 5 && west <= extent.east + 5;
}

const drawings = new Map<string, ViewDrawing>();

/** The outlines of a view fitted to its places, computed once per view and extent, then reused. */
export function drawView(view: MapView, places: readonly Pick<MapPlace, 'lat' | 'lon'>[]): ViewDrawing {
  const extent = extentFor(view, places);
  const key = `${view} ${extent.west} ${extent.south} ${extent.east} ${extent.north}`;
  const cached = drawings.get(key);
  if (cached) return cached;
  const projection = projectionFor(view, extent);
  const path = geoPath(projection).digits(1);
  const shown = boxes.filter(({ box }) => near(box, extent)).map(({ country }) => country);
  const drawing: ViewDrawing = {
    view,
    extent,
    land: shown.map((country) => path(country) ?? '').join(''),
    france: france ? (path(france) ?? '') : '',
    borders: path(borders) ?? '',
    project(lon, lat) {
      const point = projection([lon, lat]);
      if (!point) return undefined;
      const [x, y] = point;
      return x >= 0 && x <= MAP_SIZE.width && y >= 0 && y <= MAP_SIZE.height ? [x, y] : undefined;
    },
  };
  drawings.set(key, drawing);
  return drawing;
}
