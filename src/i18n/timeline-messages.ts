import type { Lang } from '../content/localized.ts';

/** Short month names for the axis labels, where room is short. */
const SHORT_MONTHS: Record<Lang, readonly string[]> = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const MESSAGES = {
  fr: {
    heading: 'Chronologie',
    intro: 'Les fiches de l’épisode dans l’ordre de l’histoire, chacune avec son moment dans le film\u00a0: choisissez-en une pour y aller.',
    empty: 'Pas de fiche datée pour cet épisode.',
    inFilm: (clock: string) => `dans le film à ${clock}`,
    month: (month: number) => SHORT_MONTHS.fr[month] ?? '',
    history: 'Histoire',
    film: 'Film',
  },
  en: {
    heading: 'Timeline',
    intro: 'The episode’s cards in historical order, each with its moment in the film: choose one to go there.',
    empty: 'No dated card for this episode.',
    inFilm: (clock: string) => `in the film at ${clock}`,
    month: (month: number) => SHORT_MONTHS.en[month] ?? '',
    history: 'History',
    film: 'Film',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type TimelineMessages = (typeof MESSAGES)['fr'];

export function timelineMessagesFor(lang: Lang): TimelineMessages {
  return MESSAGES[lang];
}
