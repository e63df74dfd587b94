import { describe, expect, it, vi } from 'vitest';
import {
  AppearanceCache,
  appearanceGroups,
  episodesToLoad,
  momentsOf,
  peopleOnScreen,
  unreadable,
  type AppearanceCue,
  type EpisodeCues,
  type EpisodeRef,
  type LoadedCues,
} from '../../src/people/appearances.ts';

const cue = (id: string, start: number, end = start + 10): AppearanceCue => ({ id, start, end });
const episode = (number: number, extra: Partial<EpisodeRef> = {}): EpisodeRef => ({
  id: `episode-0${number}`,
  number,
  available: true,
  contextUrl: `/chapters/episode-0${number}.context.vtt`,
  ...extra,
});
const people = [{ id: 'june' }, { id: 'charles' }, { id: 'jack' }];

describe('peopleOnScreen', () => {
  it('names the people of the active cues, in cue order, once each', () => {
    const onScreen = peopleOnScreen([cue('jack', 20), cue('june', 5), cue('jack', 22)], people);
    expect(onScreen.map((entry) => entry.person.id)).toEqual(['june', 'jack']);
    expect(onScreen[1]!.appearance.start).toBe(20);
  });

  it('leaves out a cue naming nobody known, and says nobody when no cue is active', () => {
    expect(peopleOnScreen([cue('ghost', 1)], people)).toEqual([]);
    expect(peopleOnScreen([], people)).toEqual([]);
  });
});

describe('momentsOf', () => {
  it('lists one person’s moments by start, once per start, with their notes', () => {
    const cues = [cue('june', 30), cue('jack', 1), cue('june', 10), { ...cue('june', 30), end: 99 }, { ...cue('june', 50), note: 'n' }];
    expect(momentsOf('june', cues)).toEqual([
      { start: 10, end: 20 },
      { start: 30, end: 40 },
      { start: 50, end: 60, note: 'n' },
    ]);
    expect(momentsOf('nobody', cues)).toEqual([]);
  });
});

describe('episodesToLoad', () => {
  const episodes = [episode(6), episode(7), episode(8, { available: false }), episode(9, { contextUrl: undefined })];

  it('asks for every other episode with media and a context track, not yet known', () => {
    expect(episodesToLoad(episodes, 'episode-06', new Map()).map((item) => item.id)).toEqual(['episode-07']);
    expect(episodesToLoad(episodes, undefined, new Map()).map((item) => item.id)).toEqual(['episode-06', 'episode-07']);
  });

  it('does not ask again for an episode loading or loaded, but does for one that failed', () => {
    const loading = new Map<string, EpisodeCues>([['episode-07', { status: 'loading' }]]);
    const ready = new Map<string, EpisodeCues>([['episode-07', { status: 'ready', cues: [] }]]);
    const failed = new Map<string, EpisodeCues>([['episode-07', { status: 'failed', problems: [] }]]);
    expect(episodesToLoad(episodes, 'episode-06', loading)).toEqual([]);
    expect(episodesToLoad(episodes, 'episode-06', ready)).toEqual([]);
    expect(episodesToLoad(episodes, 'episode-06', failed).map((item) => item.id)).toEqual(['episode-07']);
  });
});

describe('appearanceGroups', () => {
  const episodes = [episode(7), episode(6), episode(1, { available: false, contextUrl: undefined })];

  it('lists the current episode from the player and the others from their tracks, by episode number', () => {
    const known = new Map<string, EpisodeCues>([['episode-07', { status: 'ready', cues: [cue('june', 372), cue('jack', 191)] }]]);
    const groups = appearanceGroups('june', { episodes, currentId: 'episode-06', currentCues: [cue('june', 53.8)], known });
    expect(groups).toEqual([
      { episode: episodes[1], current: true, status: 'ready', moments: [{ start: 53.8, end: 63.8 }] },
      { episode: episodes[0], current: false, status: 'ready', moments: [{ start: 372, end: 382 }] },
    ]);
  });

  it('shows an episode still loading or unreadable, and leaves out one the person is not in', () => {
    const loading = appearanceGroups('june', { episodes, currentId: 'episode-06', currentCues: [], known: new Map() });
    expect(loading).toEqual([{ episode: episodes[0], current: false, status: 'loading' }]);
    const failed = appearanceGroups('june', {
      episodes,
      currentId: 'episode-06',
      currentCues: [cue('jack', 1)],
      known: new Map([['episode-07', { status: 'failed', problems: [] }]]),
    });
    expect(failed).toEqual([{ episode: episodes[0], current: false, status: 'failed' }]);
  });

  it('uses a copy of the current episode loaded earlier while the player’s own track loads', () => {
    const known = new Map<string, EpisodeCues>([['episode-07', { status: 'ready', cues: [cue('june', 372)] }]]);
    const groups = appearanceGroups('june', { episodes, currentId: 'episode-07', currentCues: [], known });
    expect(groups).toEqual([
      { episode: episodes[1], current: false, status: 'loading' },
      { episode: episodes[0], current: true, status: 'ready', moments: [{ start: 372, end: 382 }] },
    ]);
  });
});

