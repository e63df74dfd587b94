import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WARNING_CATEGORIES } from '../../src/content/cue-payloads.ts';
import { DEFAULT_PREFERENCES, WARNING_MODES } from '../../src/warnings/warning-policy.ts';
import {
  WARNING_STORE_KEY,
  createWarningStore,
  safeLocalStorage,
  type StorageLike,
  type StoredWarnings,
} from '../../src/warnings/warning-store.ts';

/** A Map-backed `Storage`; each method can be made to throw. */
class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getError: unknown = undefined;
  setError: unknown = undefined;
  removeError: unknown = undefined;

  getItem(key: string): string | null {
    if (this.getError !== undefined) throw this.getError;
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.setError !== undefined) throw this.setError;
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    if (this.removeError !== undefined) throw this.removeError;
    this.items.delete(key);
  }
}

const DEFAULTS: StoredWarnings = { preferences: DEFAULT_PREFERENCES, child: undefined, advisorySeen: false };

const SAMPLE: StoredWarnings = {
  preferences: { mode: 'blur', categories: { corpses: 'skip', combat: 'off' } },
  child: { salt: 'AAECAwQFBgcICQoLDA0ODw==', hash: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=', iterations: 100_000 },
  advisorySeen: true,
};

function validRecord(): Record<string, unknown> {
  return {
    version: 1,
    preferences: { mode: 'skip', categories: { death: 'blur' } },
    advisorySeen: false,
  };
}

function storageWith(value: unknown): FakeStorage {
  const storage = new FakeStorage();
  storage.items.set(WARNING_STORE_KEY, typeof value === 'string' ? value : JSON.stringify(value));
  return storage;
}

describe('createWarningStore', () => {
  it('reads back what it saved', () => {
    const storage = new FakeStorage();
    const store = createWarningStore(storage);
    expect(store.save(SAMPLE)).toBe('ok');
    expect(createWarningStore(storage).load()).toEqual({ value: SAMPLE, health: 'ok' });
    expect(JSON.parse(storage.items.get(WARNING_STORE_KEY)!)).toMatchObject({ version: 1, advisorySeen: true });
  });

  it('round-trips a value without a child lock', () => {
    const storage = new FakeStorage();
    const value: StoredWarnings = { ...SAMPLE, child: undefined };
    createWarningStore(storage).save(value);
    expect(createWarningStore(storage).load().value).toEqual(value);
  });

  it('uses the defaults, in good health, when nothing was saved', () => {
    const store = createWarningStore(new FakeStorage());
    expect(store.load()).toEqual({ value: DEFAULTS, health: 'ok' });
    expect(store.health).toBe('ok');
  });

  it('reports corrupt JSON, uses the defaults and leaves the value alone', () => {
    const storage = storageWith('{"version": 1, "prefer');
    const store = createWarningStore(storage);
    expect(store.load()).toEqual({ value: DEFAULTS, health: 'corrupt' });
    expect(store.health).toBe('corrupt');
    expect(storage.items.get(WARNING_STORE_KEY)).toBe('{"version": 1, "prefer');
    expect(store.save(SAMPLE)).toBe('ok');
    expect(store.load()).toEqual({ value: SAMPLE, health: 'ok' });
  });

  it.each([
    ['an unknown mode', { ...validRecord(), preferences: { mode: 'loud', categories: {} } }],
    ['an unknown mode for a category', { ...validRecord(), preferences: { mode: 'warn', categories: { death: 'loud' } } }],
    ['an unknown mode for an unknown category', { ...validRecord(), preferences: { mode: 'warn', categories: { ghosts: 'loud' } } }],
    ['another version', { ...validRecord(), version: 2 }],
    ['no version', { preferences: validRecord().preferences, advisorySeen: false }],
    ['categories that are a string', { ...validRecord(), preferences: { mode: 'warn', categories: 'death' } }],
    ['categories that are an array', { ...validRecord(), preferences: { mode: 'warn', categories: ['skip'] } }],
    ['categories that are null', { ...validRecord(), preferences: { mode: 'warn', categories: null } }],
    ['no advisorySeen', { version: 1, preferences: validRecord().preferences }],
    ['a child lock without a hash', { ...validRecord(), child: { salt: 'AAAA', iterations: 1000 } }],
    ['a child lock with zero iterations', { ...validRecord(), child: { salt: 'AAAA', hash: 'AAAA', iterations: 0 } }],
    ['a child lock that is not base64', { ...validRecord(), child: { salt: 'not base64!', hash: 'AAAA', iterations: 1000 } }],
    ['an array', [validRecord()]],
    ['a number', 42],
    ['null', null],
  ])('reports %s as corrupt and uses the defaults', (_name, record) => {
    expect(createWarningStore(storageWith(record)).load()).toEqual({ value: DEFAULTS, health: 'corrupt' });
  });

  it('drops unknown categories without calling the value corrupt', () => {
    const record = { ...validRecord(), preferences: { mode: 'warn', categories: { death: 'skip', ghosts: 'off' } } };
    const { value, health } = createWarningStore(storageWith(record)).load();
    expect(health).toBe('ok');
    expect(value.preferences).toEqual({ mode: 'warn', categories: { death: 'skip' } });
  });

  it('reports storage that throws on read as unavailable and uses the defaults', () => {
    const storage = storageWith(SAMPLE);
    storage.getError = new DOMException('The operation is insecure.', 'SecurityError');
    const store = createWarningStore(storage);
    expect(store.load()).toEqual({ value: DEFAULTS, health: 'unavailable' });
    expect(store.health).toBe('unavailable');
  });

  it('reports a write refused for quota as full', () => {
    const storage = new FakeStorage();
    storage.setError = new DOMException('Quota exceeded', 'QuotaExceededError');
    const store = createWarningStore(storage);
    expect(store.save(SAMPLE)).toBe('full');
    expect(store.health).toBe('full');
  });

  it('recognises a quota error by its legacy code 22', () => {
    const storage = new FakeStorage();
    storage.setError = Object.assign(new Error('quota'), { code: 22 });
    expect(createWarningStore(storage).save(SAMPLE)).toBe('full');
  });

  it('reports any other write failure as unavailable', () => {
    const storage = new FakeStorage();
    storage.setError = new Error('storage disabled');
    expect(createWarningStore(storage).save(SAMPLE)).toBe('unavailable');
    storage.setError = 'not even an Error';
    expect(createWarningStore(storage).save(SAMPLE)).toBe('unavailable');
  });

  it('reports no storage as unavailable everywhere', () => {
    const store = createWarningStore(undefined);
    expect(store.health).toBe('unavailable');
    expect(store.load()).toEqual({ value: DEFAULTS, health: 'unavailable' });
    expect(store.save(SAMPLE)).toBe('unavailable');
    expect(store.reset()).toBe('unavailable');
  });

  it('forgets everything on reset', () => {
    const storage = new FakeStorage();
    storage.items.set('another-key', 'kept');
    const store = createWarningStore(storage);
    store.save(SAMPLE);
    expect(store.reset()).toBe('ok');
    expect(storage.items.has(WARNING_STORE_KEY)).toBe(false);
    expect(storage.items.get('another-key')).toBe('kept');
    expect(store.load()).toEqual({ value: DEFAULTS, health: 'ok' });
  });

  it('reports a reset that throws as unavailable', () => {
    const storage = new FakeStorage();
    storage.removeError = new Error('nope');
    expect(createWarningStore(storage).reset()).toBe('unavailable');
  });

  it('loads anything stored under its key without throwing, always with valid preferences', () => {
    const mode = fc.oneof(fc.constantFrom(...WARNING_MODES), fc.string());
    const category = fc.oneof(fc.constantFrom(...WARNING_CATEGORIES), fc.string());
    const nearlyValid = fc
      .record({
        version: fc.oneof(fc.constant(1), fc.jsonValue()),
        preferences: fc.oneof(fc.record({ mode, categories: fc.oneof(fc.dictionary(category, mode), fc.jsonValue()) }), fc.jsonValue()),
        child: fc.option(fc.record({ salt: fc.base64String(), hash: fc.base64String(), iterations: fc.integer() }), { nil: undefined }),
        advisorySeen: fc.oneof(fc.boolean(), fc.jsonValue()),
      })
      .map((record) => JSON.stringify(record));
    const text = fc.oneof(fc.string(), fc.json(), nearlyValid);
    fc.assert(
      fc.property(text, (stored) => {
        const { value, health } = createWarningStore(storageWith(stored)).load();
        expect(['ok', 'corrupt']).toContain(health);
        expect(WARNING_MODES).toContain(value.preferences.mode);
        for (const [name, categoryMode] of Object.entries(value.preferences.categories)) {
          expect(WARNING_CATEGORIES).toContain(name);
          expect(WARNING_MODES).toContain(categoryMode);
        }
        expect(typeof value.advisorySeen).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('safeLocalStorage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('returns undefined where there is no window (Node)', () => {
    expect(safeLocalStorage()).toBeUndefined();
  });

  it("returns the window's storage when it can be read", () => {
    const localStorage = new FakeStorage();
    vi.stubGlobal('window', { localStorage });
    expect(safeLocalStorage()).toBe(localStorage);
  });

  it('returns undefined when reading window.localStorage throws (sandboxed iframe)', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(safeLocalStorage()).toBeUndefined();
  });
});
