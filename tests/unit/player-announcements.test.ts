import { describe, expect, it } from 'vitest';
import type { Chapter } from '../../src/content/chapters.ts';
import type { ContentWarning, ContextCard } from '../../src/content/context-track.ts';
import { announcementsFor, NOTHING_ANNOUNCED, type Announced } from '../../src/player/player-announcements.ts';
import type { PlayerSnapshot } from '../../src/player/player-context.ts';
import { INITIAL_MEDIA_STATE, type MediaState } from '../../src/player/player-state.ts';

const chapter: Chapter = { id: 'normandie', title: 'Normandie', start: 0, end: 40 };
const card = { key: 'bayeux', id: 'bayeux', type: 'card', title: { fr: 'Bayeux libérée', en: 'Bayeux freed' }, start: 9, end: 23 } as unknown as ContextCard;
const warning = { key: 'w-caen', id: 'w-caen', type: 'warning', categories: ['combat'], text: { fr: 'Combats', en: 'Fighting' }, start: 38, end: 53 } as unknown as ContentWarning;

function snapshot(media: Partial<MediaState>, on: { chapter?: Chapter; cards?: ContextCard[]; warnings?: ContentWarning[]; lang?: 'fr' | 'en' } = {}): PlayerSnapshot {
  return {
    lang: on.lang ?? 'fr',
    media: { ...INITIAL_MEDIA_STATE, ready: true, ...media },
    chapters: [chapter],
    stretches: [warning],
    chapter: on.chapter,
    cards: on.cards ?? [],
    warnings: on.warnings ?? [],
    appearances: [],
    episode: { id: 'episode-06' } as PlayerSnapshot['episode'],
    episodes: [],
    episodeCards: [card],
    episodeAppearances: [],
    people: [],
    remote: undefined,
  };
}

const types = (events: readonly Event[]) => events.map((event) => event.type);

describe('announcementsFor', () => {
  it('tells everything the first time, then nothing when nothing changed', () => {
    const first = announcementsFor(NOTHING_ANNOUNCED, snapshot({ currentTime: 10 }, { chapter, cards: [card] }));
    expect(types(first.events)).toEqual(['dv-time-change', 'dv-chapter-change', 'dv-card-change']);
    const again = announcementsFor(first.announced, snapshot({ currentTime: 10 }, { chapter, cards: [card] }));
    expect(again.events).toEqual([]);
  });

  it('gives the chapter, cards and warnings as a page reads them, in the player language', () => {
    const { events } = announcementsFor(NOTHING_ANNOUNCED, snapshot({ currentTime: 40 }, { chapter, cards: [card], warnings: [warning], lang: 'en' }));
    const detail = (type: string) => (events.find((event) => event.type === type) as CustomEvent).detail;
    expect(detail('dv-chapter-change')).toEqual({ chapter: { id: 'normandie', title: 'Normandie', start: 0, end: 40 } });
    expect(detail('dv-card-change')).toEqual({ cards: [{ id: 'bayeux', title: 'Bayeux freed', start: 9, end: 23 }] });
    expect(detail('dv-warning-change')).toEqual({ warnings: [{ id: 'w-caen', start: 38, end: 53, categories: ['combat'], text: 'Fighting' }] });
    for (const event of events) {
      expect(event.bubbles).toBe(true);
      expect(event.composed).toBe(true);
      expect(event.cancelable).toBe(false);
    }
  });

  it('says when cards end and when the chapter is left (null), but only once', () => {
    const on = announcementsFor(NOTHING_ANNOUNCED, snapshot({ currentTime: 10 }, { chapter, cards: [card] })).announced;
    const off = announcementsFor(on, snapshot({ currentTime: 60 }));
    expect(types(off.events)).toEqual(['dv-time-change', 'dv-chapter-change', 'dv-card-change']);
    expect((off.events[1] as CustomEvent).detail).toEqual({ chapter: null });
    expect((off.events[2] as CustomEvent).detail).toEqual({ cards: [] });
    expect(announcementsFor(off.announced, snapshot({ currentTime: 60 })).events).toEqual([]);
  });

  it('tells play and pause on the change only, and not before the media is ready', () => {
    let announced: Announced = announcementsFor(NOTHING_ANNOUNCED, snapshot({ currentTime: 0, ready: false, paused: false })).announced;
    expect(announced.playing).toBe(false);
    const playing = announcementsFor(announced, snapshot({ currentTime: 0, paused: false }));
    expect(types(playing.events)).toEqual(['dv-play']);
    expect((playing.events[0] as CustomEvent).detail).toEqual({ episode: 'episode-06', currentTime: 0 });
    announced = playing.announced;
    expect(types(announcementsFor(announced, snapshot({ currentTime: 0, paused: false })).events)).toEqual([]);
    expect(types(announcementsFor(announced, snapshot({ currentTime: 0, paused: true })).events)).toEqual(['dv-pause']);
    expect(types(announcementsFor(announced, snapshot({ currentTime: 0, paused: false, ended: true })).events)).toEqual(['dv-pause']);
  });

  it('says the chapter and cards again in the new language after a switch', () => {
    const fr = announcementsFor(NOTHING_ANNOUNCED, snapshot({ currentTime: 10 }, { chapter, cards: [card] })).announced;
    const en = announcementsFor(fr, snapshot({ currentTime: 10 }, { chapter, cards: [card], lang: 'en' }));
    expect(types(en.events)).toEqual(['dv-chapter-change', 'dv-card-change']);
    expect((en.events[1] as CustomEvent).detail.cards[0].title).toBe('Bayeux freed');
  });
});
