/**
 * The viewer's comfort choices, remembered across reloads and episodes: interface language,
 * subtitles (a language or off), their size and backing, and audio description. A choice left out
 * has not been made yet, and the player decides (see `subtitleDefault`). One versioned
 * `localStorage` key; what is read back is checked field by field with a schema, so one bad field
 * loses only itself. Nothing here throws to its caller: storage is a convenience.
 */
import * as v from 'valibot';
import type { Lang } from '../timeline/format-time.ts';
import { isQuotaError, type StorageLike, type StoreHealth } from '../warnings/warning-store.ts';

export type { StorageLike, StoreHealth };

export const COMFORT_STORE_KEY = 'douze-vies.comfort.v1';

export const SUBTITLE_SIZES = ['s', 'm', 'l', 'xl'] as const;
export type SubtitleSize = (typeof SUBTITLE_SIZES)[number];
/** `shadow`: an outline and shadow around the letters; `box`: a dark box behind them. */
export const SUBTITLE_BACKGROUNDS = ['shadow', 'box'] as const;
export type SubtitleBackground = (typeof SUBTITLE_BACKGROUNDS)[number];

export interface ComfortChoices {
  readonly lang?: Lang;
  /** `'off'`, or the srclang of the subtitles wanted (`fr`, `en`, `en-GB`…). */
  readonly subtitles?: 'off' | (string & {});
  readonly subtitleSize?: SubtitleSize;
  readonly subtitleBackground?: SubtitleBackground;
  /** Audio description spoken. */
  readonly descriptions?: boolean;
}

export interface ComfortStore {
  load(): { value: ComfortChoices; health: StoreHealth };
  /** Stores the valid choices of `value` (anything else is dropped), replacing what was stored. */
  save(value: ComfortChoices): StoreHealth;
  /**
   * Changes some choices and keeps the others (a key given as undefined forgets that choice). The
   * new choices come back even when they could not be stored, so the page can keep them for this visit.
   */
  update(changes: Partial<ComfortChoices>): { value: ComfortChoices; health: StoreHealth };
  reset(): StoreHealth;
  /** The latest health seen by any call; `ok` before the first. */
  readonly health: StoreHealth;
}

/** A language tag as the manifest's `srclang` is written. */
const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

const FIELDS = {
  lang: v.picklist(['fr', 'en']),
  subtitles: v.union([v.literal('off'), v.pipe(v.string(), v.maxLength(35), v.regex(LANG_TAG))]),
  subtitleSize: v.picklist(SUBTITLE_SIZES),
  subtitleBackground: v.picklist(SUBTITLE_BACKGROUNDS),
  descriptions: v.boolean(),
} as const;

type Field = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as Field[];

/** The valid choices of `record`, and whether any known field held something else. Unknown fields are ignored. */
function validChoices(record: Readonly<Record<string, unknown>>): { value: ComfortChoices; dropped: boolean } {
  const value: Record<string, unknown> = {};
  let dropped = false;
  for (const name of FIELD_NAMES) {
    if (!Object.hasOwn(record, name) || record[name] === undefined) continue;
    const result = v.safeParse(FIELDS[name], record[name]);
    if (result.success) value[name] = result.output;
    else dropped = true;
  }
  return { value: value as ComfortChoices, dropped };
}

function parse(text: string): { value: ComfortChoices; health: StoreHealth } {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return { value: {}, health: 'corrupt' };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { value: {}, health: 'corrupt' };
  const { value, dropped } = validChoices(record as Record<string, unknown>);
  return { value, health: dropped ? 'corrupt' : 'ok' };
}


export function createComfortStore(storage: StorageLike | undefined): ComfortStore {
  let health: StoreHealth = storage ? 'ok' : 'unavailable';

  function seen(latest: StoreHealth): StoreHealth {
    health = latest;
    return latest;
  }

  function load(): { value: ComfortChoices; health: StoreHealth } {
    if (!storage) return { value: {}, health: seen('unavailable') };
    let text: unknown;
    try {
      text = storage.getItem(COMFORT_STORE_KEY);
    } catch {
      return { value: {}, health: seen('unavailable') };
    }
    if (text === null || text === undefined) return { value: {}, health: seen('ok') };
    const loaded = typeof text === 'string' ? parse(text) : { value: {}, health: 'corrupt' as const };
    return { value: loaded.value, health: seen(loaded.health) };
  }

  function save(value: ComfortChoices): StoreHealth {
    if (!storage) return seen('unavailable');
    try {
      storage.setItem(COMFORT_STORE_KEY, JSON.stringify(validChoices(value as Record<string, unknown>).value));
      return seen('ok');
    } catch (error) {
      return seen(isQuotaError(error) ? 'full' : 'unavailable');
    }
  }

  return {
    load,
    save,
    update(changes) {
      const merged: Record<string, unknown> = { ...load().value, ...changes };
      const { value } = validChoices(merged);
      return { value, health: save(value) };
    },
    reset() {
      if (!storage) return seen('unavailable');
      try {
        storage.removeItem(COMFORT_STORE_KEY);
        return seen('ok');
      } catch {
        return seen('unavailable');
      }
    },
    get health() {
      return health;
    },
  };
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/** The track of `available` for `lang`: the same tag first (any case), else the same primary language (`en` ↔ `en-GB`). */
function trackIn(available: readonly string[], lang: string): string | undefined {
  const wanted = lang.toLowerCase();
  return available.find((track) => track.toLowerCase() === wanted) ?? available.find((track) => primary(track) === primary(wanted));
}

/**
 * Which subtitles to show when an episode opens: the viewer's `choice` when made and available
 * (`'off'` always is); else subtitles in the interface language `uiLang` when the narration
 * (`audioLang`) speaks another language and such a track exists (an English reader of a French
 * film gets English subtitles); else `'off'`. Returns `'off'` or an entry of `available` as written.
 */
export function subtitleDefault(choice: ComfortChoices['subtitles'], uiLang: Lang, audioLang: string, available: readonly string[]): string {
  if (choice === 'off') return 'off';
  const chosen = choice === undefined ? undefined : trackIn(available, choice);
  if (chosen !== undefined) return chosen;
  if (primary(uiLang) === primary(audioLang)) return 'off';
  return trackIn(available, uiLang) ?? 'off';
}
