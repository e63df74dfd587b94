import { beforeAll, describe, expect, it } from 'vitest';
import type { ViewDrawing } from '../../src/map/map-outlines.ts';

// The chunk the element loads on demand; its 1:50m outlines take a few seconds to import here.
let drawView: (typeof import('../../src/map/map-outlines.ts'))['drawView'];
beforeAll(async () => {
  ({ drawView } = await import('../../src/map/map-outlines.ts'));
}, 60_000);

describe('drawView', () => {
  let france: ViewDrawing;
  beforeAll(() => {
    france = drawView('france', [{ lat: 49.28, lon: -0.7 }]);
  });

  it('draws the land, France and the borders as SVG paths', () => {
    for (const path of [france.land, france.france, france.borders]) expect(path).toMatch(/^M[\d.,-]+/);
    expect(drawView('pacific', []).france).toBe('');
  });

  it('computes each view once and reuses it', () => {
    expect(drawView('france', [{ lat: 49.28, lon: -0.7 }])).toBe(france);
    expect(drawView('france', [{ lat: 43.3, lon: 5.37 }])).toBe(france);
  });

  it('projects places inside the view, and leaves out those outside it', () => {
    const [x, y] = france.project(-0.7, 49.28)!;
    expect(x).toBeGreaterThan(0);
    expect(y).toBeGreaterThan(0);
    expect(france.project(145.75, 15.19)).toBeUndefined();
  });
});
