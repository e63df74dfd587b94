/**
 * The viewer's remembered warning choices: the overall and per-category modes, the child-mode lock
 * and whether the advisory was seen, under one versioned `localStorage` key. What is read back is
 * checked with a schema; whenever anything is off (no storage, a sandboxed iframe, a corrupt or
 * older value) the defaults are used. Nothing here throws to its caller: storage is a convenience,
 * the player works without it.
 */
import * as v from 'valibot';
import { WARNING_CATEGORIES, type WarningCategory } from '../content/cue-payloads.ts';
import { ChildLockRecordSchema, type ChildLockRecord } from './child-lock.ts';
import { DEFAULT_PREFERENCES, WARNING_MODES, type WarningMode, type WarningPreferences } from './warning-policy.ts';

export const WARNING_STORE_KEY = 'douze-vies:warnings:v1';

/** The part of `Storage` the store uses, so tests can pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoredWarnings {
  readonly preferences: WarningPreferences;
  readonly child: ChildLockRecord | undefined;
  readonly advisorySeen: boolean;
}

/**
 * `unavailable`: no storage, or it throws (sandboxed iframe, storage disabled). `corrupt`: the saved
 * value is not JSON or not the expected shape; it is left alone until the next save overwrites it.
 * `full`: the browser refused the write for lack of quota.
 */
export type StoreHealth = 'ok' | 'unavailable' | 'corrupt' | 'full';

export interface WarningStore {
  load(): { value: StoredWarnings; health: StoreHealth };
  save(value: StoredWarnings): StoreHealth;
  reset(): StoreHealth;
  /** The latest health seen by `load`, `save` or `reset`. */
  readonly health: StoreHealth;
}

const DEFAULTS: StoredWarnings = { preferences: DEFAULT_PREFERENCES, child: undefined, advisorySeen: false };

const ModeSchema = v.picklist(WARNING_MODES);

function keepKnownCategories(modes: Record<string, WarningMode>): Partial<Record<WarningCategory, WarningMode>> {
  const known: Partial<Record<WarningCategory, WarningMode>> = {};
  for (const category of WARNING_CATEGORIES) {
    if (Object.hasOwn(modes, category)) known[category] = modes[category];
  }
  return known;
}

/** Per-category modes: a plain object (not an array), every mode valid, unknown categories dropped. */
const CategoriesSchema = v.pipe(
  v.unknown(),
  v.check((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'must be an object'),
  v.record(v.string(), ModeSchema),
  v.transform(keepKnownCategories),
);

const StoredSchema = v.object({
  version: v.literal(1),
  preferences: v.object({ mode: ModeSchema, categories: CategoriesSchema }),
  child: v.optional(ChildLockRecordSchema),
  advisorySeen: v.boolean(),
});

/** `window.localStorage`, or undefined where there is none or reading it throws (sandboxed iframes). */
export function safeLocalStorage(): StorageLike | undefined {
  try {
    if (typeof window === 'undefined') return undefined;
    // Null, not a throw, where storage is switched off in some browsers.
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** A storage write refused because the storage is full (the name and code differ across browsers). */
export function isQuotaError(error: unknown): boolean {
  try {
    if (typeof error !== 'object' || error === null) return false;
    const { name, code } = error as { name?: unknown; code?: unknown };
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
  } catch {
    return false;
  }
}

/** The stored value, or the defaults and `corrupt` when it is not JSON or not the expected shape. */
function parse(text: string): { value: StoredWarnings; health: StoreHealth } {
  try {
    const result = v.safeParse(StoredSchema, JSON.parse(text));
    if (!result.success) return { value: DEFAULTS, health: 'corrupt' };
    const { preferences, child, advisorySeen } = result.output;
    return { value: { preferences, child, advisorySeen }, health: 'ok' };
  } catch {
    return { value: DEFAULTS, health: 'corrupt' };
  }
}

function serialize(value: StoredWarnings): string {
  const record = {
    version: 1,
    preferences: { mode: value.preferences.mode, categories: keepKnownCategories(value.preferences.categories) },
    child: value.child ? { salt: value.child.salt, hash: value.child.hash, iterations: value.child.iterations } : undefined,
    advisorySeen: value.advisorySeen,
  };
  return JSON.stringify(record);
}

export function createWarningStore(storage: StorageLike | undefined): WarningStore {
  let health: StoreHealth = storage ? 'ok' : 'unavailable';

  function seen(latest: StoreHealth): StoreHealth {
    health = latest;
    return latest;
  }

  return {
    load() {
      if (!storage) return { value: DEFAULTS, health: seen('unavailable') };
      let text: unknown;
      try {
        text = storage.getItem(WARNING_STORE_KEY);
      } catch {
        return { value: DEFAULTS, health: seen('unavailable') };
      }
      if (text === null || text === undefined) return { value: DEFAULTS, health: seen('ok') };
      const loaded = typeof text === 'string' ? parse(text) : { value: DEFAULTS, health: 'corrupt' as const };
      return { value: loaded.value, health: seen(loaded.health) };
    },
    save(value) {
      if (!storage) return seen('unavailable');
      try {
        storage.setItem(WARNING_STORE_KEY, serialize(value));
        return seen('ok');
      } catch (error) {
        return seen(isQuotaError(error) ? 'full' : 'unavailable');
      }
    },
    reset() {
      if (!storage) return seen('unavailable');
      try {
        storage.removeItem(WARNING_STORE_KEY);
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
