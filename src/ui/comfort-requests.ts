/** What the bar under the video asks of its player (or, for the transcript, of the page). */
export type ComfortAction = 'descriptions' | 'transcript' | 'help';

/** Sent up by the comfort bar and the keyboard; the player acts on `descriptions` and `help`, the page on `transcript`. */
export class ComfortRequestEvent extends CustomEvent<{ readonly action: ComfortAction }> {
  static readonly type = 'dv-comfort-request';
  constructor(action: ComfortAction) {
    super(ComfortRequestEvent.type, { detail: { action }, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dv-comfort-request': ComfortRequestEvent;
  }
}
