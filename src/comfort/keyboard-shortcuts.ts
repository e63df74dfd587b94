/**
 * The player's keyboard shortcuts as pure data and rules: which key does what, and when a key
 * must be left to the page (typing in a field, a dialog open, a control that handles the key
 * itself). No DOM: `src/ui/keyboard-controller.ts` reads the event and the focused element and
 * asks here.
 */

/** What a shortcut does. */
export type ShortcutAction =
  | 'toggle-play'
  | 'seek-back'
  | 'seek-forward'
  | 'previous-chapter'
  | 'next-chapter'
  | 'toggle-subtitles'
  | 'toggle-transcript'
  | 'toggle-descriptions'
  | 'toggle-mute'
  | 'toggle-fullscreen'
  | 'help';

/** How far J / L and the arrows move, in seconds. */
export const SEEK_STEP_SECONDS = 10;

/** The parts of a `KeyboardEvent` the rules read. */
export interface KeyInput {
  readonly key: string;
  readonly code: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
  /** The key is held down: seeks repeat, toggles do not. */
  readonly repeat?: boolean;
  /** An input method is composing text: never a shortcut. */
  readonly isComposing?: boolean;
}

/** What the focused element means for a key. */
export interface TargetTraits {
  /** A text field, a select, contenteditable, or inside `data-dv-no-shortcuts`: every key is typing. */
  readonly editable: boolean;
  /** A button, link, summary, checkbox…: Space activates it. */
  readonly activatable: boolean;
  /** A slider, tabs, radio group, listbox, menu, or anything marked `data-dv-arrows`: arrows (and Space) are its own. */
  readonly arrowsOwned: boolean;
  /** Focus is in a dialog, or a modal dialog is open anywhere. */
  readonly modalOpen: boolean;
}

/** A key as the help dialog names it. */
export type KeyName = 'Space' | 'Shift' | 'ArrowLeft' | 'ArrowRight' | '?' | 'K' | 'J' | 'L' | 'P' | 'N' | 'C' | 'T' | 'D' | 'M' | 'F';

/** One way to press a shortcut: keys pressed together (`['Shift', 'N']`). */
export type KeyCombo = readonly KeyName[];

export interface ShortcutEntry {
  readonly action: ShortcutAction;
  /** Alternatives: any one of them does it. */
  readonly combos: readonly KeyCombo[];
}

/**
 * Every shortcut, in the order the help dialog lists them. Previous / next chapter are Shift+P /
 * Shift+N (as YouTube's previous / next video): a plain P or N is left free, and a Shift+letter
 * reaches the page only where a screen reader passes keys through (focus mode).
 */
export const SHORTCUTS: readonly ShortcutEntry[] = [
  { action: 'toggle-play', combos: [['Space'], ['K']] },
  { action: 'seek-back', combos: [['J'], ['ArrowLeft']] },
  { action: 'seek-forward', combos: [['L'], ['ArrowRight']] },
  { action: 'previous-chapter', combos: [['Shift', 'P']] },
  { action: 'next-chapter', combos: [['Shift', 'N']] },
  { action: 'toggle-subtitles', combos: [['C']] },
  { action: 'toggle-transcript', combos: [['T']] },
  { action: 'toggle-descriptions', combos: [['D']] },
  { action: 'toggle-mute', combos: [['M']] },
  { action: 'toggle-fullscreen', combos: [['F']] },
  { action: 'help', combos: [['?']] },
];

/** Actions that may repeat while their key is held. */
const REPEATABLE: ReadonlySet<ShortcutAction> = new Set(['seek-back', 'seek-forward']);

/** Plain letters (no Shift; Caps Lock does not matter). */
const LETTERS: Readonly<Record<string, ShortcutAction>> = {
  k: 'toggle-play',
  j: 'seek-back',
  l: 'seek-forward',
  c: 'toggle-subtitles',
  t: 'toggle-transcript',
  d: 'toggle-descriptions',
  m: 'toggle-mute',
  f: 'toggle-fullscreen',
};

/** Letters with Shift. */
const SHIFTED_LETTERS: Readonly<Record<string, ShortcutAction>> = {
  p: 'previous-chapter',
  n: 'next-chapter',
};

/**
 * The Latin letter a key stands for: the character typed (so M is M on an AZERTY keyboard too),
 * or, on a non-Latin layout (Cyrillic, Greek…), the key's position (`KeyK`).
 */
function letterOf(key: KeyInput): string | undefined {
  if (key.key.length !== 1) return undefined;
  const typed = key.key.toLowerCase();
  if (typed >= 'a' && typed <= 'z') return typed;
  if (/\p{L}/u.test(typed)) return /^Key([A-Z])$/.exec(key.code)?.[1]?.toLowerCase();
  return undefined;
}

/** The action a key asks for, before any rule about the focused element. */
function actionOfKey(key: KeyInput): ShortcutAction | undefined {
  if (key.key === '?') return 'help';
  if (key.shiftKey) {
    const letter = letterOf(key);
    return letter === undefined ? undefined : SHIFTED_LETTERS[letter];
  }
  if (key.key === ' ' || key.key === 'Spacebar') return 'toggle-play';
  if (key.key === 'ArrowLeft') return 'seek-back';
  if (key.key === 'ArrowRight') return 'seek-forward';
  const letter = letterOf(key);
  return letter === undefined ? undefined : LETTERS[letter];
}

function isSpace(key: KeyInput): boolean {
  return key.key === ' ' || key.key === 'Spacebar';
}

