import type { Lang } from '../content/localized.ts';
import type { PersonTheatre, FateFilter, TheatreFilter } from '../people/people-filter.ts';

/** "de" before a consonant, "d’" before a vowel: « Portrait d’Archie Sweeney ». */
export function frenchOf(name: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(name.normalize('NFC')) ? `d’${name}` : `de ${name}`;
}

const THEATRES: Record<Lang, Record<PersonTheatre, string>> = {
  fr: { europe: 'Europe', mediterranean: 'Méditerranée', pacific: 'Pacifique', 'air-europe': 'Guerre aérienne en Europe' },
  en: { europe: 'Europe', mediterranean: 'Mediterranean', pacific: 'Pacific', 'air-europe': 'Air war over Europe' },
};

const THEATRE_FILTERS: Record<Lang, Record<TheatreFilter, string>> = {
  fr: { all: 'Tous', europe: 'Europe', pacific: 'Pacifique', air: 'Guerre aérienne' },
  en: { all: 'All', europe: 'Europe', pacific: 'Pacific', air: 'Air war' },
};

const FATE_FILTERS: Record<Lang, Record<FateFilter, string>> = {
  fr: { all: 'Tous', killed: 'Morts au combat', survived: 'Survivants' },
  en: { all: 'All', killed: 'Killed in action', survived: 'Survived' },
};

const MESSAGES = {
  fr: {
    heading: 'Personnes',
    onScreen: 'À l’écran',
    nobodyOnScreen: 'Personne à l’écran en ce moment.',
    gallery: 'Toutes les personnes',
    filters: 'Filtrer',
    theatreLegend: 'Théâtre',
    fateLegend: 'Sort',
    theatreFilter: (filter: TheatreFilter) => THEATRE_FILTERS.fr[filter],
    fateFilter: (filter: FateFilter) => FATE_FILTERS.fr[filter],
    count: (shown: number, total: number) =>
      shown === total
        ? `${total} ${total === 1 ? 'personne' : 'personnes'}`
        : shown === 0
          ? `Aucune des ${total} personnes ne correspond à ces filtres.`
          : `${shown} ${shown === 1 ? 'personne' : 'personnes'} sur ${total}`,
    portrait: (name: string) => `Portrait ${frenchOf(name)} (illustration)`,
    killedShort: (year: string) => `Mort au combat (${year})`,
    close: 'Fermer',
    fullName: 'Nom complet',
    birthName: 'Nom de naissance',
    branch: 'Arme',
    unit: 'Unité',
    theatres: 'Théâtres',
    theatre: (theatre: PersonTheatre) => THEATRES.fr[theatre],
    fate: 'Sort',
    killed: (date: string | undefined, place: string | undefined) => `Mort au combat${date ? ` le ${date}` : ''}${place ? ` (${place})` : ''}`,
    survived: 'A survécu aux combats',
    biography: 'Biographie',
    unverified: 'Ce que nos sources ne confirment pas',
    unverifiedMark: 'Non confirmé\u00a0:',
    sources: 'Sources',
    appearances: 'Apparitions dans la série',
    appearancesHint: 'Chaque bouton mène à ce moment du film.',
    jump: (episode: number, clock: string) => `Épisode ${episode} · ${clock}`,
    thisEpisode: '(cet épisode)',
    otherEpisode: '(change d’épisode)',
    loadingEpisode: (episode: number) => `Épisode ${episode}\u00a0: chargement des apparitions…`,
    failedEpisode: (episode: number) => `Épisode ${episode}\u00a0: apparitions indisponibles (le fichier n’a pas pu être lu).`,
    noAppearance: 'Aucune apparition dans les épisodes disponibles.',
  },
  en: {
    heading: 'People',
    onScreen: 'On screen now',
    nobodyOnScreen: 'Nobody on screen right now.',
    gallery: 'Everyone',
    filters: 'Filter',
    theatreLegend: 'Theatre',
    fateLegend: 'Fate',
    theatreFilter: (filter: TheatreFilter) => THEATRE_FILTERS.en[filter],
    fateFilter: (filter: FateFilter) => FATE_FILTERS.en[filter],
    count: (shown: number, total: number) =>
      shown === total
        ? `${total} ${total === 1 ? 'person' : 'people'}`
        : shown === 0
          ? `None of the ${total} people match these filters.`
          : `${shown} of ${total} people`,
    portrait: (name: string) => `Portrait of ${name} (illustration)`,
    killedShort: (year: string) => `Killed in action (${year})`,
    close: 'Close',
    fullName: 'Full name',
    birthName: 'Birth name',
    branch: 'Service',
    unit: 'Unit',
    theatres: 'Theatres',
    theatre: (theatre: PersonTheatre) => THEATRES.en[theatre],
    fate: 'Fate',
    killed: (date: string | undefined, place: string | undefined) => `Killed in action${date ? ` on ${date}` : ''}${place ? ` (${place})` : ''}`,
    survived: 'Survived the fighting',
    biography: 'Biography',
    unverified: 'What our sources do not confirm',
    unverifiedMark: 'Not confirmed:',
    sources: 'Sources',
    appearances: 'Appearances in the series',
    appearancesHint: 'Each button takes you to that moment of the film.',
    jump: (episode: number, clock: string) => `Episode ${episode} · ${clock}`,
    thisEpisode: '(this episode)',
    otherEpisode: '(switches episode)',
    loadingEpisode: (episode: number) => `Episode ${episode}: loading appearances…`,
    failedEpisode: (episode: number) => `Episode ${episode}: appearances unavailable (the file could not be read).`,
    noAppearance: 'No appearance in the available episodes.',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type PeopleMessages = (typeof MESSAGES)['fr'];

export function peopleMessagesFor(lang: Lang): PeopleMessages {
  return MESSAGES[lang];
}
