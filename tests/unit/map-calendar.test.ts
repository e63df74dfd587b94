import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDAR_DAYS, CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY, dayAt, indexOfDay } from '../../src/map/map-calendar.ts';

describe('the 1944 calendar', () => {
  it('runs a day a step from 6 June to 31 December 1944', () => {
    expect(CALENDAR_DAYS).toBe(209);
    expect(dayAt(0)).toBe(CALENDAR_FIRST_DAY);
    expect(dayAt(CALENDAR_DAYS - 1)).toBe(CALENDAR_LAST_DAY);
    expect(dayAt(1)).toBe('1944-06-07');
    expect(dayAt(25)).toBe('1944-07-01');
    expect(indexOfDay('1944-08-19')).toBe(74);
    expect(dayAt(74)).toBe('1944-08-19');
  });

  it('clamps positions and days outside it', () => {
    expect(dayAt(-3)).toBe(CALENDAR_FIRST_DAY);
    expect(dayAt(1000)).toBe(CALENDAR_LAST_DAY);
    expect(indexOfDay('1944-06-04')).toBe(0);
    expect(indexOfDay('1945-03-10')).toBe(CALENDAR_DAYS - 1);
    expect(indexOfDay('not a day')).toBe(0);
  });

  it('goes back and forth between positions and days, one day per step, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: CALENDAR_DAYS - 2 }), (index) => {
        expect(indexOfDay(dayAt(index))).toBe(index);
        expect(dayAt(index) < dayAt(index + 1)).toBe(true);
        expect(Date.parse(dayAt(index + 1)) - Date.parse(dayAt(index))).toBe(86_400_000);
      }),
    );
  });
});
