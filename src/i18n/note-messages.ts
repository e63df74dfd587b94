import type { Lang } from '../content/localized.ts';

const MESSAGES = {
  fr: {
    heading: 'Note pour l’enseignant',
    summary: 'contexte historique, pistes pour la classe, sources',
    context: 'Contexte historique',
    discuss: 'Pistes pour la classe',
    sensitive: 'Images sensibles',
    bibliography: 'Sources',
    refs: (numbers: readonly number[]) => (numbers.length === 1 ? `source ${numbers[0]}` : `sources ${numbers.join(', ')}`),
    loading: 'Chargement de la note…',
  },
  en: {
    heading: 'Teacher’s note',
    summary: 'historical context, ideas for the class, sources',
    context: 'Historical context',
    discuss: 'Ideas for the class',
    sensitive: 'Sensitive footage',
    bibliography: 'Sources',
    refs: (numbers: readonly number[]) => (numbers.length === 1 ? `source ${numbers[0]}` : `sources ${numbers.join(', ')}`),
    loading: 'Loading the note…',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type NoteMessages = (typeof MESSAGES)['fr'];

export function noteMessagesFor(lang: Lang): NoteMessages {
  return MESSAGES[lang];
}
