/**
 * Hostile storage: `localStorage` that throws, is full, or holds corrupt JSON, the wrong shape or a
 * future version. The warning, resume and comfort stores never throw and fall back to defaults.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMFORT_STORE_KEY, createComfortStore } from '../../src/comfort/comfort-store.ts';
import { RESUME_STORE_KEY, createResumeStore, progressOf, resumeOffer } from '../../src/comfort/resume-store.ts';
import { DEFAULT_PREFERENCES } from '../../src/warnings/warning-policy.ts';
import { WARNING_STORE_KEY, createWarningStore, type StorageLike, type StoredWarnings } from '../../src/warnings/warning-store.ts';

type Behaviour = 'works' | 'throws' | 'full' | 'security' | 'returns-junk';

/** A Map-backed storage whose reads and writes can be made to fail in the ways browsers fail. */
class HostileStorage implements StorageLike {
  readonly items = new Map<string, string>();
  constructor(
    public read: Behaviour = 'works',
    public write: Behaviour = 'works',
  ) {}

  private fail(behaviour: Behaviour): void {
    if (behaviour === 'throws') throw new Error('storage is off');
    if (behaviour === 'security') throw new DOMException('The operation is insecure.', 'SecurityError');
    if (behaviour === 'full') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }

  getItem(key: string): string | null {
    this.fail(this.read);
    if (this.read === 'returns-junk') return { toString: () => { throw new Error('junk'); } } as unknown as string;
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.fail(this.write);
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    // Browsers refuse writes for quota, never removals.
    if (this.write !== 'full') this.fail(this.write);
    this.items.delete(key);
  }
}

/** Stored texts that are not what a store wrote: corrupt JSON, other shapes, a future version. */
const HOSTILE_TEXTS = [
  '',
  '{',
  'undefined',
  'null',
  'true',
  '42',
  '"text"',
  '[]',
  '[1,2,3]',
  '{}',
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
  '\uFEFF{}',
  'x'.repeat(100_000),
  '{"version": 2, "preferences": {"mode": "skip", "categories": {}}, "advisorySeen": true, "future": [1]}',
  '{"version": "1", "preferences": {"mode": "skip", "categories": {}}, "advisorySeen": true}',
  '{"version": 1, "preferences": {"mode": "explode", "categories": []}, "advisorySeen": "yes"}',
  '{"version": 1, "preferences": {"mode": "skip", "categories": {"combat": "nope"}}, "advisorySeen": true}',
  '{"version": 1, "preferences": {"mode": "skip", "categories": {}}, "advisorySeen": true, "child": {"salt": "!", "hash": 1, "iterations": 1e308}}',
  '{"e-1": {"time": "12", "duration": 100, "savedAt": 1}}',
  '{"e-1": {"time": -1, "duration": 100, "savedAt": 1}, "": {"time": 1, "duration": 2, "savedAt": 3}}',
  '{"e-1": {"time": 1e308, "duration": 0, "savedAt": null}}',
  '{"e-1": null, "e-2": [], "e-3": "x"}',
  '{"lang": "de", "subtitles": "<script>", "subtitleSize": "huge", "subtitleBackground": 1, "descriptions": "yes"}',
  '{"lang": ["fr"], "subtitles": {"x": 1}, "version": 99}',
  '{"subtitles": "javascript:alert(1)"}',
];

const WARNINGS: StoredWarnings = { preferences: { mode: 'blur', categories: { combat: 'skip' } }, child: undefined, advisorySeen: true };

function everyStore(storage: StorageLike) {
  return { warnings: createWarningStore(storage), resume: createResumeStore(storage), comfort: createComfortStore(storage) };
}

describe('hostile storage: reads that fail', () => {
  for (const read of ['throws', 'security', 'returns-junk'] as const) {
    it(`falls back to defaults when getItem ${read}`, () => {
      const { warnings, resume, comfort } = everyStore(new HostileStorage(read));
      expect(warnings.load().value).toEqual({ preferences: DEFAULT_PREFERENCES, child: undefined, advisorySeen: false });
      expect(resume.get('e-1')).toBeUndefined();
      expect([...resume.all()]).toEqual([]);
      expect(comfort.load().value).toEqual({});
      expect(warnings.health).not.toBe('ok');
      expect(comfort.health).not.toBe('ok');
    });
  }
});

