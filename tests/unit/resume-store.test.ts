import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RESUME_LIMIT,
  RESUME_STORE_KEY,
  createResumeStore,
  progressOf,
  resumeOffer,
  shouldSave,
  type SavedPosition,
} from '../../src/comfort/resume-store.ts';
import type { StorageLike } from '../../src/warnings/warning-store.ts';

/** A Map-backed `Storage`; each method can be made to throw. */
class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getError: unknown = undefined;
  setError: unknown = undefined;
  removeError: unknown = undefined;
  writes = 0;

  getItem(key: string): string | null {
    if (this.getError !== undefined) throw this.getError;
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.setError !== undefined) throw this.setError;
    this.writes += 1;
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    if (this.removeError !== undefined) throw this.removeError;
    this.writes += 1;
    this.items.delete(key);
  }
}

function storageWith(value: unknown): FakeStorage {
  const storage = new FakeStorage();
  storage.items.set(RESUME_STORE_KEY, typeof value === 'string' ? value : JSON.stringify(value));
  return storage;
}

const T0 = Date.UTC(2025, 5, 6, 8, 0, 0);

describe('createResumeStore', () => {
  it('reads back what it saved, under one key, as { id: { time, duration, savedAt } }', () => {
    const storage = new FakeStorage();
    const store = createResumeStore(storage);
    expect(store.save('episode-06', 754.5, 2580, T0)).toBe('ok');
    expect(store.save('episode-07', 10, 1800, T0 + 1)).toBe('ok');
    const again = createResumeStore(storage);
    expect(again.get('episode-06')).toEqual({ time: 754.5, duration: 2580, savedAt: T0 });
    expect(again.get('episode-01')).toBeUndefined();
    expect([...again.all().keys()].sort()).toEqual(['episode-06', 'episode-07']);
    expect(JSON.parse(storage.items.get(RESUME_STORE_KEY)!)).toEqual({
      'episode-06': { time: 754.5, duration: 2580, savedAt: T0 },
      'episode-07': { time: 10, duration: 1800, savedAt: T0 + 1 },
    });
    expect(again.health).toBe('ok');
  });

  it('replaces an episode position with the newer one', () => {
    const store = createResumeStore(new FakeStorage());
    store.save('episode-06', 100, 2580, T0);
    store.save('episode-06', 200, 2580, T0 + 5000);
    expect(store.get('episode-06')).toEqual({ time: 200, duration: 2580, savedAt: T0 + 5000 });
    expect(store.all().size).toBe(1);
  });

  it('merges what another tab saved in the meantime', () => {
    const storage = new FakeStorage();
    const tabA = createResumeStore(storage);
    const tabB = createResumeStore(storage);
    tabA.save('episode-06', 100, 2580, T0);
    tabB.save('episode-07', 50, 1800, T0 + 1);
    expect([...tabA.all().keys()].sort()).toEqual(['episode-06', 'episode-07']);
  });

  it('keeps a time past the end at the end', () => {
    const store = createResumeStore(new FakeStorage());
    store.save('e', 2600, 2580, T0);
    expect(store.get('e')?.time).toBe(2580);
  });

  it.each([
    ['a time that is not a number', Number.NaN, 2580, T0],
    ['a negative time', -1, 2580, T0],
    ['an unknown duration', 100, Number.NaN, T0],
    ['an endless duration (a live stream)', 100, Number.POSITIVE_INFINITY, T0],
    ['a zero duration', 0, 0, T0],
    ['a clock that is not a number', 100, 2580, Number.NaN],
  ])('saves nothing for %s', (_name, time, duration, now) => {
    const storage = new FakeStorage();
    const store = createResumeStore(storage);
    expect(store.save('e', time, duration, now)).toBe('ok');
    expect(storage.writes).toBe(0);
    expect(store.get('e')).toBeUndefined();
  });

  it('saves nothing for an empty episode id', () => {
    const storage = new FakeStorage();
    createResumeStore(storage).save('', 100, 2580, T0);
    expect(storage.writes).toBe(0);
  });

  it(`keeps the ${RESUME_LIMIT} most recently saved episodes`, () => {
    const storage = new FakeStorage();
    const store = createResumeStore(storage);
    // Saved out of order: the oldest by savedAt go first, whatever the order of the calls.
    for (let index = 0; index < RESUME_LIMIT + 5; index += 1) {
      const age = (index * 7) % (RESUME_LIMIT + 5);
      store.save(`episode-${index}`, 100, 2580, T0 + age * 1000);
    }
    const kept = store.all();
    expect(kept.size).toBe(RESUME_LIMIT);
    const oldestKept = Math.min(...[...kept.values()].map((saved) => saved.savedAt));
    expect(oldestKept).toBe(T0 + 5 * 1000);
  });

  it('never drops the episode just saved, even when its clock is behind', () => {
    const store = createResumeStore(new FakeStorage());
    for (let index = 0; index < RESUME_LIMIT; index += 1) store.save(`episode-${index}`, 100, 2580, T0 + index);
    store.save('late', 100, 2580, T0 - 1_000_000);
    expect(store.all().size).toBe(RESUME_LIMIT);
    expect(store.get('late')).toBeDefined();
    expect(store.get('episode-0')).toBeUndefined();
  });

  it('forgets one episode and removes the key with the last', () => {
    const storage = new FakeStorage();
    const store = createResumeStore(storage);
    store.save('a', 100, 2580, T0);
    store.save('b', 100, 2580, T0);
    expect(store.clear('a')).toBe('ok');
    expect(store.get('a')).toBeUndefined();
    expect(store.get('b')).toBeDefined();
    expect(store.clear('b')).toBe('ok');
    expect(storage.items.has(RESUME_STORE_KEY)).toBe(false);
    const writes = storage.writes;
    expect(store.clear('never-saved')).toBe('ok');
    expect(storage.writes).toBe(writes);
  });

  it('forgets everything on reset, leaving other keys alone', () => {
    const storage = new FakeStorage();
    storage.items.set('other', 'kept');
    const store = createResumeStore(storage);
    store.save('a', 100, 2580, T0);
    expect(store.reset()).toBe('ok');
    expect(store.all().size).toBe(0);
    expect(storage.items.get('other')).toBe('kept');
  });

  it('keeps an episode id that is also an object property name', () => {
    const store = createResumeStore(new FakeStorage());
    store.save('__proto__', 100, 2580, T0);
    store.save('constructor', 200, 2580, T0);
    expect(store.get('__proto__')).toEqual({ time: 100, duration: 2580, savedAt: T0 });
    expect(store.get('constructor')?.time).toBe(200);
    expect(store.get('toString')).toBeUndefined();
  });

  it('reads corrupt JSON as empty, reports it, and overwrites it on the next save', () => {
    const storage = storageWith('{"episode-06": {"time": 75');
    const store = createResumeStore(storage);
    expect(store.all().size).toBe(0);
    expect(store.health).toBe('corrupt');
    expect(storage.items.get(RESUME_STORE_KEY)).toBe('{"episode-06": {"time": 75');
    expect(store.save('episode-06', 100, 2580, T0)).toBe('ok');
    expect(store.get('episode-06')?.time).toBe(100);
    expect(store.health).toBe('ok');
  });

  it.each([
    ['an array', [{ time: 1, duration: 2, savedAt: 3 }]],
    ['a number', 42],
    ['null', null],
    ['a string', 'episode-06'],
  ])('reads %s as empty and corrupt', (_name, value) => {
    const store = createResumeStore(storageWith(value));
    expect(store.all().size).toBe(0);
    expect(store.health).toBe('corrupt');
  });

  it('keeps the good entries of a partly corrupt value and reports it', () => {
    const store = createResumeStore(
      storageWith({
        good: { time: 100, duration: 2580, savedAt: T0 },
        noDuration: { time: 100, savedAt: T0 },
        negative: { time: -1, duration: 2580, savedAt: T0 },
        text: { time: '100', duration: 2580, savedAt: T0 },
        zeroDuration: { time: 0, duration: 0, savedAt: T0 },
        notAnObject: 100,
      }),
    );
    expect([...store.all().keys()]).toEqual(['good']);
    expect(store.health).toBe('corrupt');
  });

  it('ignores extra fields of an entry', () => {
    const store = createResumeStore(storageWith({ e: { time: 100, duration: 2580, savedAt: T0, rate: 2 } }));
    expect(store.get('e')).toEqual({ time: 100, duration: 2580, savedAt: T0 });
    expect(store.health).toBe('ok');
  });

  it('reads as empty and reports storage that throws', () => {
    const storage = storageWith({ e: { time: 100, duration: 2580, savedAt: T0 } });
    storage.getError = new DOMException('The operation is insecure.', 'SecurityError');
    const store = createResumeStore(storage);
    expect(store.get('e')).toBeUndefined();
    expect(store.all().size).toBe(0);
    expect(store.health).toBe('unavailable');
    // What it could not read, it does not overwrite.
    expect(store.save('f', 100, 2580, T0)).toBe('unavailable');
    expect(store.clear('e')).toBe('unavailable');
    expect(storage.writes).toBe(0);
  });

  it('reports a write refused for quota as full, and any other failure as unavailable', () => {
    const storage = new FakeStorage();
    const store = createResumeStore(storage);
    storage.setError = new DOMException('Quota exceeded', 'QuotaExceededError');
    expect(store.save('e', 100, 2580, T0)).toBe('full');
    expect(store.health).toBe('full');
    storage.setError = Object.assign(new Error('quota'), { code: 22 });
    expect(store.save('e', 100, 2580, T0)).toBe('full');
    storage.setError = 'not even an Error';
    expect(store.save('e', 100, 2580, T0)).toBe('unavailable');
    storage.setError = undefined;
    storage.items.set(RESUME_STORE_KEY, JSON.stringify({ e: { time: 1, duration: 2, savedAt: 3 } }));
    storage.removeError = new Error('nope');
    expect(store.clear('e')).toBe('unavailable');
    expect(store.reset()).toBe('unavailable');
  });

  it('works without storage, reporting it unavailable', () => {
    const store = createResumeStore(undefined);
    expect(store.health).toBe('unavailable');
    expect(store.get('e')).toBeUndefined();
    expect(store.all().size).toBe(0);
    expect(store.save('e', 100, 2580, T0)).toBe('unavailable');
    expect(store.clear('e')).toBe('unavailable');
    expect(store.reset()).toBe('unavailable');
  });

  it('reads anything stored under its key without throwing, giving only valid positions', () => {
    const entry = fc.record({ time: fc.oneof(fc.double(), fc.jsonValue()), duration: fc.oneof(fc.double(), fc.jsonValue()), savedAt: fc.oneof(fc.double(), fc.jsonValue()) });
    const nearlyValid = fc.dictionary(fc.string(), fc.oneof(entry, fc.jsonValue())).map((value) => JSON.stringify(value));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), nearlyValid), (stored) => {
        const store = createResumeStore(storageWith(stored));
        for (const saved of store.all().values()) {
          expect(Number.isFinite(saved.time) && saved.time >= 0).toBe(true);
          expect(Number.isFinite(saved.duration) && saved.duration > 0).toBe(true);
          expect(Number.isFinite(saved.savedAt)).toBe(true);
        }
        expect(['ok', 'corrupt']).toContain(store.health);
      }),
      { numRuns: 500 },
    );
  });
});

