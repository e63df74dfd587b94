/**
 * Deep links to a moment of an episode: `?t=754`, `#t=12:34` (media-fragment style, among other
 * `&`-separated hash parameters), `?chapter=<cue id>`; the share link to the current moment; the
 * address once a deep link has been applied. Pure: URLs in, URLs out, no `window`.
 *
 * Parameters other than ours are kept exactly as written (no re-encoding), so a share link looks
 * like the page's own address.
 */
import type { Lang } from '../timeline/format-time.ts';

/** The latest start a link may ask for: 48 h. Anything later is taken for a mistake. */
export const MAX_START = 48 * 3600;

/** Seconds, with an optional fraction: `754`, `754.5`, `12.` (media fragments allow the bare dot). */
const SECONDS = /^\d+(?:\.\d*)?$/;
/** The seconds of a clock reading, always two digits: `05`, `05.25`. */
const CLOCK_SECONDS = /^[0-5]\d(?:\.\d*)?$/;
const CLOCK_MINUTES = /^[0-5]\d$/;
/** `1h2m3s`, `1h`, `2m`, `45s`, `2m30.5s` (only the seconds may have a fraction). */
const UNITS = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/i;

/** One time, without range or `npt:`; any size (the cap is applied by the caller). */
function parseOneTime(text: string): number | undefined {
  if (text === '') return undefined;
  if (SECONDS.test(text)) return Number(text);
  if (text.includes(':')) {
    const parts = text.split(':');
    if (parts.length > 3) return undefined;
    const seconds = parts.pop()!;
    const minutes = parts.pop()!;
    const hours = parts.pop();
    if (!CLOCK_SECONDS.test(seconds)) return undefined;
    // m:ss: the minutes may run past an hour (`90:00`); h:mm:ss: they are two digits under 60.
    if (hours === undefined ? !/^\d+$/.test(minutes) : !CLOCK_MINUTES.test(minutes) || !/^\d+$/.test(hours)) return undefined;
    return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
  }
  const units = UNITS.exec(text);
  if (!units) return undefined;
  const [, hours, minutes, seconds] = units;
  return Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

/**
 * A start time in seconds from a `t` value, or undefined when it is not one. Accepts `754`,
 * `754.5`, `12:34` (the minutes may exceed 59), `1:02:03`, `1h2m3s`, `1h`, `2m`, `45s`, and media
 * fragments' `npt:12:34` and ranges `12:34,13:00` (the start is kept; `,13:00` starts at 0, as the
 * Media Fragments URI spec says). Rejects negatives, signs, exponents, empty or unknown forms
 * (`smpte:`, `clock:`) and anything after 48 h. Surrounding spaces are ignored.
 */
export function parseTimeParam(text: string): number | undefined {
  let value = text.trim();
  if (/^npt:/i.test(value)) value = value.slice(4);
  const [start, end, ...more] = value.split(',');
  if (more.length > 0) return undefined;
  if (end !== undefined && end !== '' && parseOneTime(end) === undefined) return undefined;
  if (start === '' && (end === undefined || end === '')) return undefined;
  const seconds = start === '' ? 0 : parseOneTime(start);
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0 || seconds > MAX_START) return undefined;
  return seconds;
}

interface Param {
  /** As written in the URL. */
  readonly raw: string;
  /** Percent-decoded (`+` read as a space); the raw text when it does not decode. */
  readonly name: string;
  readonly value: string;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** `a=1&b=2` (a query or hash without its `?` or `#`) as parameters; empty pieces are skipped. */
function paramsOf(text: string): Param[] {
  return text
    .split('&')
    .filter((raw) => raw !== '')
    .map((raw) => {
      const equals = raw.indexOf('=');
      return equals < 0 ? { raw, name: decode(raw), value: '' } : { raw, name: decode(raw.slice(0, equals)), value: decode(raw.slice(equals + 1)) };
    });
}

/**
 * The query or hash text with the `remove` names gone and the `set` names given a value: in place
 * of their first occurrence, or appended in order. The text comes back untouched when nothing changes.
 */
function editParams(text: string, remove: readonly string[], set: readonly (readonly [string, string])[] = []): string {
  const params = paramsOf(text);
  if (!params.some((param) => remove.includes(param.name)) && set.length === 0) return text;
  const pending = new Map(set);
  const kept: string[] = [];
  for (const param of params) {
    if (remove.includes(param.name)) continue;
    if (set.some(([name]) => name === param.name)) {
      const value = pending.get(param.name);
      if (value === undefined) continue; // a repeated name: only the first one stays
      kept.push(`${encodeURIComponent(param.name)}=${encodeURIComponent(value)}`);
      pending.delete(param.name);
    } else {
      kept.push(param.raw);
    }
  }
  for (const [name, value] of pending) kept.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  return kept.join('&');
}

/** The last `t` of a query or hash that is a time (media fragments use the last valid one). */
function lastTime(params: readonly Param[]): number | undefined {
  let time: number | undefined;
  for (const param of params) {
    if (param.name !== 't') continue;
    const parsed = parseTimeParam(param.value);
    if (parsed !== undefined) time = parsed;
  }
  return time;
}

/**
 * Where a page address asks playback to start: `?t=`, else `#t=` (the hash may hold other
 * `&`-separated parameters), else `?chapter=<cue id>` (trimmed, as chapter ids are). When both a time
 * and a chapter are given, the time wins and the chapter is not returned: a time is the more
 * precise of the two. A `t` that is not a time is ignored (the next source is tried). Never throws;
 * an address that cannot be read gives `{}`.
 */
export function readStart(pageUrl: string): { time?: number; chapter?: string } {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return {};
  }
  const query = paramsOf(url.search.slice(1));
  const time = lastTime(query) ?? lastTime(paramsOf(url.hash.slice(1)));
  if (time !== undefined) return { time };
  const chapter = query.find((param) => param.name === 'chapter')?.value.trim();
  return chapter ? { chapter } : {};
}

function wholeStart(time: number): number {
  return Number.isFinite(time) && time > 0 ? Math.min(Math.floor(time), MAX_START) : 0;
}

/**
 * The absolute address of a moment, to share: the page's other parameters (manifest…) kept as
 * written, `episode` set, `lang` set when given (else the page's own is kept), `t` last in whole
 * seconds (floored, 0 for a time that is not a number, at most 48 h); `chapter` and the hash's `t`
 * dropped. Throws a TypeError, as `new URL` does, when `pageUrl` is not an absolute URL.
 */
export function shareUrl(pageUrl: string, moment: { episode: string; time: number; lang?: Lang }): string {
  const url = new URL(pageUrl);
  const set: [string, string][] = [['episode', moment.episode]];
  if (moment.lang !== undefined) set.push(['lang', moment.lang]);
  set.push(['t', String(wholeStart(moment.time))]);
  url.search = editParams(editParams(url.search.slice(1), ['t', 'chapter']), [], set);
  url.hash = editParams(url.hash.slice(1), ['t']);
  return url.href;
}

/**
 * The address without `t`, `chapter` and the hash's `t`, everything else as written: the page puts
 * it in place (`history.replaceState`) once the deep link is applied, so that a reload resumes
 * instead of jumping back. Never throws; an address that cannot be read comes back as it is.
 */
export function withoutStart(pageUrl: string): string {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return pageUrl;
  }
  const search = url.search.slice(1);
  const hash = url.hash.slice(1);
  const newSearch = editParams(search, ['t', 'chapter']);
  const newHash = editParams(hash, ['t']);
  if (newSearch === search && newHash === hash) return url.href;
  url.search = newSearch;
  url.hash = newHash;
  return url.href;
}
