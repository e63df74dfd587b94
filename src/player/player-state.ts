/** What the media element reports, as one immutable snapshot. */
export interface MediaState {
  /** The player exists and the media's metadata (duration) is known. */
  readonly ready: boolean;
  readonly paused: boolean;
  readonly ended: boolean;
  readonly seeking: boolean;
  readonly currentTime: number;
  readonly duration: number;
  /** The playback rate (1 = normal speed). */
  readonly rate: number;
  /** The srclang of the subtitles shown, or 'off'. */
  readonly subtitles: string;
  readonly muted: boolean;
  /** A media error message, when the media cannot play. */
  readonly error?: string;
}

export const INITIAL_MEDIA_STATE: MediaState = {
  ready: false,
  paused: true,
  ended: false,
  seeking: false,
  currentTime: 0,
  duration: 0,
  rate: 1,
  subtitles: 'off',
  muted: false,
};
