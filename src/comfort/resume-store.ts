/**
 * Where the viewer stopped in each episode, so that coming back offers to resume, and the episode
 * list shows how far each one was watched. One versioned `localStorage` key holds
 * `{ [episodeId]: { time, duration, savedAt } }`; what is read back is checked entry by entry with
 * a schema. Nothing here throws to its caller: whenever storage is missing, throws, is full or holds
 * something else, the store reads as empty (or keeps the good entries) and reports its health.
 * The rules of when to save and when to offer are pure functions below.
 */
import * as v from 'valibot';
import { isQuotaError, type StorageLike, type StoreHealth } from '../warnings/warning-store.ts';

export type { StorageLike, StoreHealth };

export const RESUME_STORE_KEY = 'douze-vies.resume.v1';
/** At most this many episodes are remembered; the least recently saved go first. */
export const RESUME_LIMIT = 50;
/** A position this early (seconds) is not worth offering: starting over costs nothing. */
export const RESUME_MIN_TIME = 15;
/** Within this many seconds of the end (or a tenth of a film shorter than five minutes), an episode counts as finished. */
export const END_MARGIN = 30;
/** While playing, a position is saved at most this often (milliseconds of wall clock). */
export const SAVE_INTERVAL_MS = 5000;
/** A jump of more than this many seconds is a seek, saved at once. */
export const SEEK_JUMP = 5;

export interface SavedPosition {
  /** Seconds from the start of the media. */
  readonly time: number;
  /** The media duration when it was saved, in seconds. */
  readonly duration: number;
  /** When it was saved, in milliseconds since the epoch (`Date.now()`). */
  readonly savedAt: number;
}

export interface ResumeStore {
  /** The episode's saved position, if any. */
  get(episodeId: string): SavedPosition | undefined;
  /**
   * Remembers `time` (clamped to `duration`) for the episode, `now` being `Date.now()`. A time or
   * duration that is not a usable number (unknown duration, a live stream) saves nothing. Other
   * tabs' saves are kept: the stored value is read again before each write.
   */
  save(episodeId: string, time: number, duration: number, now: number): StoreHealth;
  /** Forgets one episode (the viewer finished it, or declined to resume). */
  clear(episodeId: string): StoreHealth;
  /** Forgets every episode. */
  reset(): StoreHealth;
  /** Every saved position, by episode id. */
  all(): ReadonlyMap<string, SavedPosition>;
  /** The latest health seen by any call; `ok` before the first. */
  readonly health: StoreHealth;
}

const finite = v.pipe(v.number(), v.finite());
const PositionSchema = v.object({
  time: v.pipe(finite, v.minValue(0)),
  duration: v.pipe(finite, v.gtValue(0)),
  savedAt: finite,
});


interface Read {
  readonly positions: Map<string, SavedPosition>;
  readonly health: StoreHealth;
}