describe('unreadable', () => {
  it('is a track with nothing in it and an error', () => {
    const problem = { file: 'x', message: 'could not be loaded (HTTP 404)', severity: 'error' as const };
    expect(unreadable({ appearances: [], cards: [], problems: [problem] })).toBe(true);
    expect(unreadable({ appearances: [cue('june', 1)], problems: [problem] })).toBe(false);
    expect(unreadable({ appearances: [], cards: [{}], problems: [problem] })).toBe(false);
    expect(unreadable({ appearances: [], problems: [] })).toBe(false);
    expect(unreadable({ appearances: [], problems: [{ ...problem, severity: 'warning' }] })).toBe(false);
  });
});

describe('AppearanceCache', () => {
  const episodes = [episode(6), episode(7)];
  const track = (appearances: AppearanceCue[]): LoadedCues => ({ appearances, cards: [], problems: [] });

  it('loads each other episode once, even when asked twice at once, and reports each change', async () => {
    const load = vi.fn(async () => track([cue('june', 372)]));
    const changed = vi.fn();
    const cache = new AppearanceCache(load, changed);
    await Promise.all([cache.ensure(episodes, 'episode-06'), cache.ensure(episodes, 'episode-06')]);
    await cache.ensure(episodes, 'episode-06');
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith('/chapters/episode-07.context.vtt');
    expect(cache.known.get('episode-07')).toEqual({ status: 'ready', cues: [cue('june', 372)] });
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('publishes a new map at each change (so a Lit state sees it), loading before ready', async () => {
    let finish: (value: LoadedCues) => void = () => {};
    const cache = new AppearanceCache(() => new Promise((resolve) => (finish = resolve)));
    const before = cache.known;
    const pending = cache.ensure(episodes, 'episode-06');
    const loading = cache.known;
    expect(loading).not.toBe(before);
    expect(loading.get('episode-07')).toEqual({ status: 'loading' });
    finish(track([]));
    await pending;
    expect(cache.known).not.toBe(loading);
    expect(cache.known.get('episode-07')).toEqual({ status: 'ready', cues: [] });
  });

  it('marks an unreadable or throwing episode as failed, and tries it again at the next demand', async () => {
    const problem = { file: '/chapters/episode-07.context.vtt', message: 'could not be loaded (HTTP 404)', severity: 'error' as const };
    const load = vi
      .fn<(url: string) => Promise<LoadedCues>>()
      .mockResolvedValueOnce({ appearances: [], problems: [problem] })
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(track([cue('june', 1)]));
    const cache = new AppearanceCache(load);
    await cache.ensure(episodes, 'episode-06');
    expect(cache.known.get('episode-07')).toEqual({ status: 'failed', problems: [problem] });
    await cache.ensure(episodes, 'episode-06');
    expect(cache.known.get('episode-07')).toMatchObject({ status: 'failed', problems: [{ message: 'offline' }] });
    await cache.ensure(episodes, 'episode-06');
    expect(cache.known.get('episode-07')).toEqual({ status: 'ready', cues: [cue('june', 1)] });
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('loads nothing when there is no other episode', async () => {
    const load = vi.fn(async () => track([]));
    await new AppearanceCache(load).ensure([episode(6)], 'episode-06');
    expect(load).not.toHaveBeenCalled();
  });
});
