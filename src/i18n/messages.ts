import type { Lang } from '../timeline/format-time.ts';

/** Every string the interface shows, in both languages. Content texts live in the content files. */
const MESSAGES = {
  fr: {
    chapters: 'Chapitres',
    chapterAt: (title: string, clock: string) => `${title}, à ${clock}`,
    previousChapter: 'Chapitre précédent',
    nextChapter: 'Chapitre suivant',
    currentChapter: 'Chapitre en cours',
    /** French puts a (non-breaking) space before a colon. */
    colon: '\u00a0:',
    noChapter: 'Hors chapitre',
    noChapters: 'Pas de chapitres pour cet épisode.',
    loadingChapters: 'Chargement des chapitres…',
    videoLabel: (title: string) => `Lecteur vidéo : ${title}`,
    contentProblems: 'Problèmes dans les fichiers de contenu',
    problemCount: (count: number) => (count === 1 ? '1 problème' : `${count} problèmes`),
    manifestFailed: 'Le manifeste des épisodes n’a pas pu être lu.',
    episodeNotFound: (id: string) => `Aucun épisode « ${id} » dans le manifeste : premier épisode affiché.`,
    episodeUnavailable: 'Cet épisode n’est pas disponible ici.',
    episodes: 'Épisodes',
    episodeNumber: (n: number) => `Épisode ${n}`,
    episodeHeading: (n: number, title: string | undefined) => (title ? `Épisode ${n} — ${title}` : `Épisode ${n}`),
    notAvailable: 'non disponible ici',
    language: 'Langue',
    mediaError: (detail: string) => `La vidéo n’a pas pu être lue : ${detail}`,
    context: 'Contexte',
    noCard: 'Pas de fiche de contexte à ce moment du film.',
    dateNote: 'À propos de la date',
    unverified: 'Non vérifié par nos sources',
    sources: 'Sources',
    opensInNewTab: '(nouvel onglet)',
    companion: 'Autour du film',
    tabs: { context: 'Contexte', people: 'Personnes', map: 'Carte', timeline: 'Chronologie' },
  },
  en: {
    chapters: 'Chapters',
    chapterAt: (title: string, clock: string) => `${title}, at ${clock}`,
    previousChapter: 'Previous chapter',
    nextChapter: 'Next chapter',
    currentChapter: 'Current chapter',
    colon: ':',
    noChapter: 'Between chapters',
    noChapters: 'No chapters for this episode.',
    loadingChapters: 'Loading chapters…',
    videoLabel: (title: string) => `Video player: ${title}`,
    contentProblems: 'Problems in the content files',
    problemCount: (count: number) => (count === 1 ? '1 problem' : `${count} problems`),
    manifestFailed: 'The episode manifest could not be read.',
    episodeNotFound: (id: string) => `No episode "${id}" in the manifest: showing the first episode.`,
    episodeUnavailable: 'This episode is not available here.',
    episodes: 'Episodes',
    episodeNumber: (n: number) => `Episode ${n}`,
    episodeHeading: (n: number, title: string | undefined) => (title ? `Episode ${n} — ${title}` : `Episode ${n}`),
    notAvailable: 'not available here',
    language: 'Language',
    mediaError: (detail: string) => `The video could not be played: ${detail}`,
    context: 'Context',
    noCard: 'No context card at this point of the film.',
    dateNote: 'About the date',
    unverified: 'Not confirmed by our sources',
    sources: 'Sources',
    opensInNewTab: '(new tab)',
    companion: 'Around the film',
    tabs: { context: 'Context', people: 'People', map: 'Map', timeline: 'Timeline' },
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)['fr'];

export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}
