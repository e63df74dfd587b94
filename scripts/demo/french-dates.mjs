// Dates in French long form, for the title cards.
import { FR_MONTHS } from './settings.mjs';
import { fail } from './helpers.mjs';

export function parseIsoDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) fail(`bad date "${iso}"`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function lastDayOfMonth(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function frenchDay(d) {
  return d === 1 ? '1er' : String(d);
}

export function frenchDate(value) {
  const [from, to] = value.split('/').map(parseIsoDate);
  if (!to) return `${frenchDay(from.d)} ${FR_MONTHS[from.m - 1]} ${from.y}`;
  // Whole months: "septembre 1944", "juin – août 1944"
  if (from.d === 1 && to.d === lastDayOfMonth(to.y, to.m)) {
    if (from.y === to.y && from.m === to.m) return `${FR_MONTHS[from.m - 1]} ${from.y}`;
    if (from.y === to.y) return `${FR_MONTHS[from.m - 1]} – ${FR_MONTHS[to.m - 1]} ${to.y}`;
    return `${FR_MONTHS[from.m - 1]} ${from.y} – ${FR_MONTHS[to.m - 1]} ${to.y}`;
  }
  if (from.y !== to.y) return `${frenchDay(from.d)} ${FR_MONTHS[from.m - 1]} ${from.y} – ${frenchDay(to.d)} ${FR_MONTHS[to.m - 1]} ${to.y}`;
  if (from.m !== to.m) return `${frenchDay(from.d)} ${FR_MONTHS[from.m - 1]} – ${frenchDay(to.d)} ${FR_MONTHS[to.m - 1]} ${to.y}`;
  return `${frenchDay(from.d)} – ${frenchDay(to.d)} ${FR_MONTHS[to.m - 1]} ${to.y}`;
}
