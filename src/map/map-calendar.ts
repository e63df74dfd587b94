/**
 * The "Calendrier 1944" slider: one step a day from D-Day to the end of the year. Days are
 * `YYYY-MM-DD` strings, counted in UTC so that no time zone moves them.
 */
export const CALENDAR_FIRST_DAY = '1944-06-06';
export const CALENDAR_LAST_DAY = '1944-12-31';

const DAY_MS = 86_400_000;

function utc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** How many days the slider offers (both ends included). */
export const CALENDAR_DAYS = (utc(CALENDAR_LAST_DAY) - utc(CALENDAR_FIRST_DAY)) / DAY_MS + 1;

/** The day at a slider position (clamped to the calendar). */
export function dayAt(index: number): string {
  const clamped = Math.min(Math.max(Math.round(index), 0), CALENDAR_DAYS - 1);
  return new Date(utc(CALENDAR_FIRST_DAY) + clamped * DAY_MS).toISOString().slice(0, 10);
}

/** The slider position of a day (clamped to the calendar; days before it give 0). */
export function indexOfDay(day: string): number {
  const days = Math.round((utc(day) - utc(CALENDAR_FIRST_DAY)) / DAY_MS);
  if (Number.isNaN(days)) return 0;
  return Math.min(Math.max(days, 0), CALENDAR_DAYS - 1);
}
