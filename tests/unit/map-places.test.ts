import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextFromCues, type ContextCard } from '../../src/content/context-track.ts';
import { parseWebVtt } from '../../src/content/webvtt-file.ts';
import {
  brighter,
  calendarState,
  countStates,
  defaultView,
  filmState,
  groupLocations,
  guessTheatre,
  mapPlaces,
  sortPlaces,
  theatreOf,
  viewsWithPlaces,
  type MapPlace,
  type PlaceState,
} from '../../src/map/map-places.ts';

function demoCards(file: string): ContextCard[] {
  const path = `chapters/${file}`;
  return contextFromCues(parseWebVtt(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), path).cues, path).cards;
}

let line = 0;
function card(key: string, start: number, end: number, places: ContextCard['places'], extra: Partial<ContextCard> = {}): ContextCard {
  line += 1;
  return {
    type: 'card',
    key,
    line,
    start,
    end,
    title: key,
    date: '1944-08-01',
    places,
    text: key,
    sources: [{ url: 'https://example.org/', publisher: 'Example', kind: 'museum' }],
    ...extra,
  } as ContextCard;
}

const paris = { name: 'Paris', lat: 48.86, lon: 2.35 };
const bayeux = { name: 'Bayeux', lat: 49.28, lon: -0.7 };

