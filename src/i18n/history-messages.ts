import type { Lang } from '../content/localized.ts';

const MESSAGES = {
  fr: {
    heading: 'Déjà vues',
    replay: 'Revoir ce moment',
    replayLabel: (title: string) => `Revoir ce moment\u00a0: ${title}`,
    inFilm: (clock: string) => `à ${clock} dans le film`,
    announce: (titles: readonly string[]) => `Nouvelle fiche\u00a0: ${titles.join('\u00a0; ')}`,
  },
  en: {
    heading: 'Seen earlier',
    replay: 'Replay this moment',
    replayLabel: (title: string) => `Replay this moment: ${title}`,
    inFilm: (clock: string) => `at ${clock} in the film`,
    announce: (titles: readonly string[]) => `New card: ${titles.join('; ')}`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type HistoryMessages = (typeof MESSAGES)['fr'];

export function historyMessagesFor(lang: Lang): HistoryMessages {
  return MESSAGES[lang];
}
