import type { Lang } from '../timeline/format-time.ts';

/** Strings of the bar under the video (share, audio description, transcript, help), the resume offer and the next-episode offer. */
const COMFORT_MESSAGES = {
  fr: {
    toolbar: 'Options de visionnage',
    share: 'Partager ce moment',
    shareLink: 'Lien vers ce moment',
    copied: 'Lien copié dans le presse-papiers.',
    copyYourself: 'Copiez le lien ci-dessous (Ctrl+C ou ⌘+C).',
    close: 'Fermer',
    descriptions: 'Audiodescription',
    descriptionsMissing: 'Pas d’audiodescription pour cet épisode dans cette langue.',
    transcript: 'Transcription',
    shortcuts: 'Raccourcis clavier',
    resumeAt: (clock: string) => `Reprendre à ${clock}\u00a0?`,
    resume: 'Reprendre',
    fromStart: 'Depuis le début',
    nextEpisode: 'Épisode suivant',
    watchNext: (heading: string) => `Regarder : ${heading}`,
    previousEpisode: 'Épisode précédent',
    episodeNavigation: 'Épisodes voisins',
    progress: (percent: number) => `vu à ${percent}\u00a0%`,
    finished: 'vu en entier',
    notStarted: 'pas encore vu',
  },
  en: {
    toolbar: 'Viewing options',
    share: 'Share this moment',
    shareLink: 'Link to this moment',
    copied: 'Link copied to the clipboard.',
    copyYourself: 'Copy the link below (Ctrl+C or ⌘+C).',
    close: 'Close',
    descriptions: 'Audio description',
    descriptionsMissing: 'No audio description for this episode in this language.',
    transcript: 'Transcript',
    shortcuts: 'Keyboard shortcuts',
    resumeAt: (clock: string) => `Resume at ${clock}?`,
    resume: 'Resume',
    fromStart: 'From the start',
    nextEpisode: 'Next episode',
    watchNext: (heading: string) => `Watch: ${heading}`,
    previousEpisode: 'Previous episode',
    episodeNavigation: 'Neighbouring episodes',
    progress: (percent: number) => `${percent}% watched`,
    finished: 'watched in full',
    notStarted: 'not watched yet',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type ComfortMessages = (typeof COMFORT_MESSAGES)['fr'];

export function comfortMessagesFor(lang: Lang): ComfortMessages {
  return COMFORT_MESSAGES[lang];
}
