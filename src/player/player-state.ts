/** The speeds the player offers (the warning gate looks ahead by as much as the fastest needs). */
export const PLAYBACK_RATES: readonly number[] = [0.75, 1, 1.25, 1.5];

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
  /** A media error, for the site's author (English, with video.js's detail), when the media cannot play. */
  readonly error?: string;
  /** What kind of media error, for the viewer's sentence. */
  readonly errorKind?: MediaErrorKind;
}

/** The media element's error codes, by what a viewer can do about them. */
export type MediaErrorKind = 'aborted' | 'network' | 'decode' | 'unsupported' | 'unknown';

/** The kind of a `MediaError.code` (1 aborted, 2 network, 3 decode, 4 source not supported). */
export function mediaErrorKind(code: number | undefined): MediaErrorKind {
  return (['unknown', 'aborted', 'network', 'decode', 'unsupported'] as const)[code ?? 0] ?? 'unknown';
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