const saved = (time: number, duration = 2580): SavedPosition => ({ time, duration, savedAt: T0 });

describe('resumeOffer', () => {
  it('offers a position more than 15 s in and more than 30 s before the end', () => {
    expect(resumeOffer(saved(754), 2580)).toBe(754);
    expect(resumeOffer(saved(15.5), 2580)).toBe(15.5);
    expect(resumeOffer(saved(2549), 2580)).toBe(2549);
  });

  it('offers nothing near the start, near the end, or with nothing saved', () => {
    expect(resumeOffer(undefined, 2580)).toBeUndefined();
    expect(resumeOffer(saved(15), 2580)).toBeUndefined();
    expect(resumeOffer(saved(3), 2580)).toBeUndefined();
    expect(resumeOffer(saved(2550), 2580)).toBeUndefined();
    expect(resumeOffer(saved(2580), 2580)).toBeUndefined();
  });

  it('judges the end by the media duration when known, else by the saved one', () => {
    expect(resumeOffer(saved(1000, 2580), 1020)).toBeUndefined();
    expect(resumeOffer(saved(1000, 2580), Number.NaN)).toBe(1000);
    expect(resumeOffer(saved(1000, 1020), Number.NaN)).toBeUndefined();
    expect(resumeOffer(saved(1000, 1020), 0)).toBeUndefined();
  });

  it('keeps the end margin to a tenth of a short film', () => {
    // 120 s: the end margin is 12 s, so 100 s is still worth resuming.
    expect(resumeOffer(saved(100, 120), 120)).toBe(100);
    expect(resumeOffer(saved(109, 120), 120)).toBeUndefined();
    // Nothing in the first 15 s is offered, however short the film.
    expect(resumeOffer(saved(14, 20), 20)).toBeUndefined();
  });

  it('offers exactly the positions that progressOf does not call finished, past 15 s', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10_000, noNaN: true }), fc.double({ min: 1, max: 10_000, noNaN: true }), (time, duration) => {
        const position = saved(Math.min(time, duration), duration);
        const offer = resumeOffer(position, duration);
        const finished = progressOf(position)!.finished;
        expect(offer !== undefined).toBe(position.time > 15 && !finished);
      }),
    );
  });
});

