import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, type LabelMetrics } from '../../src/map/map-labels.ts';

const METRICS: LabelMetrics = { fontSize: 13, offset: 10, width: 500, height: 460, max: 6 };

describe('placeLabels', () => {
  it('writes a name to the right of its point when there is room', () => {
    expect(placeLabels([{ id: 'a', text: 'Tulle', x: 100, y: 100 }], METRICS)).toEqual([{ id: 'a', text: 'Tulle', x: 110, y: 100 + 13 * 0.3, anchor: 'start' }]);
  });

  it('moves a name to the left near the right edge', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Strasbourg', x: 480, y: 100 }], METRICS);
    expect(label?.anchor).toBe('end');
  });

  it('moves a second name that would overlap the first, and drops what fits nowhere', () => {
    const labels = placeLabels(
      [
        { id: 'a', text: 'Périgueux', x: 100, y: 100 },
        { id: 'b', text: 'Agen', x: 104, y: 102 },
      ],
      METRICS,
    );
    expect(labels.map((label) => label.id)).toEqual(['a', 'b']);
    expect(labels[1]!.anchor).not.toBe('start');
    const crowded = Array.from({ length: 8 }, (_, index) => ({ id: String(index), text: 'Montauban', x: 200, y: 200 + index }));
    expect(placeLabels(crowded, METRICS).length).toBeLessThan(8);
  });

  it('keeps to the maximum, most important first', () => {
    const spread = Array.from({ length: 10 }, (_, index) => ({ id: String(index), text: 'Lyon', x: 50, y: 20 + index * 40 }));
    expect(placeLabels(spread, METRICS).map((label) => label.id)).toEqual(['0', '1', '2', '3', '4', '5']);
  });

  it('never overlaps two names, a name and another point, or the edge of the map', () => {
    const request = fc.record({
      text: fc.string({ minLength: 1, maxLength: 24 }),
      x: fc.double({ min: 0, max: 500, noNaN: true }),
      y: fc.double({ min: 0, max: 460, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 20 }), fc.double({ min: 8, max: 24, noNaN: true }), (requests, fontSize) => {
        const metrics = { ...METRICS, fontSize, offset: fontSize * 0.8 };
        const withIds = requests.map((item, index) => ({ ...item, id: String(index) }));
        const labels = placeLabels(withIds, metrics);
        expect(labels.length).toBeLessThanOrEqual(metrics.max);
        expect(new Set(labels.map((label) => label.id)).size).toBe(labels.length);
        const boxes = labels.map((label) => labelBox(label, fontSize));
        for (const box of boxes) {
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(metrics.width);
          expect(box.bottom).toBeLessThanOrEqual(metrics.height);
        }
        boxes.forEach((a, i) =>
          boxes.forEach((b, j) => {
            if (i < j) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
          }),
        );
        for (const box of boxes)
          for (const point of withIds) {
            const inside = point.x > box.left + metrics.offset / 2 && point.x < box.right - metrics.offset / 2 && point.y > box.top + metrics.offset / 2 && point.y < box.bottom - metrics.offset / 2;
            expect(inside).toBe(false);
          }
      }),
    );
  });
});