describe('mapPlaces', () => {
  it('lists every place of every card in film order, with its own date or its card’s', () => {
    const cards = [
      card('b', 20, 30, [paris], { date: '1944-08-19/1944-08-25' }),
      card('a', 10, 20, [bayeux, { ...paris, date: '1944-08-25', dateNote: 'note' }], { date: '1944-06-07/1944-08-25' }),
    ];
    const places = mapPlaces(cards);
    expect(places.map((place) => place.id)).toEqual(['a:0', 'a:1', 'b:0']);
    expect(places.map((place) => place.order)).toEqual([0, 0, 1]);
    expect(places.map((place) => [place.date, place.day])).toEqual([
      ['1944-06-07/1944-08-25', '1944-06-07'],
      ['1944-08-25', '1944-08-25'],
      ['1944-08-19/1944-08-25', '1944-08-19'],
    ]);
    expect(places[1]!.dateNote).toBe('note');
  });

  it('marks places unverified by their card, or by a flag of their own if a later schema allows one', () => {
    const flagged = { ...bayeux, unverified: true } as ContextCard['places'][number];
    const places = mapPlaces([card('a', 0, 1, [paris], { unverified: true }), card('b', 1, 2, [flagged, paris])]);
    expect(places.map((place) => place.unverified)).toEqual([true, true, false]);
  });

  it('reads the demo episodes: every place has a view and a day, ids are unique', () => {
    for (const file of ['episode-06.context.vtt', 'episode-07.context.vtt']) {
      const places = mapPlaces(demoCards(file));
      expect(places.length).toBeGreaterThan(20);
      expect(new Set(places.map((place) => place.id)).size).toBe(places.length);
      for (const place of places) expect(place.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(viewsWithPlaces(mapPlaces(demoCards('episode-06.context.vtt')))).toEqual(['france', 'pacific']);
    expect(viewsWithPlaces(mapPlaces(demoCards('episode-07.context.vtt')))).toEqual(['france', 'europe', 'pacific']);
  });
});

describe('theatres', () => {
  it('keeps a card’s own theatre', () => {
    expect(theatreOf({ theatre: 'europe', places: [bayeux] })).toBe('europe');
  });

  it('guesses from the places when the card names none', () => {
    expect(guessTheatre([bayeux])).toBe('france');
    expect(guessTheatre([{ lat: 43.3, lon: 5.37 }])).toBe('france');
    expect(guessTheatre([{ lat: 42.7, lon: 9.45 }])).toBe('france');
    expect(guessTheatre([{ lat: 53.9, lon: 27.57 }])).toBe('europe');
    expect(guessTheatre([{ lat: 41.9, lon: 12.5 }])).toBe('europe');
    expect(guessTheatre([{ lat: 15.19, lon: 145.75 }])).toBe('pacific');
    expect(guessTheatre([{ lat: 21.3, lon: -157.9 }])).toBe('pacific');
    expect(theatreOf({ places: [{ name: 'Saipan', lat: 15.19, lon: 145.75 }] })).toBe('pacific');
  });
});

describe('defaultView', () => {
  const france = card('f', 0, 10, [paris], { theatre: 'france' });
  const pacific = card('p', 5, 15, [{ name: 'Saipan', lat: 15.19, lon: 145.75 }], { theatre: 'pacific' });
  it('follows the card on screen, the latest to start when several are', () => {
    expect(defaultView([pacific], ['france', 'pacific'])).toBe('pacific');
    expect(defaultView([france, pacific], ['france', 'pacific'])).toBe('pacific');
    expect(defaultView([pacific, france], ['france', 'pacific'])).toBe('pacific');
  });
  it('falls back on France, then on the first view that has places', () => {
    expect(defaultView([], ['france', 'pacific'])).toBe('france');
    expect(defaultView([], ['europe', 'pacific'])).toBe('europe');
    expect(defaultView([], [])).toBe('france');
  });
});

describe('states', () => {
  const places = mapPlaces([
    card('a', 10, 20, [bayeux], { date: '1944-06-07' }),
    card('b', 20, 40, [paris], { date: '1944-08-25' }),
    card('c', 30, 50, [paris, bayeux], { date: '1944-06-07/1944-09-01' }),
  ]);
  const [a, b, c0] = places as [MapPlace, MapPlace, MapPlace, MapPlace];

  it('in the film: dim before its card, lit once reached, current while the card is on', () => {
    expect(filmState(a, 5, new Set())).toBe('dim');
    expect(filmState(a, 10, new Set(['a']))).toBe('current');
    expect(filmState(a, 25, new Set(['b']))).toBe('lit');
    expect(filmState(b, 19.99, new Set(['a']))).toBe('dim');
  });

  it('on the calendar: by the place’s first day', () => {
    expect(calendarState(a, '1944-06-06')).toBe('dim');
    expect(calendarState(a, '1944-06-07')).toBe('current');
    expect(calendarState(a, '1944-06-08')).toBe('lit');
    expect(calendarState(b, '1944-08-24')).toBe('dim');
    expect(calendarState(c0, '1944-06-07')).toBe('current');
  });

  it('counts reached (lit or current) and current places', () => {
    expect(countStates(['dim', 'lit', 'current', 'lit'])).toEqual({ total: 4, reached: 3, current: 1 });
    expect(countStates([])).toEqual({ total: 0, reached: 0, current: 0 });
  });

  it('sorts the list by film order, or by day for the calendar', () => {
    expect(sortPlaces(places, 'film').map((place) => place.id)).toEqual(['a:0', 'b:0', 'c:0', 'c:1']);
    expect(sortPlaces(places, 'calendar').map((place) => place.id)).toEqual(['a:0', 'c:0', 'c:1', 'b:0']);
  });

  it('groups places at one position into one point, brightest state first, clicking to the first such card', () => {
    const states: Record<string, PlaceState> = { 'a:0': 'lit', 'b:0': 'lit', 'c:0': 'current', 'c:1': 'current' };
    const locations = groupLocations(places, (place) => states[place.id]!);
    expect(locations).toHaveLength(2);
    const bayeuxPoint = locations.find((location) => location.places[0]!.id === 'a:0')!;
    expect(bayeuxPoint.places.map((place) => place.id)).toEqual(['a:0', 'c:1']);
    expect(bayeuxPoint.state).toBe('current');
    expect(bayeuxPoint.target.id).toBe('c:1');
    const parisLit = groupLocations(places, (place) => (place.id === 'c:0' ? 'dim' : 'lit')).find((location) => location.places[0]!.id === 'b:0')!;
    expect(parisLit.state).toBe('lit');
    expect(parisLit.target.id).toBe('b:0');
  });
});

// Random episodes: cards with random spans and places, in any order.
const placeArb = fc.record({
  name: fc.constantFrom('A', 'B', 'C', 'D'),
  lat: fc.constantFrom(43.3, 45.76, 48.86, 49.28),
  lon: fc.constantFrom(5.37, 4.84, 2.35, -0.7),
  date: fc.option(fc.constantFrom('1944-06-07', '1944-08-25', '1944-09-03', '1944-08-19/1944-08-28'), { nil: undefined }),
});
const cardsArb = fc
  .array(
    fc.record({
      start: fc.integer({ min: 0, max: 500 }),
      length: fc.integer({ min: 1, max: 60 }),
      date: fc.constantFrom('1944-06-06', '1944-07-20', '1944-08-15/1944-08-30', '1944-12-31'),
      places: fc.array(placeArb, { minLength: 1, maxLength: 4 }),
    }),
    { maxLength: 30 },
  )
  .map((specs) => specs.map((spec, index) => card(`card-${index}`, spec.start, spec.start + spec.length, spec.places, { date: spec.date })));

describe('properties over random episodes', () => {
  it('the film lights places monotonically and the current ones are those of the active cards', () => {
    fc.assert(
      fc.property(cardsArb, fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), (cards, t1, t2) => {
        const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const places = mapPlaces(cards);
        const activeAt = (time: number) => new Set(cards.filter((item) => item.start <= time && time < item.end).map((item) => item.key));
        const at = (time: number) => places.map((place) => filmState(place, time, activeAt(time)));
        const before = at(early);
        const after = at(late);
        places.forEach((place, index) => {
          if (before[index] !== 'dim') expect(after[index]).not.toBe('dim');
          expect(before[index] === 'current').toBe(activeAt(early).has(place.card.key));
        });
        expect(countStates(after).reached).toBeGreaterThanOrEqual(countStates(before).reached);
      }),
    );
  });

  it('the calendar lights places monotonically, each on its own day', () => {
    const day = fc.integer({ min: 0, max: 208 }).map((offset) => new Date(Date.UTC(1944, 5, 6 + offset)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(cardsArb, day, day, (cards, d1, d2) => {
        const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
        for (const place of mapPlaces(cards)) {
          const before = calendarState(place, early);
          const after = calendarState(place, late);
          if (before !== 'dim') expect(after).not.toBe('dim');
          expect(after === 'current').toBe(place.day === late);
          expect(place.day).toBe((place.date.split('/')[0]));
        }
      }),
    );
  });

  it('points partition the places, each in the brightest state of its places', () => {
    fc.assert(
      fc.property(cardsArb, fc.integer({ min: 0, max: 600 }), (cards, time) => {
        const places = mapPlaces(cards);
        const active = new Set(cards.filter((item) => item.start <= time && time < item.end).map((item) => item.key));
        const stateOf = (place: MapPlace) => filmState(place, time, active);
        const locations = groupLocations(places, stateOf);
        expect(locations.flatMap((location) => location.places.map((place) => place.id)).sort()).toEqual(places.map((place) => place.id).sort());
        for (const location of locations) {
          expect(location.state).toBe(location.places.map(stateOf).reduce(brighter, 'dim'));
          expect(stateOf(location.target)).toBe(location.state);
          expect(location.places).toContain(location.target);
        }
      }),
    );
  });
});
