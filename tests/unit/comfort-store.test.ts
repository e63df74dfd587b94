import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMFORT_STORE_KEY,
  SUBTITLE_BACKGROUNDS,
  SUBTITLE_SIZES,
  createComfortStore,
  subtitleDefault,
  type ComfortChoices,
} from '../../src/comfort/comfort-store.ts';
import type { StorageLike } from '../../src/warnings/warning-store.ts';

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

function storageWith(value: unknown): FakeStorage {
  const storage = new FakeStorage();
  storage.items.set(COMFORT_STORE_KEY, typeof value === 'string' ? value : JSON.stringify(value));
  return storage;
}

const ALL: ComfortChoices = { lang: 'en', subtitles: 'fr', subtitleSize: 'xl', subtitleBackground: 'box', descriptions: true };

describe('createComfortStore', () => {
  it('reads back what it saved, under its own key', () => {
    const storage = new FakeStorage();
    expect(createComfortStore(storage).save(ALL)).toBe('ok');
    expect(createComfortStore(storage).load()).toEqual({ value: ALL, health: 'ok' });
    expect(JSON.parse(storage.items.get(COMFORT_STORE_KEY)!)).toEqual(ALL);
  });

  it('reads nothing chosen, in good health, when nothing was saved', () => {
    const store = createComfortStore(new FakeStorage());
    expect(store.load()).toEqual({ value: {}, health: 'ok' });
    expect(store.health).toBe('ok');
  });

  it('saves only the choices made', () => {
    const storage = new FakeStorage();
    createComfortStore(storage).save({ subtitles: 'off', descriptions: false });
    expect(JSON.parse(storage.items.get(COMFORT_STORE_KEY)!)).toEqual({ subtitles: 'off', descriptions: false });
    expect(createComfortStore(storage).load().value).toEqual({ subtitles: 'off', descriptions: false });
  });

  it('updates one choice and keeps the others', () => {
    const storage = new FakeStorage();
    const store = createComfortStore(storage);
    store.save({ lang: 'en', subtitles: 'fr' });
    expect(store.update({ subtitleSize: 'l' })).toEqual({ value: { lang: 'en', subtitles: 'fr', subtitleSize: 'l' }, health: 'ok' });
    expect(store.update({ subtitles: 'off' }).value).toEqual({ lang: 'en', subtitles: 'off', subtitleSize: 'l' });
    expect(createComfortStore(storage).load().value).toEqual({ lang: 'en', subtitles: 'off', subtitleSize: 'l' });
  });

  it('forgets a choice updated to undefined', () => {
    const store = createComfortStore(new FakeStorage());
    store.save({ lang: 'en', subtitles: 'fr' });
    expect(store.update({ lang: undefined }).value).toEqual({ subtitles: 'fr' });
  });

  it('drops, when saving, a choice that is not one', () => {
    const storage = new FakeStorage();
    const store = createComfortStore(storage);
    const bad = { lang: 'de', subtitleSize: 'huge', subtitles: 'fr' } as unknown as ComfortChoices;
    expect(store.save(bad)).toBe('ok');
    expect(JSON.parse(storage.items.get(COMFORT_STORE_KEY)!)).toEqual({ subtitles: 'fr' });
  });

  it('reports corrupt JSON, reads nothing chosen and leaves the value until the next save', () => {
    const storage = storageWith('{"lang": "e');
    const store = createComfortStore(storage);
    expect(store.load()).toEqual({ value: {}, health: 'corrupt' });
    expect(storage.items.get(COMFORT_STORE_KEY)).toBe('{"lang": "e');
    expect(store.update({ lang: 'fr' })).toEqual({ value: { lang: 'fr' }, health: 'ok' });
  });

  it.each([
    ['an array', [ALL]],
    ['a number', 42],
    ['null', null],
    ['a string', 'en'],
  ])('reads %s as nothing chosen, corrupt', (_name, value) => {
    expect(createComfortStore(storageWith(value)).load()).toEqual({ value: {}, health: 'corrupt' });
  });

  it('keeps the good choices of a partly corrupt value and reports it', () => {
    const stored = { lang: 'de', subtitles: 'fr', subtitleSize: 'xxl', subtitleBackground: 'box', descriptions: 'yes' };
    expect(createComfortStore(storageWith(stored)).load()).toEqual({ value: { subtitles: 'fr', subtitleBackground: 'box' }, health: 'corrupt' });
  });

  it.each([['off'], ['fr'], ['en'], ['en-GB'], ['pt-BR'], ['ast']])('accepts %j as a subtitles choice', (subtitles) => {
    expect(createComfortStore(storageWith({ subtitles })).load()).toEqual({ value: { subtitles }, health: 'ok' });
  });

  it.each([[''], ['OFF'], ['français'], ['f'], ['<script>'], [42], [null]])('rejects %j as a subtitles choice', (subtitles) => {
    expect(createComfortStore(storageWith({ subtitles })).load()).toEqual({ value: {}, health: 'corrupt' });
  });

  it('ignores fields it does not know (written by a later version)', () => {
    expect(createComfortStore(storageWith({ lang: 'en', playbackRate: 2 })).load()).toEqual({ value: { lang: 'en' }, health: 'ok' });
  });

  it('reads nothing chosen and reports storage that throws', () => {
    const storage = storageWith(ALL);
    storage.getError = new DOMException('The operation is insecure.', 'SecurityError');
    const store = createComfortStore(storage);
    expect(store.load()).toEqual({ value: {}, health: 'unavailable' });
    expect(store.health).toBe('unavailable');
  });

  it('still gives the updated choices when they cannot be stored, to keep them for this visit', () => {
    const storage = new FakeStorage();
    storage.setError = new DOMException('Quota exceeded', 'QuotaExceededError');
    const store = createComfortStore(storage);
    expect(store.update({ subtitleSize: 'l' })).toEqual({ value: { subtitleSize: 'l' }, health: 'full' });
    expect(store.health).toBe('full');
    storage.setError = new Error('disabled');
    expect(store.save(ALL)).toBe('unavailable');
  });

  it('works without storage, reporting it unavailable', () => {
    const store = createComfortStore(undefined);
    expect(store.health).toBe('unavailable');
    expect(store.load()).toEqual({ value: {}, health: 'unavailable' });
    expect(store.save(ALL)).toBe('unavailable');
    expect(store.update({ lang: 'en' })).toEqual({ value: { lang: 'en' }, health: 'unavailable' });
    expect(store.reset()).toBe('unavailable');
  });

  it('forgets everything on reset, leaving other keys alone', () => {
    const storage = new FakeStorage();
    storage.items.set('other', 'kept');
    const store = createComfortStore(storage);
    store.save(ALL);
    expect(store.reset()).toBe('ok');
    expect(store.load()).toEqual({ value: {}, health: 'ok' });
    expect(storage.items.get('other')).toBe('kept');
    storage.removeError = new Error('nope');
    expect(store.reset()).toBe('unavailable');
  });

  it('loads anything stored under its key without throwing, always with valid choices', () => {
    const field = <T,>(values: readonly T[]) => fc.option(fc.oneof(fc.constantFrom(...values), fc.jsonValue()), { nil: undefined });
    const nearlyValid = fc
      .record({
        lang: field(['fr', 'en']),
        subtitles: field(['off', 'fr', 'en']),
        subtitleSize: field(SUBTITLE_SIZES),
        subtitleBackground: field(SUBTITLE_BACKGROUNDS),
        descriptions: field([true, false]),
      })
      .map((value) => JSON.stringify(value));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), nearlyValid), (stored) => {
        const { value, health } = createComfortStore(storageWith(stored)).load();
        expect(['ok', 'corrupt']).toContain(health);
        if (value.lang !== undefined) expect(['fr', 'en']).toContain(value.lang);
        if (value.subtitles !== undefined) expect(value.subtitles).toMatch(/^(off|[a-z]{2,3}(-[A-Za-z0-9]+)*)$/);
        if (value.subtitleSize !== undefined) expect(SUBTITLE_SIZES).toContain(value.subtitleSize);
        if (value.subtitleBackground !== undefined) expect(SUBTITLE_BACKGROUNDS).toContain(value.subtitleBackground);
        if (value.descriptions !== undefined) expect(typeof value.descriptions).toBe('boolean');
        for (const key of Object.keys(value)) expect(['lang', 'subtitles', 'subtitleSize', 'subtitleBackground', 'descriptions']).toContain(key);
      }),
      { numRuns: 500 },
    );
  });
});

