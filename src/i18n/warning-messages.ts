import type { WarningCategory } from '../content/cue-payloads.ts';
import type { Lang } from '../timeline/format-time.ts';
import type { WarningMode } from '../warnings/warning-policy.ts';
import type { StoreHealth } from '../warnings/warning-store.ts';

/** "13 secondes", "1 min 05 s": how long a stretch lasts, rounded to the second. */
function spokenDuration(seconds: number, one: string, many: string): string {
  const whole = Math.max(1, Math.round(seconds));
  if (whole < 60) return `${whole} ${whole > 1 ? many : one}`;
  const rest = whole % 60;
  return `${Math.floor(whole / 60)} min${rest ? ` ${String(rest).padStart(2, '0')} s` : ''}`;
}

/** Every string of the content warnings (advisory, dialog, settings), in both languages. */
const WARNING_MESSAGES = {
  fr: {
    categories: {
      combat: 'combats',
      death: 'morts',
      corpses: 'corps sans vie',
      executions: 'exécutions',
      massacre: 'massacres',
      injury: 'blessures',
      suicide: 'suicide',
      distress: 'détresse',
    } satisfies Record<WarningCategory, string>,
    modes: {
      warn: 'Me prévenir avant chaque passage',
      skip: 'Passer ces passages',
      blur: 'Les flouter et couper le son',
      off: 'Pas d’avertissement',
    } satisfies Record<WarningMode, string>,
    shortModes: {
      warn: 'être prévenu avant chaque passage',
      skip: 'passer ces passages',
      blur: 'les flouter, son coupé',
      off: 'aucun avertissement',
    } satisfies Record<WarningMode, string>,
    advisoryTitle: 'Avant de regarder',
    advisorySummary: (count: number, categories: string) =>
      count === 0
        ? 'Cet épisode ne contient aucun passage signalé comme sensible.'
        : `Cet épisode contient ${count === 1 ? 'un passage sensible' : `${count} passages sensibles`}\u00a0: ${categories}.`,
    advisoryWhere: (chapters: string) => `Dans les chapitres\u00a0: ${chapters}.`,
    advisoryLoading: 'Recherche des passages sensibles de cet épisode…',
    advisoryUnknown: 'Les avertissements de cet épisode n’ont pas pu être chargés\u00a0: des images sensibles pourraient apparaître sans être signalées.',
    advisoryQuestion: 'Que faire à ces passages\u00a0?',
    advisoryConfirm: 'Valider',
    advisoryDefaultHint: 'Entrée valide le choix sélectionné.',
    advisoryChosen: (mode: string) => `Votre choix\u00a0: ${mode}.`,
    change: 'Modifier',
    settings: 'Réglages des avertissements',
    closeSettings: 'Fermer les réglages',
    dialogTitle: 'Passage sensible',
    dialogComing: (categories: string, duration: string) => `Un passage de ${duration} va commencer. Il montre\u00a0: ${categories}.`,
    dialogInside: (categories: string, duration: string) => `Ce passage de ${duration} montre\u00a0: ${categories}.`,
    continue: 'Continuer',
    skip: 'Passer à la fin du passage',
    blur: 'Regarder flouté et sans le son',
    never: (categories: string) => `Ne plus me prévenir pour\u00a0: ${categories}`,
    escapeHint: 'Échap passe le passage.',
    blurredBadge: 'Passage sensible\u00a0: image floutée, son coupé',
    duration: (seconds: number) => spokenDuration(seconds, 'seconde', 'secondes'),
    inChapter: 'contient un passage sensible',
    overall: 'Pour tous les passages',
    perCategory: 'Par type d’images',
    sameAsOverall: 'Comme le réglage général',
    lockedByPage: (mode: string) => `Ce site impose au minimum\u00a0: ${mode}.`,
    childMode: 'Mode enfant',
    childModeHelp:
      'Passe tous les passages sensibles et masque «\u00a0Pas d’avertissement\u00a0». C’est un ralentisseur pour un enfant, pas un verrou\u00a0: un adulte averti peut le contourner.',
    childCode: 'Code parent (4 caractères au moins)',
    childCodeToTurnOff: 'Code parent pour quitter le mode enfant',
    childTurnOn: 'Activer le mode enfant',
    childTurnOff: 'Quitter le mode enfant',
    childOn: 'Le mode enfant est activé\u00a0: tous les passages sensibles sont passés.',
    childWrongCode: 'Code incorrect.',
    childCodeTooShort: 'Le code doit compter au moins 4 caractères.',
    childNoCrypto: 'Ce navigateur ne peut pas protéger un code ici (page non sécurisée)\u00a0: mode enfant indisponible.',
    reset: 'Tout réinitialiser',
    resetDone: 'Réglages réinitialisés.',
    saved: 'Choix enregistrés dans ce navigateur.',
    storage: {
      ok: '',
      unavailable: 'Ce navigateur ne permet pas d’enregistrer vos choix\u00a0: ils valent pour cette visite seulement, et les avertissements restent activés par défaut.',
      corrupt: 'Vos choix enregistrés étaient illisibles\u00a0: réglages par défaut rétablis (avertir avant chaque passage).',
      full: 'Le stockage du navigateur est plein\u00a0: vos choix ne sont pas enregistrés.',
    } satisfies Record<StoreHealth, string>,
  },
  en: {
    categories: {
      combat: 'combat',
      death: 'death',
      corpses: 'dead bodies',
      executions: 'executions',
      massacre: 'massacres',
      injury: 'injuries',
      suicide: 'suicide',
      distress: 'distress',
    } satisfies Record<WarningCategory, string>,
    modes: {
      warn: 'Warn me before each stretch',
      skip: 'Skip these stretches',
      blur: 'Blur them and mute the sound',
      off: 'No warnings',
    } satisfies Record<WarningMode, string>,
    shortModes: {
      warn: 'warn me before each stretch',
      skip: 'skip these stretches',
      blur: 'blur them, sound muted',
      off: 'no warnings',
    } satisfies Record<WarningMode, string>,
    advisoryTitle: 'Before you watch',
    advisorySummary: (count: number, categories: string) =>
      count === 0
        ? 'This episode has no stretch marked as sensitive.'
        : `This episode has ${count === 1 ? 'one sensitive stretch' : `${count} sensitive stretches`}: ${categories}.`,
    advisoryWhere: (chapters: string) => `In the chapters: ${chapters}.`,
    advisoryLoading: 'Looking for this episode’s sensitive stretches…',
    advisoryUnknown: 'This episode’s content warnings could not be loaded: sensitive footage may appear without a warning.',
    advisoryQuestion: 'What should happen at these stretches?',
    advisoryConfirm: 'Confirm',
    advisoryDefaultHint: 'Enter confirms the selected choice.',
    advisoryChosen: (mode: string) => `Your choice: ${mode}.`,
    change: 'Change',
    settings: 'Warning settings',
    closeSettings: 'Close settings',
    dialogTitle: 'Sensitive stretch',
    dialogComing: (categories: string, duration: string) => `A stretch of ${duration} is about to start. It shows: ${categories}.`,
    dialogInside: (categories: string, duration: string) => `This stretch of ${duration} shows: ${categories}.`,
    continue: 'Continue',
    skip: 'Skip to the end of the stretch',
    blur: 'Watch blurred and muted',
    never: (categories: string) => `Don’t warn me again about: ${categories}`,
    escapeHint: 'Escape skips the stretch.',
    blurredBadge: 'Sensitive stretch: picture blurred, sound muted',
    duration: (seconds: number) => spokenDuration(seconds, 'second', 'seconds'),
    inChapter: 'contains a sensitive stretch',
    overall: 'For every stretch',
    perCategory: 'By kind of image',
    sameAsOverall: 'Same as the overall setting',
    lockedByPage: (mode: string) => `This site requires at least: ${mode}.`,
    childMode: 'Child mode',
    childModeHelp:
      'Skips every sensitive stretch and hides “No warnings”. It is a speed bump for a child, not a lock: an informed adult can get around it.',
    childCode: 'Parent code (at least 4 characters)',
    childCodeToTurnOff: 'Parent code to leave child mode',
    childTurnOn: 'Turn child mode on',
    childTurnOff: 'Leave child mode',
    childOn: 'Child mode is on: every sensitive stretch is skipped.',
    childWrongCode: 'Wrong code.',
    childCodeTooShort: 'The code needs at least 4 characters.',
    childNoCrypto: 'This browser cannot protect a code here (insecure page): child mode is unavailable.',
    reset: 'Reset everything',
    resetDone: 'Settings reset.',
    saved: 'Choices saved in this browser.',
    storage: {
      ok: '',
      unavailable: 'This browser does not let us save your choices: they last for this visit only, and warnings stay on by default.',
      corrupt: 'Your saved choices could not be read: defaults restored (warn before each stretch).',
      full: 'The browser’s storage is full: your choices are not saved.',
    } satisfies Record<StoreHealth, string>,
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type WarningMessages = (typeof WARNING_MESSAGES)['fr'];

export function warningMessagesFor(lang: Lang): WarningMessages {
  return WARNING_MESSAGES[lang];
}

/** "combats, exécutions et morts" / "combat, executions and death". */
export function listCategories(categories: readonly WarningCategory[], lang: Lang): string {
  const names = [...new Set(categories)].map((category) => WARNING_MESSAGES[lang].categories[category]);
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
}
