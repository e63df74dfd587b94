import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SEEK_STEP_SECONDS, shortcutFor, traitsOf, type ShortcutAction } from '../comfort/keyboard-shortcuts.ts';

/** What the shortcuts do; the player implements them (seeks through its remote, trigger `keyboard`). */
export interface ShortcutCallbacks {
  togglePlay(): void;
  /** Seconds to move by: −10 or +10. */
  seekBy(seconds: number): void;
  /** −1: previous chapter (or the start of this one, well into it); 1: next chapter. */
  chapter(direction: -1 | 1): void;
  toggleSubtitles(): void;
  toggleTranscript(): void;
  toggleDescriptions(): void;
  toggleMute(): void;
  toggleFullscreen(): void;
  openHelp(): void;
}

export interface KeyboardControllerOptions {
  /** More elements whose keys this player answers (panels placed outside it with `player="<id>"`). */
  readonly scope?: () => readonly Element[];
  /**
   * Whether this player may also answer keys pressed with nothing focused (focus on the page's
   * body). Only the first connected player that allows it does: the page's primary player.
   * Default true.
   */
  readonly global?: boolean;
}

/** The connected controllers that may answer keys pressed on the body, first connected first. */
const globalCandidates: KeyboardController[] = [];

/** `:modal` without `dialog` would also match an element in fullscreen; browsers before 2022 only know `[open]`. */
const MODAL_DIALOG = CSS.supports('selector(dialog:modal)') ? 'dialog:modal' : 'dialog[open]';

/** Any modal dialog open in the page, looking through open shadow roots. */
function modalOpenIn(root: Document | ShadowRoot): boolean {
  if (root.querySelector(MODAL_DIALOG)) return true;
  for (const element of root.querySelectorAll<HTMLElement>('[aria-modal="true"]')) {
    if (element.checkVisibility?.() ?? true) return true;
  }
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot && modalOpenIn(element.shadowRoot)) return true;
  }
  return false;
}

/**
 * The player's keyboard shortcuts (see `src/comfort/keyboard-shortcuts.ts`). Listens to `keydown`
 * on the document, in the capture phase (video.js's controls stop the propagation of every key
 * they are given), and acts only on keys pressed inside its host, inside an element of `scope()`,
 * or, for the primary player, with nothing focused. It leaves a key alone while typing in a field,
 * while a dialog is open, with Ctrl, Alt or Meta, Space on buttons and links, and the arrows on
 * sliders, tabs, lists and menus (`traitsOf`).
 *
 * Screen readers: single letters reach the page only in focus (forms) mode; in browse mode the
 * screen reader keeps them. No shortcut uses a modifier a screen reader claims (Insert, Caps Lock,
 * Ctrl, Alt, Ctrl+Option).
 */
export class KeyboardController implements ReactiveController {
  private listeners: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly actions: ShortcutCallbacks,
    private readonly options: KeyboardControllerOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listeners?.abort();
    this.listeners = new AbortController();
    document.addEventListener('keydown', (event) => this.handleKey(event), { capture: true, signal: this.listeners.signal });
    if (this.options.global !== false && !globalCandidates.includes(this)) globalCandidates.push(this);
  }

  hostDisconnected(): void {
    this.listeners?.abort();
    this.listeners = undefined;
    const index = globalCandidates.indexOf(this);
    if (index >= 0) globalCandidates.splice(index, 1);
  }

  /** Acts on a key press if it is a shortcut for this player here; returns the action taken. */
  handleKey(event: KeyboardEvent): ShortcutAction | undefined {
    if (event.defaultPrevented) return undefined;
    const path = event.composedPath();
    if (!this.covers(path)) return undefined;
    const traits = traitsOf(path.filter((target): target is Element => target instanceof Element));
    const action = shortcutFor(event, traits);
    // A modal open elsewhere in the page (the focus is then usually on the body): leave the key.
    if (action === undefined || modalOpenIn(document)) return undefined;
    event.preventDefault();
    this.run(action);
    return action;
  }

  /** The key was pressed in this player's area, or with nothing focused and this is the primary player. */
  private covers(path: readonly EventTarget[]): boolean {
    const scope: readonly EventTarget[] = [this.host, ...(this.options.scope?.() ?? [])];
    if (path.some((target) => scope.includes(target))) return true;
    const target = path[0];
    const nothingFocused = target === document.body || target === document.documentElement || target === document || target === window;
    return nothingFocused && globalCandidates[0] === this;
  }

  private run(action: ShortcutAction): void {
    const actions = this.actions;
    switch (action) {
      case 'toggle-play':
        return actions.togglePlay();
      case 'seek-back':
        return actions.seekBy(-SEEK_STEP_SECONDS);
      case 'seek-forward':
        return actions.seekBy(SEEK_STEP_SECONDS);
      case 'previous-chapter':
        return actions.chapter(-1);
      case 'next-chapter':
        return actions.chapter(1);
      case 'toggle-subtitles':
        return actions.toggleSubtitles();
      case 'toggle-transcript':
        return actions.toggleTranscript();
      case 'toggle-descriptions':
        return actions.toggleDescriptions();
      case 'toggle-mute':
        return actions.toggleMute();
      case 'toggle-fullscreen':
        return actions.toggleFullscreen();
      case 'help':
        return actions.openHelp();
    }
  }
}
