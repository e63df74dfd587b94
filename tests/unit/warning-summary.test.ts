import { describe, expect, it } from 'vitest';
import { chaptersWithStretches, overlaps } from '../../src/warnings/warning-summary.ts';

describe('chaptersWithStretches', () => {
  const chapters = [
    { id: 'a', start: 0, end: 60 },
    { id: 'b', start: 60, end: 120 },
    { id: 'c', start: 120, end: 180 },
  ];

  it('names the chapters a stretch touches, a shared boundary not counting', () => {
    expect(chaptersWithStretches(chapters, [{ start: 50, end: 60 }]).map((chapter) => chapter.id)).toEqual(['a']);
    expect(chaptersWithStretches(chapters, [{ start: 55, end: 125 }]).map((chapter) => chapter.id)).toEqual(['a', 'b', 'c']);
    expect(chaptersWithStretches(chapters, [])).toEqual([]);
  });

  it('treats spans as [start, end)', () => {
    expect(overlaps({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
    expect(overlaps({ start: 0, end: 10.001 }, { start: 10, end: 20 })).toBe(true);
  });
});
