/**
 * The content-warning events a host page can listen to on `dv-player`. Both are cancelable:
 * - `dv-warning-show`: the player is about to ask the viewer about a stretch. `preventDefault()`
 *   keeps the player's dialog closed; the picture stays hidden and playback held until the page
 *   answers with `player.answerWarning(choice)`.
 * - `dv-warning-choice`: the viewer answered. `preventDefault()` refuses the answer (the dialog stays).
 */
import type { WarningCategory } from '../content/cue-payloads.ts';
import type { WarningChoice } from '../warnings/warning-policy.ts';
import type { WarningPath } from './warning-gate.ts';

/** A sensitive stretch as a host page sees it. */
export interface WarningStretchDetail {
  readonly id: string;
  /** Seconds from the start of the media; the end is excluded. */
  readonly start: number;
  readonly end: number;
  readonly categories: readonly WarningCategory[];
  /** The warning's line in the reader's language. */
  readonly text: string;
}

export interface WarningShowDetail {
  readonly stretch: WarningStretchDetail;
  /** How playback came to it: a request's trigger, `playback` (playing on) or `media` (a direct seek). */
  readonly path: WarningPath;
}

export interface WarningChoiceDetail {
  readonly stretch: WarningStretchDetail;
  readonly choice: WarningChoice;
}

export class WarningShowEvent extends CustomEvent<WarningShowDetail> {
  static readonly type = 'dv-warning-show';
  constructor(detail: WarningShowDetail) {
    super(WarningShowEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

export class WarningChoiceEvent extends CustomEvent<WarningChoiceDetail> {
  static readonly type = 'dv-warning-choice';
  constructor(detail: WarningChoiceDetail) {
    super(WarningChoiceEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dv-warning-show': WarningShowEvent;
    'dv-warning-choice': WarningChoiceEvent;
  }
}