describe('hostile storage: writes that fail', () => {
  it('reports a full storage (QuotaExceededError) and keeps what was stored', () => {
    const storage = new HostileStorage('works', 'works');
    const { warnings, resume, comfort } = everyStore(storage);
    warnings.save(WARNINGS);
    resume.save('e-1', 100, 1000, 1);
    comfort.save({ lang: 'en' });
    storage.write = 'full';
    expect(warnings.save({ ...WARNINGS, advisorySeen: false })).toBe('full');
    expect(resume.save('e-1', 200, 1000, 2)).toBe('full');
    expect(comfort.update({ lang: 'fr' })).toEqual({ value: { lang: 'fr' }, health: 'full' });
    expect(warnings.load().value).toEqual(WARNINGS);
    expect(resume.get('e-1')).toEqual({ time: 100, duration: 1000, savedAt: 1 });
    expect(comfort.load().value).toEqual({ lang: 'en' });
  });

  for (const write of ['throws', 'security'] as const) {
    it(`never throws when setItem and removeItem ${write}`, () => {
      const { warnings, resume, comfort } = everyStore(new HostileStorage('works', write));
      expect(warnings.save(WARNINGS)).toBe('unavailable');
      expect(warnings.reset()).toBe('unavailable');
      expect(resume.save('e-1', 100, 1000, 1)).toBe('unavailable');
      expect(resume.clear('e-1')).toBe('ok'); // nothing to forget, nothing written
      expect(resume.reset()).toBe('unavailable');
      expect(comfort.update({ subtitles: 'off' }).value).toEqual({ subtitles: 'off' });
      expect(comfort.reset()).toBe('unavailable');
    });
  }

  it('never throws with no storage at all', () => {
    const warnings = createWarningStore(undefined);
    const resume = createResumeStore(undefined);
    const comfort = createComfortStore(undefined);
    expect(warnings.load().health).toBe('unavailable');
    expect(resume.save('e-1', 1, 2, 3)).toBe('unavailable');
    expect(comfort.update({ lang: 'en' })).toEqual({ value: { lang: 'en' }, health: 'unavailable' });
  });
});

describe('hostile storage: what was stored is not what a store wrote', () => {
  for (const text of HOSTILE_TEXTS) {
    it(`reads defaults or good values from ${JSON.stringify(text.slice(0, 60))}${text.length > 60 ? '…' : ''}`, () => {
      const storage = new HostileStorage();
      for (const key of [WARNING_STORE_KEY, RESUME_STORE_KEY, COMFORT_STORE_KEY]) storage.items.set(key, text);
      const { warnings, resume, comfort } = everyStore(storage);

      const loaded = warnings.load();
      expect(['ok', 'corrupt']).toContain(loaded.health);
      expect(['warn', 'blur', 'skip', 'off', 'cover', 'pause', 'ask']).toContain(loaded.value.preferences.mode);
      if (loaded.health === 'corrupt') expect(loaded.value).toEqual({ preferences: DEFAULT_PREFERENCES, child: undefined, advisorySeen: false });

      for (const [id, position] of resume.all()) {
        expect(id).not.toBe('');
        expect(Number.isFinite(position.time) && position.time >= 0).toBe(true);
        expect(Number.isFinite(position.duration) && position.duration > 0).toBe(true);
        expect(() => resumeOffer(position, 10)).not.toThrow();
        expect(progressOf(position)!.fraction).toBeLessThanOrEqual(1);
      }

      const choices = comfort.load().value;
      expect(Object.keys(choices).every((key) => ['lang', 'subtitles', 'subtitleSize', 'subtitleBackground', 'descriptions'].includes(key))).toBe(true);
      if (choices.subtitles !== undefined) expect(choices.subtitles).toMatch(/^(off|[a-z]{2,3}(-[A-Za-z0-9]+)*)$/);

      // Saving over a bad value works and reads back.
      expect(warnings.save(WARNINGS)).toBe('ok');
      expect(warnings.load()).toEqual({ value: WARNINGS, health: 'ok' });
      expect(resume.save('e-9', 30, 600, 5)).toBe('ok');
      expect(resume.get('e-9')).toEqual({ time: 30, duration: 600, savedAt: 5 });
      expect(comfort.update({ lang: 'en' }).health).toBe('ok');
      expect(comfort.load().value.lang).toBe('en');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('reads a future version of the warning choices as defaults, and leaves it until the next save', () => {
    const storage = new HostileStorage();
    const future = '{"version": 2, "preferences": {"mode": "skip", "categories": {}}, "advisorySeen": true}';
    storage.items.set(WARNING_STORE_KEY, future);
    expect(createWarningStore(storage).load()).toEqual({ value: { preferences: DEFAULT_PREFERENCES, child: undefined, advisorySeen: false }, health: 'corrupt' });
    expect(storage.items.get(WARNING_STORE_KEY)).toBe(future);
  });

  it('keeps the good resume entries next to bad ones', () => {
    const storage = new HostileStorage();
    storage.items.set(RESUME_STORE_KEY, '{"good": {"time": 60, "duration": 600, "savedAt": 1}, "bad": {"time": "60"}, "__proto__": {"time": 1, "duration": 2, "savedAt": 3}}');
    const resume = createResumeStore(storage);
    expect(resume.get('good')).toEqual({ time: 60, duration: 600, savedAt: 1 });
    expect(resume.get('bad')).toBeUndefined();
    expect(resume.health).toBe('corrupt');
  });

  it('never throws and falls back to valid values, for arbitrary stored text and JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ version: 1, ...(typeof value === 'object' ? value : { value }) }))), (text) => {
        const storage = new HostileStorage();
        for (const key of [WARNING_STORE_KEY, RESUME_STORE_KEY, COMFORT_STORE_KEY]) storage.items.set(key, text);
        const { warnings, resume, comfort } = everyStore(storage);
        const loaded = warnings.load();
        expect(['ok', 'corrupt']).toContain(loaded.health);
        for (const position of resume.all().values()) expect(Number.isFinite(position.time)).toBe(true);
        comfort.update({ descriptions: true });
        expect(comfort.load().value.descriptions).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
