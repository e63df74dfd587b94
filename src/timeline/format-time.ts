export type Lang = 'fr' | 'en';

function wholeSeconds(seconds: number): number {
  return Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
}

/**
 * A clock reading: `m:ss`, or `h:mm:ss` from an hour on. Pass the media duration so that every time
 * of an hour-long video gets the same shape.
 */
export function formatClock(seconds: number, duration = seconds): string {
  const total = wholeSeconds(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = String(total % 60).padStart(2, '0');
  if (hours > 0 || wholeSeconds(duration) >= 3600) {
    return `${hours}:${String(minutes).padStart(2, '0')}:${secs}`;
  }
  return `${minutes}:${secs}`;
}

const UNITS: Record<Lang, readonly [string, string, string]> = {
  fr: ['heure', 'minute', 'seconde'],
  en: ['hour', 'minute', 'second'],
};

function countOf(count: number, unit: string, lang: Lang): string {
  const plural = lang === 'fr' ? count >= 2 : count !== 1;
  return `${count} ${unit}${plural ? 's' : ''}`;
}

/** A duration as words, for accessible names: "1 minute 5 secondes". */
export function formatSpokenDuration(seconds: number, lang: Lang): string {
  const total = wholeSeconds(seconds);
  const [hourUnit, minuteUnit, secondUnit] = UNITS[lang];
  const parts: string[] = [];
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  if (hours) parts.push(countOf(hours, hourUnit, lang));
  if (minutes) parts.push(countOf(minutes, minuteUnit, lang));
  if (secs || parts.length === 0) parts.push(countOf(secs, secondUnit, lang));
  return parts.join(' ');
}
