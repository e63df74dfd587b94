import { describe, expect, it } from 'vitest';
import { IntervalIndex, isActiveAt } from '../../src/timeline/interval-index.ts';

const span = (id: string, start: number, end: number) => ({ id, start, end });

describe('isActiveAt', () => {
  it('includes the start and excludes the end: [start, end)', () => {
    const cue = span('a', 10, 20);
    expect(isActiveAt(cue, 9.999)).toBe(false);
    expect(isActiveAt(cue, 10)).toBe(true);
    expect(isActiveAt(cue, 19.999)).toBe(true);
    expect(isActiveAt(cue, 20)).toBe(false);
  });
});

describe('IntervalIndex', () => {
  const chapters = [span('c', 60, 90), span('a', 0, 30), span('b', 30, 60)];
  const index = new IntervalIndex(chapters);

  it('sorts by start whatever the input order', () => {
    expect(index.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('finds the one item active at a boundary: the one that starts there', () => {
    expect(index.activeAt(30).map((item) => item.id)).toEqual(['b']);
    expect(index.activeAt(29.999).map((item) => item.id)).toEqual(['a']);
  });

  it('finds nothing before the first start, after the last end and in gaps', () => {
    const gappy = new IntervalIndex([span('a', 5, 10), span('b', 20, 30)]);
    expect(gappy.activeAt(0)).toEqual([]);
    expect(gappy.activeAt(15)).toEqual([]);
    expect(gappy.activeAt(30)).toEqual([]);
    expect(gappy.latestActiveAt(15)).toBeUndefined();
  });

  it('returns every overlapping item, in start order, and the latest one started', () => {
    const overlapping = new IntervalIndex([span('long', 0, 100), span('inner', 40, 50), span('late', 45, 60)]);
    expect(overlapping.activeAt(47).map((item) => item.id)).toEqual(['long', 'inner', 'late']);
    expect(overlapping.latestActiveAt(47)?.id).toBe('late');
    expect(overlapping.latestActiveAt(55)?.id).toBe('late');
    expect(overlapping.latestActiveAt(70)?.id).toBe('long');
  });

  it('gives the same answer going backwards as forwards (no hidden cursor)', () => {
    const forwards = [0, 15, 31, 61, 89].map((t) => index.latestActiveAt(t)?.id);
    const backwards = [89, 61, 31, 15, 0].map((t) => index.latestActiveAt(t)?.id).reverse();
    expect(backwards).toEqual(forwards);
    expect(forwards).toEqual(['a', 'a', 'b', 'c', 'c']);
  });

  it('reports the next boundary after a time (a start or an end)', () => {
    const gappy = new IntervalIndex([span('a', 5, 10), span('b', 20, 30)]);
    expect(gappy.nextBoundaryAfter(0)).toBe(5);
    expect(gappy.nextBoundaryAfter(5)).toBe(10);
    expect(gappy.nextBoundaryAfter(12)).toBe(20);
    expect(gappy.nextBoundaryAfter(30)).toBeUndefined();
  });

  it('handles an empty list', () => {
    const empty = new IntervalIndex([]);
    expect(empty.activeAt(3)).toEqual([]);
    expect(empty.nextBoundaryAfter(0)).toBeUndefined();
  });

  it('does not mutate its input', () => {
    const input = [span('b', 5, 6), span('a', 1, 2)];
    new IntervalIndex(input);
    expect(input.map((item) => item.id)).toEqual(['b', 'a']);
  });
});
