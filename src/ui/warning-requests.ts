/**
 * Requests the warning panels send up to `dv-player` (which alone acts on them): an answer to the
 * dialog, a change of settings, child mode on or off. Internal to the player's elements.
 */
import type { WarningCategory } from '../content/cue-payloads.ts';
import type { WarningChoice, WarningMode } from '../warnings/warning-policy.ts';

export type WarningSettingsChange =
  | { readonly kind: 'mode'; readonly mode: WarningMode; readonly fromAdvisory?: boolean }
  | { readonly kind: 'category'; readonly category: WarningCategory; readonly mode: WarningMode | undefined }
  | { readonly kind: 'child'; readonly on: boolean; readonly code: string }
  | { readonly kind: 'reset' }
  | { readonly kind: 'show-settings'; readonly open: boolean };

export class WarningAnswerEvent extends CustomEvent<{ readonly choice: WarningChoice }> {
  static readonly type = 'dv-warning-answer';
  constructor(choice: WarningChoice) {
    super(WarningAnswerEvent.type, { detail: { choice }, bubbles: true, composed: true });
  }
}

export class WarningSettingsEvent extends CustomEvent<WarningSettingsChange> {
  static readonly type = 'dv-warning-settings';
  constructor(change: WarningSettingsChange) {
    super(WarningSettingsEvent.type, { detail: change, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dv-warning-answer': WarningAnswerEvent;
    'dv-warning-settings': WarningSettingsEvent;
  }
}