/** The stored positions; entries that are not positions are dropped and the value called corrupt. */
function parse(text: string): Read {
  const positions = new Map<string, SavedPosition>();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { positions, health: 'corrupt' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { positions, health: 'corrupt' };
  let health: StoreHealth = 'ok';
  for (const [episodeId, entry] of Object.entries(value)) {
    const result = v.safeParse(PositionSchema, entry);
    if (result.success && episodeId !== '') positions.set(episodeId, result.output);
    else health = 'corrupt';
  }
  return { positions, health };
}

export function createResumeStore(storage: StorageLike | undefined): ResumeStore {
  let health: StoreHealth = storage ? 'ok' : 'unavailable';

  function seen(latest: StoreHealth): StoreHealth {
    health = latest;
    return latest;
  }

  function read(): Read {
    if (!storage) return { positions: new Map(), health: seen('unavailable') };
    let text: unknown;
    try {
      text = storage.getItem(RESUME_STORE_KEY);
    } catch {
      return { positions: new Map(), health: seen('unavailable') };
    }
    if (text === null || text === undefined) return { positions: new Map(), health: seen('ok') };
    const loaded = typeof text === 'string' ? parse(text) : { positions: new Map<string, SavedPosition>(), health: 'corrupt' as const };
    seen(loaded.health);
    return loaded;
  }

  function write(positions: ReadonlyMap<string, SavedPosition>): StoreHealth {
    if (!storage) return seen('unavailable');
    try {
      if (positions.size === 0) storage.removeItem(RESUME_STORE_KEY);
      // Object.fromEntries defines own properties, so an id such as "__proto__" is kept as data.
      else storage.setItem(RESUME_STORE_KEY, JSON.stringify(Object.fromEntries(positions)));
      return seen('ok');
    } catch (error) {
      return seen(isQuotaError(error) ? 'full' : 'unavailable');
    }
  }

  return {
    get(episodeId) {
      return read().positions.get(episodeId);
    },
    save(episodeId, time, duration, now) {
      const usable = episodeId !== '' && Number.isFinite(time) && time >= 0 && Number.isFinite(duration) && duration > 0 && Number.isFinite(now);
      if (!usable) return health;
      const { positions, health: readHealth } = read();
      // What could not be read is not overwritten: it may hold other episodes.
      if (readHealth === 'unavailable') return readHealth;
      positions.delete(episodeId);
      const others = [...positions].sort(([, a], [, b]) => b.savedAt - a.savedAt).slice(0, RESUME_LIMIT - 1);
      const kept = new Map(others);
      kept.set(episodeId, { time: Math.min(time, duration), duration, savedAt: now });
      return write(kept);
    },
    clear(episodeId) {
      const { positions, health: readHealth } = read();
      if (readHealth === 'unavailable') return readHealth;
      if (!positions.delete(episodeId) && readHealth === 'ok') return readHealth;
      return write(positions);
    },
    reset() {
      if (!storage) return seen('unavailable');
      try {
        storage.removeItem(RESUME_STORE_KEY);
        return seen('ok');
      } catch {
        return seen('unavailable');
      }
    },
    all() {
      return read().positions;
    },
    get health() {
      return health;
    },
  };
}

/** How close to the end counts as the end: 30 s, or a tenth of a film shorter than five minutes. */
function endMargin(duration: number): number {
  return Math.min(END_MARGIN, duration / 10);
}

function isUsableDuration(duration: number | undefined): duration is number {
  return duration !== undefined && Number.isFinite(duration) && duration > 0;
}

/**
 * The time to offer to resume at ("Reprendre à 12:34 ?"), or undefined when starting over is as
 * good: nothing saved, the first 15 s (`RESUME_MIN_TIME`), or the last 30 s (`END_MARGIN`; a tenth
 * of a film under five minutes), where the episode counts as finished. The end is judged by the
 * media's `duration` once known, else by the saved one.
 */
export function resumeOffer(saved: SavedPosition | undefined, duration?: number): number | undefined {
  if (!saved) return undefined;
  const length = isUsableDuration(duration) ? duration : saved.duration;
  if (!isUsableDuration(length)) return undefined;
  if (saved.time <= RESUME_MIN_TIME || saved.time >= length - endMargin(length)) return undefined;
  return saved.time;
}

/**
 * How much of an episode was watched, for the episode list: `fraction` between 0 and 1, and
 * `finished` from 30 s before the end on (a tenth of a film under five minutes), the same line past
 * which `resumeOffer` offers nothing. Undefined without a saved position or a usable duration.
 */
export function progressOf(saved: SavedPosition | undefined): { fraction: number; finished: boolean } | undefined {
  if (!saved || !isUsableDuration(saved.duration)) return undefined;
  const { time, duration } = saved;
  return { fraction: Math.min(1, Math.max(0, time / duration)), finished: time >= duration - endMargin(duration) };
}

/**
 * Whether to save the position now. `at` is a wall clock in milliseconds (`Date.now()` or
 * `performance.now()`, the same for both), `time` the media time. Saves: the first time; while
 * playing, at most every 5 s of wall clock (`SAVE_INTERVAL_MS`), or at once after a jump of more
 * than 5 s either way (`SEEK_JUMP`, a seek); when paused, whenever the position differs from the one
 * saved. The end of the media is a pause (the media element sets `paused` when it ends): pass
 * `paused || ended`. A time that is not a usable number is never saved.
 */
export function shouldSave(lastSaved: { time: number; at: number } | undefined, now: { time: number; at: number }, paused: boolean): boolean {
  if (!Number.isFinite(now.time) || now.time < 0) return false;
  if (!lastSaved) return true;
  if (paused) return now.time !== lastSaved.time;
  const elapsed = now.at - lastSaved.at;
  return elapsed >= SAVE_INTERVAL_MS || elapsed < 0 || Math.abs(now.time - lastSaved.time) > SEEK_JUMP;
}