describe('progressOf', () => {
  it('gives the fraction watched', () => {
    expect(progressOf(saved(645, 2580))).toEqual({ fraction: 0.25, finished: false });
    expect(progressOf(saved(0, 2580))).toEqual({ fraction: 0, finished: false });
  });

  it('calls an episode finished within 30 s of the end, or ended', () => {
    expect(progressOf(saved(2549, 2580))?.finished).toBe(false);
    expect(progressOf(saved(2550, 2580))?.finished).toBe(true);
    expect(progressOf(saved(2580, 2580))).toEqual({ fraction: 1, finished: true });
  });

  it('within a tenth of the end of a short film', () => {
    expect(progressOf(saved(107, 120))?.finished).toBe(false);
    expect(progressOf(saved(108, 120))?.finished).toBe(true);
    expect(progressOf(saved(0, 20))?.finished).toBe(false);
  });

  it('keeps the fraction between 0 and 1 and has nothing to say without a position', () => {
    expect(progressOf(saved(3000, 2580))).toEqual({ fraction: 1, finished: true });
    expect(progressOf(undefined)).toBeUndefined();
    expect(progressOf({ time: 10, duration: 0, savedAt: T0 })).toBeUndefined();
    expect(progressOf({ time: 10, duration: Number.NaN, savedAt: T0 })).toBeUndefined();
  });
});

