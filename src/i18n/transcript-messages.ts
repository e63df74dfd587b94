import type { Lang } from '../content/localized.ts';

const FRENCH_NUMBER = new Intl.NumberFormat('fr-FR');
const ENGLISH_NUMBER = new Intl.NumberFormat('en-GB');

const MESSAGES = {
  fr: {
    heading: 'Transcription',
    waiting: 'En attente du lecteur…',
    loading: 'Chargement de la transcription…',
    none: 'Pas de transcription en français pour cet épisode.',
    failed: 'La transcription n’a pas pu être chargée.',
    hint: 'Choisissez une ligne pour aller à ce moment du film (flèches haut et bas pour passer d’une ligne à l’autre).',
    lines: 'Texte de l’épisode',
    description: 'Description',
    colon: '\u00a0:',
    descriptionsMissing: 'Descriptions de l’image indisponibles',
    problems: (count: number) => (count === 1 ? '1 problème dans les fichiers de la transcription' : `${FRENCH_NUMBER.format(count)} problèmes dans les fichiers de la transcription`),
    search: 'Rechercher dans la transcription',
    previousMatch: 'Résultat précédent',
    nextMatch: 'Résultat suivant',
    count: (count: number) => (count === 0 ? 'Aucun résultat' : count === 1 ? '1 résultat' : `${FRENCH_NUMBER.format(count)} résultats`),
    position: (position: number, count: number) => `Résultat ${FRENCH_NUMBER.format(position)} sur ${FRENCH_NUMBER.format(count)}`,
    backToCurrent: 'Revenir au passage en cours',
  },
  en: {
    heading: 'Transcript',
    waiting: 'Waiting for the player…',
    loading: 'Loading the transcript…',
    none: 'No English transcript for this episode.',
    failed: 'The transcript could not be loaded.',
    hint: 'Choose a line to go to that moment in the film (Up and Down arrows move from line to line).',
    lines: 'Text of the episode',
    description: 'Description',
    colon: ':',
    descriptionsMissing: 'Picture descriptions unavailable',
    problems: (count: number) => (count === 1 ? '1 problem in the transcript’s files' : `${ENGLISH_NUMBER.format(count)} problems in the transcript’s files`),
    search: 'Search the transcript',
    previousMatch: 'Previous match',
    nextMatch: 'Next match',
    count: (count: number) => (count === 0 ? 'No match' : count === 1 ? '1 match' : `${ENGLISH_NUMBER.format(count)} matches`),
    position: (position: number, count: number) => `Match ${ENGLISH_NUMBER.format(position)} of ${ENGLISH_NUMBER.format(count)}`,
    backToCurrent: 'Back to the current line',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type TranscriptMessages = (typeof MESSAGES)['fr'];

export function transcriptMessagesFor(lang: Lang): TranscriptMessages {
  return MESSAGES[lang];
}
