import { describe, expect, it } from 'vitest';
import { formatClock } from '../../src/timeline/format-time.ts';

describe('formatClock', () => {
  it('writes m:ss under an hour and h:mm:ss from an hour', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65.9)).toBe('1:05');
    expect(formatClock(600)).toBe('10:00');
    expect(formatClock(3600)).toBe('1:00:00');
    expect(formatClock(3725)).toBe('1:02:05');
  });
  it('uses hours for every time when the media is an hour long or more', () => {
    expect(formatClock(65, 4000)).toBe('0:01:05');
  });
  it('treats bad input as zero', () => {
    expect(formatClock(Number.NaN)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(Number.POSITIVE_INFINITY)).toBe('0:00');
  });
});