function isArrow(key: KeyInput): boolean {
  return key.key.startsWith('Arrow');
}

/**
 * The shortcut a key press asks for where it was pressed, or undefined when the key belongs to
 * someone else: never with Ctrl, Alt or Meta (browser, system and screen-reader commands), never
 * while composing or typing in a field, never while a dialog is open; Space is left to buttons,
 * links and widgets, the arrows to sliders, tabs, lists and menus.
 */
export function shortcutFor(key: KeyInput, target: TargetTraits): ShortcutAction | undefined {
  if (key.ctrlKey || key.altKey || key.metaKey) return undefined;
  if (key.isComposing || key.key === 'Process' || key.key === 'Dead') return undefined;
  if (target.editable || target.modalOpen) return undefined;
  const action = actionOfKey(key);
  if (action === undefined) return undefined;
  if (key.repeat && !REPEATABLE.has(action)) return undefined;
  if (isSpace(key) && (target.activatable || target.arrowsOwned)) return undefined;
  if (isArrow(key) && target.arrowsOwned) return undefined;
  return action;
}

/** The parts of an element the focus rules read (an `Element` has them all). */
export interface ElementLike {
  readonly localName: string;
  getAttribute(name: string): string | null;
  readonly isContentEditable?: boolean;
}

/** Inputs that are not typed into. */
const UNTYPED_INPUTS: ReadonlySet<string> = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image', 'hidden']);
/** Inputs that Space activates. */
const ACTIVATABLE_INPUTS: ReadonlySet<string> = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'color', 'file', 'image']);
/** Inputs whose arrows change their value. */
const ARROW_INPUTS: ReadonlySet<string> = new Set(['range', 'radio']);

const TEXT_ROLES: ReadonlySet<string> = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);
const ACTIVATABLE_ROLES: ReadonlySet<string> = new Set([
  'button',
  'link',
  'checkbox',
  'radio',
  'switch',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'tab',
  'treeitem',
  'gridcell',
]);
/** Composite widgets that move with the arrows (WAI-ARIA APG), on the focused element or around it. */
const ARROW_ROLES: ReadonlySet<string> = new Set([
  'slider',
  'scrollbar',
  'spinbutton',
  'tablist',
  'tab',
  'radiogroup',
  'radio',
  'listbox',
  'option',
  'menu',
  'menubar',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'tree',
  'treeitem',
  'treegrid',
  'grid',
  'gridcell',
  'toolbar',
]);
const DIALOG_ROLES: ReadonlySet<string> = new Set(['dialog', 'alertdialog']);

function rolesOf(element: ElementLike): string[] {
  return (element.getAttribute('role') ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
}

function inputType(element: ElementLike): string | undefined {
  return element.localName === 'input' ? (element.getAttribute('type') ?? 'text').toLowerCase() : undefined;
}

/** The closest `contenteditable` attribute decides (an Element's own `isContentEditable` first). */
function isEditableContent(path: readonly ElementLike[]): boolean {
  const target = path[0];
  if (target?.isContentEditable !== undefined) return target.isContentEditable;
  for (const element of path) {
    const value = element.getAttribute('contenteditable');
    if (value !== null) return value.toLowerCase() !== 'false';
  }
  return false;
}

function isEditable(path: readonly ElementLike[]): boolean {
  const target = path[0];
  if (!target) return false;
  // A widget that reads letters itself (type-ahead…) opts out of every shortcut.
  if (path.some((element) => element.getAttribute('data-dv-no-shortcuts') !== null)) return true;
  const type = inputType(target);
  if (type !== undefined) return !UNTYPED_INPUTS.has(type);
  if (target.localName === 'textarea' || target.localName === 'select') return true;
  if (rolesOf(target).some((role) => TEXT_ROLES.has(role))) return true;
  return isEditableContent(path);
}

function isActivatable(target: ElementLike | undefined): boolean {
  if (!target) return false;
  const type = inputType(target);
  if (type !== undefined) return ACTIVATABLE_INPUTS.has(type);
  const name = target.localName;
  if (name === 'button' || name === 'summary') return true;
  if ((name === 'a' || name === 'area') && target.getAttribute('href') !== null) return true;
  return rolesOf(target).some((role) => ACTIVATABLE_ROLES.has(role));
}

function ownsArrows(element: ElementLike, isTarget: boolean): boolean {
  if (element.getAttribute('data-dv-arrows') !== null) return true;
  if (rolesOf(element).some((role) => ARROW_ROLES.has(role))) return true;
  if (!isTarget) return false;
  const type = inputType(element);
  return (type !== undefined && ARROW_INPUTS.has(type)) || element.localName === 'select' || element.localName === 'textarea';
}

function isDialog(element: ElementLike): boolean {
  return element.localName === 'dialog' || element.getAttribute('aria-modal') === 'true' || rolesOf(element).some((role) => DIALOG_ROLES.has(role));
}

/**
 * What the focused element means for a key, from the event's composed path (the focused element
 * first, then its ancestors across shadow roots; non-elements left out). `modalOpen` here only
 * sees a dialog around the focus; the controller also looks for a modal open elsewhere.
 */
export function traitsOf(path: readonly ElementLike[]): TargetTraits {
  return {
    editable: isEditable(path),
    activatable: isActivatable(path[0]),
    arrowsOwned: path.some((element, index) => ownsArrows(element, index === 0)),
    modalOpen: path.some(isDialog),
  };
}
