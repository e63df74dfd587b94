import type { KeyName, ShortcutAction } from '../comfort/keyboard-shortcuts.ts';
import type { Lang } from '../timeline/format-time.ts';

/** How a key is shown on its `<kbd>` and, where the glyph says little, read aloud. */
export interface KeyLabel {
  readonly shown: string;
  /** Read by screen readers instead of the glyph (arrows, "?"). */
  readonly spoken?: string;
}

/** The strings of the keyboard shortcuts and their help dialog, in both languages. */
const SHORTCUT_MESSAGES = {
  fr: {
    title: 'Raccourcis clavier',
    intro: 'Quand le lecteur ou l’un de ses panneaux a le focus\u00a0:',
    keysHeader: 'Touches',
    actionHeader: 'Action',
    or: 'ou',
    then: '+',
    close: 'Fermer',
    openHelp: 'Raccourcis clavier',
    notes: [
      'Aucun raccourci n’agit pendant la saisie dans un champ, quand une boîte de dialogue est ouverte, ni avec Ctrl, Alt ou Cmd.',
      'Espace active le bouton ou le lien qui a le focus\u00a0; les flèches restent aux curseurs, onglets, listes et menus.',
      'Avec un lecteur d’écran, les raccourcis d’une lettre agissent en mode formulaire (focus)\u00a0; en mode navigation, les touches restent au lecteur d’écran.',
      'Échap ferme cette aide.',
    ],
    actions: {
      'toggle-play': 'Lecture / pause',
      'seek-back': 'Reculer de 10\u00a0secondes',
      'seek-forward': 'Avancer de 10\u00a0secondes',
      'previous-chapter': 'Chapitre précédent',
      'next-chapter': 'Chapitre suivant',
      'toggle-subtitles': 'Sous-titres (afficher / masquer)',
      'toggle-transcript': 'Transcription (afficher / masquer)',
      'toggle-descriptions': 'Audiodescription (activer / désactiver)',
      'toggle-mute': 'Couper / rétablir le son',
      'toggle-fullscreen': 'Plein écran (entrer / sortir)',
      help: 'Afficher cette aide',
    } satisfies Record<ShortcutAction, string>,
    keys: {
      Space: { shown: 'Espace' },
      Shift: { shown: 'Maj' },
      ArrowLeft: { shown: '←', spoken: 'flèche gauche' },
      ArrowRight: { shown: '→', spoken: 'flèche droite' },
      '?': { shown: '?', spoken: 'point d’interrogation' },
      K: { shown: 'K' },
      J: { shown: 'J' },
      L: { shown: 'L' },
      P: { shown: 'P' },
      N: { shown: 'N' },
      C: { shown: 'C' },
      T: { shown: 'T' },
      D: { shown: 'D' },
      M: { shown: 'M' },
      F: { shown: 'F' },
    } satisfies Record<KeyName, KeyLabel>,
  },
  en: {
    title: 'Keyboard shortcuts',
    intro: 'When the player or one of its panels has focus:',
    keysHeader: 'Keys',
    actionHeader: 'Action',
    or: 'or',
    then: '+',
    close: 'Close',
    openHelp: 'Keyboard shortcuts',
    notes: [
      'No shortcut acts while typing in a field, while a dialog is open, or with Ctrl, Alt or Cmd held.',
      'Space activates the focused button or link; the arrows stay with sliders, tabs, lists and menus.',
      'With a screen reader, single-letter shortcuts work in focus (forms) mode; in browse mode the keys stay with the screen reader.',
      'Escape closes this help.',
    ],
    actions: {
      'toggle-play': 'Play / pause',
      'seek-back': 'Back 10 seconds',
      'seek-forward': 'Forward 10 seconds',
      'previous-chapter': 'Previous chapter',
      'next-chapter': 'Next chapter',
      'toggle-subtitles': 'Subtitles (show / hide)',
      'toggle-transcript': 'Transcript (show / hide)',
      'toggle-descriptions': 'Audio description (on / off)',
      'toggle-mute': 'Mute / unmute',
      'toggle-fullscreen': 'Full screen (enter / leave)',
      help: 'Show this help',
    } satisfies Record<ShortcutAction, string>,
    keys: {
      Space: { shown: 'Space' },
      Shift: { shown: 'Shift' },
      ArrowLeft: { shown: '←', spoken: 'left arrow' },
      ArrowRight: { shown: '→', spoken: 'right arrow' },
      '?': { shown: '?', spoken: 'question mark' },
      K: { shown: 'K' },
      J: { shown: 'J' },
      L: { shown: 'L' },
      P: { shown: 'P' },
      N: { shown: 'N' },
      C: { shown: 'C' },
      T: { shown: 'T' },
      D: { shown: 'D' },
      M: { shown: 'M' },
      F: { shown: 'F' },
    } satisfies Record<KeyName, KeyLabel>,
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type ShortcutMessages = (typeof SHORTCUT_MESSAGES)['fr'];

export function shortcutMessagesFor(lang: Lang): ShortcutMessages {
  return SHORTCUT_MESSAGES[lang];
}