describe('subtitleDefault', () => {
  it("follows the viewer's choice when that track exists", () => {
    expect(subtitleDefault('en', 'fr', 'fr', ['fr', 'en'])).toBe('en');
    expect(subtitleDefault('fr', 'en', 'fr', ['fr', 'en'])).toBe('fr');
    expect(subtitleDefault('off', 'en', 'fr', ['fr', 'en'])).toBe('off');
  });

  it('matches a chosen language to a regional track, and the reverse, giving the track as listed', () => {
    expect(subtitleDefault('en', 'fr', 'fr', ['fr', 'en-GB'])).toBe('en-GB');
    expect(subtitleDefault('en-GB', 'fr', 'fr', ['fr', 'en'])).toBe('en');
    expect(subtitleDefault('en-GB', 'fr', 'fr', ['en-US', 'en-GB'])).toBe('en-GB');
  });

  it('turns subtitles on in the interface language when the narration speaks another', () => {
    expect(subtitleDefault(undefined, 'en', 'fr', ['fr', 'en'])).toBe('en');
    expect(subtitleDefault(undefined, 'fr', 'en', ['fr', 'en'])).toBe('fr');
    expect(subtitleDefault(undefined, 'en', 'fr-FR', ['fr', 'en-US'])).toBe('en-US');
  });

  it('leaves them off when the interface speaks the narration language, or there is no track in it', () => {
    expect(subtitleDefault(undefined, 'fr', 'fr', ['fr', 'en'])).toBe('off');
    expect(subtitleDefault(undefined, 'fr', 'fr-CA', ['fr', 'en'])).toBe('off');
    expect(subtitleDefault(undefined, 'en', 'fr', ['fr'])).toBe('off');
    expect(subtitleDefault(undefined, 'en', 'fr', [])).toBe('off');
  });

  it('falls back to the default when the chosen track is missing from this episode', () => {
    expect(subtitleDefault('de', 'en', 'fr', ['fr', 'en'])).toBe('en');
    expect(subtitleDefault('en', 'fr', 'fr', ['fr'])).toBe('off');
  });

  it('compares languages without regard to case', () => {
    expect(subtitleDefault('EN', 'fr', 'fr', ['fr', 'en'])).toBe('en');
    expect(subtitleDefault(undefined, 'en', 'FR', ['fr', 'EN'])).toBe('EN');
  });

  it('always gives off or one of the tracks', () => {
    const tag: fc.Arbitrary<string> = fc.constantFrom('fr', 'en', 'de', 'en-GB', 'fr-CA', 'pt-BR');
    fc.assert(
      fc.property(fc.option(fc.oneof(tag, fc.constant('off')), { nil: undefined }), fc.constantFrom('fr' as const, 'en' as const), tag, fc.array(tag), (choice, ui, audio, available) => {
        const result = subtitleDefault(choice, ui, audio, available);
        expect(result === 'off' || available.includes(result)).toBe(true);
        if (choice === 'off') expect(result).toBe('off');
        if (choice !== undefined && available.includes(choice)) expect(result).toBe(choice);
      }),
    );
  });
});
