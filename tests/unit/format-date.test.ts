import { describe, expect, it } from 'vitest';
import { formatHistoricDate } from '../../src/i18n/format-date.ts';

describe('formatHistoricDate', () => {
  it('writes a day in each language', () => {
    expect(formatHistoricDate('1944-06-07', 'fr')).toBe('7 juin 1944');
    expect(formatHistoricDate('1944-06-07', 'en')).toBe('7 June 1944');
    expect(formatHistoricDate('1944-09-01', 'fr')).toBe('1er septembre 1944');
  });
  it('writes a range within a month, across months and across years', () => {
    expect(formatHistoricDate('1944-07-09/1944-07-19', 'fr')).toBe('9–19 juillet 1944');
    expect(formatHistoricDate('1944-07-09/1944-07-19', 'en')).toBe('9–19 July 1944');
    expect(formatHistoricDate('1944-08-25/1944-09-03', 'fr')).toBe('25 août – 3 septembre 1944');
    expect(formatHistoricDate('1944-10-20/1945-03-11', 'en')).toBe('20 October 1944 – 11 March 1945');
  });
  it('writes a whole month as the month', () => {
    expect(formatHistoricDate('1944-09-01/1944-09-30', 'fr')).toBe('septembre 1944');
    expect(formatHistoricDate('1944-02-01/1944-02-29', 'en')).toBe('February 1944');
  });
  it('returns anything it cannot read as it is', () => {
    expect(formatHistoricDate('summer 1944', 'en')).toBe('summer 1944');
  });
});
