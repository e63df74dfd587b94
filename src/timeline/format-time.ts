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
