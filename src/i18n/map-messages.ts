import type { Lang } from '../content/localized.ts';
import type { MapView, PlaceState } from '../map/map-places.ts';

const VIEWS: Record<Lang, Record<MapView, string>> = {
  fr: { france: 'France', europe: 'Europe', pacific: 'Pacifique' },
  en: { france: 'France', europe: 'Europe', pacific: 'Pacific' },
};

const MESSAGES = {
  fr: {
    heading: 'La Libération, ville par ville',
    view: (view: MapView) => VIEWS.fr[view],
    views: 'Vue de la carte',
    modes: 'Mode de la carte',
    filmMode: 'Au fil du film',
    calendarMode: 'Calendrier 1944',
    noPlaces: 'Pas de lieux pour cet épisode.',
    loadingMap: 'Chargement de la carte…',
    loadFailed: 'La carte n’a pas pu être chargée ; la liste des lieux reste utilisable.',
    /** The map's accessible name: a summary, the list gives the detail. */
    summary: (view: MapView, reached: number, total: number, current: number) =>
      `Carte (${VIEWS.fr[view]})\u00a0: ${reached} ${reached > 1 ? 'lieux atteints' : 'lieu atteint'} sur ${total}${current > 0 ? `, dont ${current} en cours` : ''}`,
    calendarSummary: (view: MapView, day: string, reached: number, total: number) =>
      `Carte (${VIEWS.fr[view]}) au ${day}\u00a0: ${reached} ${reached > 1 ? 'lieux atteints' : 'lieu atteint'} sur ${total}`,
    listHeading: (count: number) => `Lieux de la carte (${count})`,
    listHint: 'Les mêmes lieux que sur la carte. Chaque bouton mène à la fiche du lieu dans le film.',
    filmState: { lit: 'atteint', current: 'en cours', dim: 'à venir' } satisfies Record<PlaceState, string>,
    calendarState: { lit: 'atteint', current: 'ce jour-là', dim: 'à venir' } satisfies Record<PlaceState, string>,
    legend: 'Légende',
    filmLegend: { lit: 'Lieu atteint dans le film', current: 'Lieu de la fiche en cours', dim: 'Lieu à venir' } satisfies Record<PlaceState, string>,
    calendarLegend: { lit: 'Lieu atteint avant ce jour', current: 'Lieu atteint ce jour-là', dim: 'Lieu pas encore atteint' } satisfies Record<PlaceState, string>,
    unsureLegend: 'Position ou date à vérifier',
    unverified: 'à vérifier',
    dateNote: 'date discutée',
    day: 'Jour',
    dayText: (day: string, reached: number, total: number) => `${day}, ${reached} ${reached > 1 ? 'lieux atteints' : 'lieu atteint'} sur ${total}`,
    reachedCount: (reached: number, total: number) => `${reached} ${reached > 1 ? 'lieux atteints' : 'lieu atteint'} sur ${total}`,
    calendarHint: 'Chaque lieu s’allume le jour que lui donnent nos sources (sa libération, ou l’événement de la fiche), quel que soit l’ordre du film.',
    goTo: 'aller à la fiche',
  },
  en: {
    heading: 'The Liberation, town by town',
    view: (view: MapView) => VIEWS.en[view],
    views: 'Map view',
    modes: 'Map mode',
    filmMode: 'As the film plays',
    calendarMode: '1944 calendar',
    noPlaces: 'No places for this episode.',
    loadingMap: 'Loading the map…',
    loadFailed: 'The map could not be loaded; the list of places still works.',
    summary: (view: MapView, reached: number, total: number, current: number) =>
      `Map (${VIEWS.en[view]}): ${reached} of ${total} ${total > 1 ? 'places' : 'place'} reached${current > 0 ? `, ${current} current` : ''}`,
    calendarSummary: (view: MapView, day: string, reached: number, total: number) =>
      `Map (${VIEWS.en[view]}) on ${day}: ${reached} of ${total} ${total > 1 ? 'places' : 'place'} reached`,
    listHeading: (count: number) => `Places on the map (${count})`,
    listHint: 'The same places as on the map. Each button goes to the place’s card in the film.',
    filmState: { lit: 'reached', current: 'current', dim: 'to come' } satisfies Record<PlaceState, string>,
    calendarState: { lit: 'reached', current: 'that day', dim: 'to come' } satisfies Record<PlaceState, string>,
    legend: 'Legend',
    filmLegend: { lit: 'Place reached in the film', current: 'Place of the current card', dim: 'Place to come' } satisfies Record<PlaceState, string>,
    calendarLegend: { lit: 'Place reached before that day', current: 'Place reached that day', dim: 'Place not reached yet' } satisfies Record<PlaceState, string>,
    unsureLegend: 'Position or date to be checked',
    unverified: 'to be checked',
    dateNote: 'date disputed',
    day: 'Day',
    dayText: (day: string, reached: number, total: number) => `${day}, ${reached} of ${total} ${total > 1 ? 'places' : 'place'} reached`,
    reachedCount: (reached: number, total: number) => `${reached} of ${total} ${total > 1 ? 'places' : 'place'} reached`,
    calendarHint: 'Each place lights up on the day our sources give it (its liberation, or the event of its card), whatever the film’s order.',
    goTo: 'go to the card',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type MapMessages = (typeof MESSAGES)['fr'];

export function mapMessagesFor(lang: Lang): MapMessages {
  return MESSAGES[lang];
}
