/**
 * Why a request was made. A content warning gate needs to know that a seek came from a chapter
 * click, the keyboard or a deep link, so every request carries its trigger.
 */
export type RequestTrigger =
  | 'chapter-list'
  | 'chapter-nav'
  | 'progress-bar'
  | 'keyboard'
  | 'deep-link'
  | 'resume'
  | 'card'
  | 'transcript'
  | 'description'
  | 'episode-end'
  | 'retry'
  | 'api'
  | 'other-player';

export interface SeekRequestDetail {
  /** Seconds from the start of the media. */
  readonly time: number;
  readonly trigger: RequestTrigger;
}

/** Sent up by any control that wants the media somewhere else; only the player element acts on it. */
export class SeekRequestEvent extends CustomEvent<SeekRequestDetail> {
  static readonly type = 'dv-seek-request';
  constructor(detail: SeekRequestDetail) {
    super(SeekRequestEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

export interface PlaybackRequestDetail {
  readonly trigger: RequestTrigger;
}

export class PlayRequestEvent extends CustomEvent<PlaybackRequestDetail> {
  static readonly type = 'dv-play-request';
  constructor(detail: PlaybackRequestDetail) {
    super(PlayRequestEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

export class PauseRequestEvent extends CustomEvent<PlaybackRequestDetail> {
  static readonly type = 'dv-pause-request';
  constructor(detail: PlaybackRequestDetail) {
    super(PauseRequestEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

export interface EpisodeRequestDetail {
  /** The manifest id of the episode to open. */
  readonly episode: string;
  /** Where to start in it, in seconds (through the player's remote, so the warning gate sees it). */
  readonly time: number;
  readonly trigger: RequestTrigger;
}

/** Asks the page to open another episode at a moment (a profile's appearance in another episode). */
export class EpisodeRequestEvent extends CustomEvent<EpisodeRequestDetail> {
  static readonly type = 'dv-episode-request';
  constructor(detail: EpisodeRequestDetail) {
    super(EpisodeRequestEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dv-seek-request': SeekRequestEvent;
    'dv-play-request': PlayRequestEvent;
    'dv-pause-request': PauseRequestEvent;
    'dv-episode-request': EpisodeRequestEvent;
  }
}

/** Sent by the media error message: load the media again and go back to where the viewer was. */
export class RetryRequestEvent extends Event {
  static readonly type = 'dv-retry-request';
  constructor() {
    super(RetryRequestEvent.type, { bubbles: true, composed: true });
  }
}
