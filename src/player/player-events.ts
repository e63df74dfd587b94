/**
 * What a `dv-player` tells the page it sits in, as typed DOM events. All bubble and cross shadow
 * roots; none is cancelable (to stop a request, cancel its `dv-*-request` event instead).
 * Titles and texts are in the player's language.
 */

/** A chapter, a card or a sensitive stretch as a host page sees it: seconds from the start, end excluded. */
export interface MomentDetail {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface TimeChangeDetail {
  readonly currentTime: number;
  /** 0 until the media's length is known. */
  readonly duration: number;
  readonly paused: boolean;
}

export interface ChapterChangeDetail {
  /** The chapter on screen, or `null` before the first one. */
  readonly chapter: (MomentDetail & { readonly title: string }) | null;
}

export interface CardChangeDetail {
  /** The context cards shown now (several may overlap), in the order of their start. */
  readonly cards: readonly (MomentDetail & { readonly title: string })[];
}

export interface WarningChangeDetail {
  /** The sensitive stretches playback is in now. */
  readonly warnings: readonly (MomentDetail & { readonly categories: readonly string[]; readonly text: string })[];
}

export interface PlaybackDetail {
  /** The `id` of the episode in the manifest. */
  readonly episode: string | undefined;
  readonly currentTime: number;
}

function announce<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
}

/** The position moved (at the media's `timeupdate` rate and at every cue boundary). */
export const TIME_CHANGE = 'dv-time-change';
export const CHAPTER_CHANGE = 'dv-chapter-change';
export const CARD_CHANGE = 'dv-card-change';
export const WARNING_CHANGE = 'dv-warning-change';
/** Playback started: other players on the page pause when they hear it. */
export const PLAY = 'dv-play';
export const PAUSE = 'dv-pause';

export const timeChange = (detail: TimeChangeDetail) => announce(TIME_CHANGE, detail);
export const chapterChange = (detail: ChapterChangeDetail) => announce(CHAPTER_CHANGE, detail);
export const cardChange = (detail: CardChangeDetail) => announce(CARD_CHANGE, detail);
export const warningChange = (detail: WarningChangeDetail) => announce(WARNING_CHANGE, detail);
export const playbackStarted = (detail: PlaybackDetail) => announce(PLAY, detail);
export const playbackPaused = (detail: PlaybackDetail) => announce(PAUSE, detail);

/** The events above, by name (they bubble to the document). */
interface PlayerEventMap {
  'dv-time-change': CustomEvent<TimeChangeDetail>;
  'dv-chapter-change': CustomEvent<ChapterChangeDetail>;
  'dv-card-change': CustomEvent<CardChangeDetail>;
  'dv-warning-change': CustomEvent<WarningChangeDetail>;
  'dv-play': CustomEvent<PlaybackDetail>;
  'dv-pause': CustomEvent<PlaybackDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends PlayerEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends PlayerEventMap {}
}
