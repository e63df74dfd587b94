import { readFileSync } from 'node:fs';
import { geoContains, geoPath, type GeoConicProjection } from 'd3-geo';
import fc from 'fast-check';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { MapView } from '../../src/map/map-places.ts';
import { extentFor, projectionFor, VIEW_EXTENTS } from '../../src/map/map-projection.ts';
import { MAP_PADDING, MAP_SIZE } from '../../src/map/map-size.ts';

// The same outlines as the map's chunk, read as a file (importing the JSON module is slow in Vitest).
const topology = JSON.parse(readFileSync(new URL('../../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8')) as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;
const france = feature(topology, topology.objects.countries).features.find((country) => country.id === '250')!;

const TOWNS = {
  bayeux: [-0.7, 49.28],
  cherbourg: [-1.62, 49.64],
  quimper: [-4.1, 48],
  paris: [2.35, 48.86],
  lyon: [4.84, 45.76],
  marseille: [5.37, 43.3],
  toulon: [5.93, 43.12],
  nice: [7.26, 43.71],
  strasbourg: [7.75, 48.58],
} as const satisfies Record<string, [number, number]>;

const franceProjection = projectionFor('france', extentFor('france', []));
function at(town: keyof typeof TOWNS): [number, number] {
  return franceProjection([...TOWNS[town]])!;
}

describe('the France view', () => {
  it('puts the demo towns on French land (Natural Earth 1:50m)', () => {
    for (const [name, position] of Object.entries(TOWNS)) expect(geoContains(france, [...position]), name).toBe(true);
  });

  it('has north up and west on the left: Bayeux in Normandy, Marseille on the south coast', () => {
    const [parisX, parisY] = at('paris');
    const [bayeuxX, bayeuxY] = at('bayeux');
    const [marseilleX, marseilleY] = at('marseille');
    expect(bayeuxX).toBeLessThan(parisX);
    expect(bayeuxY).toBeLessThan(parisY);
    expect(marseilleY).toBeGreaterThan(at('lyon')[1]);
    expect(marseilleX).toBeGreaterThan(parisX);
    expect(at('quimper')[0]).toBeLessThan(bayeuxX);
    expect(at('strasbourg')[0]).toBeGreaterThan(at('nice')[0] - 20);
    // Within France's own outline: Bayeux in its top fifth, Marseille in its bottom fifth.
    const [[left, top], [right, bottom]] = geoPath(franceProjection).bounds(france);
    const height = bottom - top;
    expect(bayeuxY - top).toBeLessThan(height / 5);
    expect(bottom - marseilleY).toBeLessThan(height / 5);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(MAP_SIZE.width);
  });

  it('keeps the shape of France: about as wide as it is tall', () => {
    // Mainland France: the largest of its polygons (the others are Corsica, overseas territories and islands).
    const polygons = (france.geometry as GeoJSON.MultiPolygon).coordinates;
    const mainland = polygons.reduce((largest, polygon) => (polygon[0]!.length > largest[0]!.length ? polygon : largest));
    const [[left, top], [right, bottom]] = geoPath(franceProjection).bounds({ type: 'Polygon', coordinates: mainland });
    const ratio = (right - left) / (bottom - top);
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.15);
  });

  it('uses Lambert-93’s parallels and central meridian: 3° E is vertical', () => {
    expect((franceProjection as GeoConicProjection).parallels()).toEqual([44, 49]);
    const [northX] = franceProjection([3, 51])!;
    const [southX] = franceProjection([3, 42])!;
    expect(Math.abs(northX - southX)).toBeLessThan(1e-6);
  });
});

describe('extents and projections', () => {
  it('stretches a view to hold its places, across 180° in the Pacific', () => {
    expect(extentFor('france', [])).toEqual(VIEW_EXTENTS.france);
    const stretched = extentFor('pacific', [{ lat: 21.3, lon: -157.9 }]);
    expect(stretched.east).toBeCloseTo(202.7, 5);
    const projection = projectionFor('pacific', stretched);
    const [x, y] = projection([-157.9, 21.3])!;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThanOrEqual(MAP_SIZE.width);
    expect(y).toBeGreaterThan(0);
  });

  const views: MapView[] = ['france', 'europe', 'pacific'];
  const inside = (view: MapView) =>
    fc.record({
      lat: fc.double({ min: VIEW_EXTENTS[view].south, max: VIEW_EXTENTS[view].north, noNaN: true }),
      lon: fc.double({ min: VIEW_EXTENTS[view].west, max: Math.min(180, VIEW_EXTENTS[view].east), noNaN: true }),
    });

  for (const view of views) {
    it(`the ${view} view draws every place of its extent inside the map, padding kept`, () => {
      const projection = projectionFor(view, extentFor(view, []));
      fc.assert(
        fc.property(inside(view), ({ lat, lon }) => {
          const [x, y] = projection([lon, lat])!;
          expect(x).toBeGreaterThanOrEqual(MAP_PADDING - 0.5);
          expect(x).toBeLessThanOrEqual(MAP_SIZE.width - MAP_PADDING + 0.5);
          expect(y).toBeGreaterThanOrEqual(MAP_PADDING - 0.5);
          expect(y).toBeLessThanOrEqual(MAP_SIZE.height - MAP_PADDING + 0.5);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('any places of a view, however scattered, fit inside the map once the extent is stretched', () => {
    const place = fc.record({ lat: fc.double({ min: -60, max: 75, noNaN: true }), lon: fc.double({ min: -179, max: 179, noNaN: true }) });
    fc.assert(
      fc.property(fc.constantFrom(...views), fc.array(place, { minLength: 1, maxLength: 6 }), (view, places) => {
        const projection = projectionFor(view, extentFor(view, places));
        for (const { lat, lon } of places) {
          const point = projection([lon, lat]);
          expect(point).not.toBeNull();
          const [x, y] = point!;
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(MAP_SIZE.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(MAP_SIZE.height);
        }
      }),
      { numRuns: 200 },
    );
  });
});
