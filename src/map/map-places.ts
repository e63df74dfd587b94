import type { ContextCard } from '../content/context-track.ts';
import { dateBounds, THEATRES } from '../content/cue-payloads.ts';
import type { Localized } from '../content/localized.ts';

/** The map's views: one per theatre of the context cards. */
export type MapView = (typeof THEATRES)[number];
export const MAP_VIEWS: readonly MapView[] = THEATRES;

/**
 * How a place is shown: `lit` once reached (its card reached in the film, or its day passed on the
 * calendar), `current` while its card is on screen (or on its own day), `dim` before.
 */
export type PlaceState = 'dim' | 'lit' | 'current';

/** One place of one card: what the map draws and the list lists. */
export interface MapPlace {
  /** `<card key>:<index of the place in the card>`, unique in an episode. */
  readonly id: string;
  readonly card: ContextCard;
  /** Where the card comes in the film (its index in the episode's cards, sorted by start). */
  readonly order: number;
  readonly name: Localized;
  readonly lat: number;
  readonly lon: number;
  /** The place's own date (a day or a range) when the content gives one, else its card's. */
  readonly date: string;
  /** The first day of `date` (`YYYY-MM-DD`): the day the calendar lights the place. */
  readonly day: string;
  readonly view: MapView;
  /** The card says it is unverified, or the place carries an `unverified: true` of its own. */
  readonly unverified: boolean;
  /** Why the place has no date of its own, or where sources disagree on it. */
  readonly dateNote: Localized | undefined;
}

/**
 * A rough guess of a card's theatre from its places, for a card that names none: mainland France
 * and Corsica by a box around them, the Pacific and East Asia east of 60° E or west of 100° W,
 * Europe (and its surroundings) otherwise. Only the mean position of the places counts.
 */
export function guessTheatre(places: readonly { readonly lat: number; readonly lon: number }[]): MapView {
  if (places.length === 0) return 'france';
  const lat = places.reduce((sum, place) => sum + place.lat, 0) / places.length;
  const lon = places.reduce((sum, place) => sum + place.lon, 0) / places.length;
  if (lat >= 41.3 && lat <= 51.1 && lon >= -5.2 && lon <= 9.6) return 'france';
  if (lon > 60 || lon < -100) return 'pacific';
  return 'europe';
}

export function theatreOf(card: Pick<ContextCard, 'theatre' | 'places'>): MapView {
  return card.theatre ?? guessTheatre(card.places);
}

/** A place whose coordinates are approximate or unchecked says so (`"unverified": true`). */
function placeUnverified(place: { readonly unverified?: boolean }): boolean {
  return place.unverified === true;
}

/** Every place of every card, in film order (cards by start, then places as the card lists them). */
export function mapPlaces(cards: readonly ContextCard[]): MapPlace[] {
  const sorted = cards.map((card, index) => ({ card, index })).sort((a, b) => a.card.start - b.card.start || a.index - b.index);
  return sorted.flatMap(({ card }, order) =>
    card.places.map((place, index) => {
      const date = place.date ?? card.date;
      return {
        id: `${card.key}:${index}`,
        card,
        order,
        name: place.name,
        lat: place.lat,
        lon: place.lon,
        date,
        day: dateBounds(date).from,
        view: theatreOf(card),
        unverified: card.unverified === true || placeUnverified(place),
        dateNote: place.dateNote,
      };
    }),
  );
}

/** The views that have at least one place, in the order France, Europe, Pacific. */
export function viewsWithPlaces(places: readonly MapPlace[]): MapView[] {
  return MAP_VIEWS.filter((view) => places.some((place) => place.view === view));
}

/**
 * The view to show when the viewer has chosen none: the theatre of the card on screen (the latest
 * to start, if several), else France, else the first view that has places.
 */
export function defaultView(currentCards: readonly ContextCard[], available: readonly MapView[]): MapView {
  const latest = [...currentCards].sort((a, b) => b.start - a.start).find((card) => available.includes(theatreOf(card)));
  if (latest) return theatreOf(latest);
  if (available.length === 0 || available.includes('france')) return 'france';
  return available[0]!;
}

/** In the film: reached once its card has started, current while its card is active. */
export function filmState(place: MapPlace, currentTime: number, currentKeys: ReadonlySet<string>): PlaceState {
  if (currentKeys.has(place.card.key)) return 'current';
  return place.card.start <= currentTime ? 'lit' : 'dim';
}

/** On the calendar: lit from its day on, current on that very day. `day` is `YYYY-MM-DD`. */
export function calendarState(place: MapPlace, day: string): PlaceState {
  if (place.day === day) return 'current';
  return place.day < day ? 'lit' : 'dim';
}

const RANK: Record<PlaceState, number> = { dim: 0, lit: 1, current: 2 };

export function brighter(a: PlaceState, b: PlaceState): PlaceState {
  return RANK[a] >= RANK[b] ? a : b;
}

export interface StateCounts {
  readonly total: number;
  /** Reached: lit or current. */
  readonly reached: number;
  readonly current: number;
}

export function countStates(states: Iterable<PlaceState>): StateCounts {
  let total = 0;
  let reached = 0;
  let current = 0;
  for (const state of states) {
    total += 1;
    if (state !== 'dim') reached += 1;
    if (state === 'current') current += 1;
  }
  return { total, reached, current };
}

/** The places in the list's order: film order, or by day (then film order) for the calendar. */
export function sortPlaces(places: readonly MapPlace[], by: 'film' | 'calendar'): MapPlace[] {
  if (by === 'film') return [...places];
  return [...places].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.order - b.order));
}

/** Places drawn as one point on the map: the same position (to about a kilometre). */
export interface MapLocation {
  readonly key: string;
  readonly lat: number;
  readonly lon: number;
  /** Its places, in film order. */
  readonly places: readonly MapPlace[];
  /** The brightest state of its places. */
  readonly state: PlaceState;
  /** The place a click goes to: the first, in film order, of those in the brightest state. */
  readonly target: MapPlace;
}

export function locationKey(place: Pick<MapPlace, 'lat' | 'lon'>): string {
  return `${place.lat.toFixed(2)},${place.lon.toFixed(2)}`;
}

/** Groups places at the same position, so that a town named by three cards is one point. */
export function groupLocations(places: readonly MapPlace[], stateOf: (place: MapPlace) => PlaceState): MapLocation[] {
  const groups = new Map<string, MapPlace[]>();
  for (const place of places) {
    const key = locationKey(place);
    const group = groups.get(key);
    if (group) group.push(place);
    else groups.set(key, [place]);
  }
  return [...groups].map(([key, group]) => {
    const state = group.map(stateOf).reduce(brighter, 'dim');
    const target = group.find((place) => stateOf(place) === state)!;
    return { key, lat: group[0]!.lat, lon: group[0]!.lon, places: group, state, target };
  });
}