describe('shouldSave', () => {
  const at = (time: number, ms: number) => ({ time, at: T0 + ms });

  it('saves the first position', () => {
    expect(shouldSave(undefined, at(3, 0), false)).toBe(true);
    expect(shouldSave(undefined, at(3, 0), true)).toBe(true);
  });

  it('saves at most every 5 s of wall clock while playing', () => {
    expect(shouldSave(at(100, 0), at(101, 1000), false)).toBe(false);
    expect(shouldSave(at(100, 0), at(104.9, 4999), false)).toBe(false);
    expect(shouldSave(at(100, 0), at(105, 5000), false)).toBe(true);
    // Slow motion: the clock, not the media, sets the pace.
    expect(shouldSave(at(100, 0), at(102.5, 5000), false)).toBe(true);
  });

  it('saves on a seek of more than 5 s, either way', () => {
    expect(shouldSave(at(100, 0), at(106, 200), false)).toBe(true);
    expect(shouldSave(at(100, 0), at(90, 200), false)).toBe(true);
    expect(shouldSave(at(100, 0), at(104, 200), false)).toBe(false);
  });

  it('saves on pause (and at the end, where the media is paused) unless that very position was saved', () => {
    expect(shouldSave(at(100, 0), at(100.3, 300), true)).toBe(true);
    expect(shouldSave(at(100, 0), at(100, 60_000), true)).toBe(false);
  });

  it('saves when the wall clock went back', () => {
    expect(shouldSave(at(100, 0), at(101, -60_000), false)).toBe(true);
  });

  it('saves nothing for a time that is not a number', () => {
    expect(shouldSave(undefined, at(Number.NaN, 0), true)).toBe(false);
    expect(shouldSave(at(100, 0), at(-1, 10_000), false)).toBe(false);
  });

  it('while playing at normal speed, saves about once every 5 s', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 10, max: 400 }), { minLength: 50, maxLength: 200 }), (steps) => {
        let clock = 0;
        let last: { time: number; at: number } | undefined;
        let saves = 0;
        for (const step of steps) {
          clock += step;
          const now = { time: clock / 1000, at: clock };
          if (shouldSave(last, now, false)) {
            if (last) expect(now.at - last.at).toBeGreaterThanOrEqual(5000);
            last = now;
            saves += 1;
          }
        }
        expect(saves).toBeLessThanOrEqual(1 + clock / 5000);
        expect(clock - (last?.at ?? 0)).toBeLessThan(5000 + 400);
      }),
    );
  });
});
