import type { Lang } from '../timeline/format-time.ts';

const MONTHS: Record<Lang, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function parseDay(iso: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) } : undefined;
}

function dayNumber(day: number, lang: Lang): string {
  return lang === 'fr' && day === 1 ? '1er' : String(day);
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/**
 * A card's date as a reader expects it: "7 juin 1944", "9–19 juillet 1944",
 * "25 août – 3 septembre 1944", "septembre 1944" for a whole month.
 */
export function formatHistoricDate(value: string, lang: Lang): string {
  const [first, second] = value.split('/');
  const from = parseDay(first ?? '');
  const to = second === undefined ? from : parseDay(second);
  if (!from || !to) return value;
  const months = MONTHS[lang];
  if (from.year === to.year && from.month === to.month) {
    if (from.day === 1 && to.day === lastDayOf(to.year, to.month) && second !== undefined) return `${months[from.month]} ${from.year}`;
    if (from.day === to.day) return `${dayNumber(from.day, lang)} ${months[from.month]} ${from.year}`;
    return `${dayNumber(from.day, lang)}–${to.day} ${months[from.month]} ${from.year}`;
  }
  const start = `${dayNumber(from.day, lang)} ${months[from.month]}${from.year === to.year ? '' : ` ${from.year}`}`;
  return `${start} – ${dayNumber(to.day, lang)} ${months[to.month]} ${to.year}`;
}
