import type { Lang } from '../content/localized.ts';

/** Interface strings of the audio description: the toggle, the text shown, what is said when speech is missing. */
const MESSAGES = {
  fr: {
    /** The toggle's accessible name (a button with aria-pressed). */
    toggle: 'Audiodescription',
    /** The label of the region that shows the description being said. */
    textLabel: 'Description de l’image',
    /** Shown while the video waits for a description to end (extended description). */
    holding: 'Pause le temps de la description',
    unavailable: 'La synthèse vocale n’est pas disponible dans ce navigateur\u00a0: les descriptions s’affichent en texte.',
    failed: 'La synthèse vocale n’a pas pu lire la description\u00a0: elle s’affiche en texte.',
    noTrack: 'Pas d’audiodescription pour cet épisode dans cette langue.',
    /** The language of the voice (`SpeechSynthesisUtterance.lang`). */
    speechLang: 'fr-FR',
  },
  en: {
    toggle: 'Audio description',
    textLabel: 'Picture description',
    holding: 'Paused for the description',
    unavailable: 'Speech synthesis is not available in this browser: descriptions are shown as text.',
    failed: 'Speech synthesis could not read the description: it is shown as text.',
    noTrack: 'No audio description for this episode in this language.',
    speechLang: 'en-GB',
  },
} satisfies Record<Lang, Record<string, string>>;

export type DescriptionMessages = (typeof MESSAGES)['fr'];

export function descriptionMessagesFor(lang: Lang): DescriptionMessages {
  return MESSAGES[lang];
}
