/**
 * Audio description, pure: given the description cues, what the media is doing and what the speech
 * engine reports, it says what to say and when to hold the picture. No DOM, no speech API, no
 * video.js: the controller (`description-voice.ts`) feeds it events and applies the effects.
 *
 * The rules (WCAG 2.2 SC 1.2.5; technique H96, extended description):
 * - Playback entering a cue while descriptions are on speaks the cue. A cue entered while another
 *   is still being spoken waits its turn: there is never more than one utterance at a time.
 * - Playback reaching the end of a cue whose description is still being spoken (or still waiting
 *   for its turn) pauses the video (an "extended description"); when the speech ends the video is
 *   resumed, only if we paused it.
 * - A seek (the `seeking` flag with a new position, a move backwards, or a leap forwards that
 *   playback cannot explain in the wall time elapsed) cancels what is being said and forgets what was waiting. If we were
 *   holding the video, we let it go (the viewer was watching and moved: playback goes on at the new
 *   place). Landing inside a cue speaks that cue: a chapter click lands on a new picture.
 * - The viewer pressing play while we hold the video (or while a description runs past its cue's
 *   end) means "go on": the rest of the description, and anything waiting, is dropped.
 * - A pause by anyone else (the viewer, a content warning) does not stop the speech, and the video
 *   is never resumed by us after it: we only resume what we paused.
 * - Turning descriptions off cancels the speech, forgets the waiting cues and resumes the video if
 *   we were holding it. Turning them on speaks the cue at the current position, if any.
 * - New cues (another language) cancel the speech and let go of the video; if something was being
 *   said, the new cue at the current position is said instead.
 */

/** One description: `[start, end)` in seconds and the plain text to say. */
import type { DescriptionCue } from '../content/description-track.ts';

export type { DescriptionCue };

/** What the policy needs of a media state. */
export interface DescriptionMedia {
  readonly time: number;
  readonly paused: boolean;
  readonly seeking: boolean;
  /** The playback rate (1 when not given). */
  readonly rate?: number;
  /** When the state was heard, in seconds of a monotonic wall clock: tells a stalled page from a seek. */
  readonly clock?: number;
}

/** An utterance the policy asked for; `id` tells its end from the end of a cancelled one. */
export interface Utterance {
  readonly id: number;
  readonly cue: DescriptionCue;
}

/**
 * Our hold on playback: `pausing` once we asked for a pause and until the media reports it paused
 * (states still saying "playing" meanwhile are not the viewer pressing play), `held` after.
 */
export type Hold = 'none' | 'pausing' | 'held';

export interface DescriptionState {
  readonly on: boolean;
  /** Sorted by start, then end. */
  readonly cues: readonly DescriptionCue[];
  /** The last media state heard (none before the first). */
  readonly media: DescriptionMedia | undefined;
  /** The furthest time reached since the last seek: cues starting up to here have been entered. */
  readonly reached: number;
  readonly speaking: Utterance | undefined;
  /** Cues entered while another was being spoken, in order. */
  readonly queue: readonly DescriptionCue[];
  readonly hold: Hold;
  /** The utterance whose pause the player refused: not asked again. */
  readonly refused: number | undefined;
  readonly nextId: number;
}

export type DescriptionEvent =
  | ({ readonly type: 'media' } & DescriptionMedia)
  | { readonly type: 'cues'; readonly cues: readonly DescriptionCue[] }
  | { readonly type: 'toggle'; readonly on: boolean }
  /** The utterance ended, or failed: either way it is over. */
  | { readonly type: 'speech-end'; readonly id: number }
  /** The player refused the pause we asked for (a guard vetoed it). */
  | { readonly type: 'pause-refused' };

export type DescriptionEffect =
  | { readonly type: 'speak'; readonly utterance: Utterance }
  | { readonly type: 'cancel-speech' }
  /** Pause playback, with trigger 'description'. */
  | { readonly type: 'pause' }
  /** Resume the playback we paused, with trigger 'description'. */
  | { readonly type: 'resume' };

export interface DescriptionStep {
  readonly state: DescriptionState;
  readonly effects: readonly DescriptionEffect[];
}

/**
 * Without a wall clock, a forward move between two states while playing longer than this is a seek,
 * not playback (timeupdates come every 250 ms, at up to 2×, with slack).
 */
export const MAX_ADVANCE_SECONDS = 1.5;
/** With a wall clock: playback may have moved the wall time elapsed × the rate, plus this. */
export const ADVANCE_SLACK_SECONDS = 0.5;
/** From a paused state, the media does not move: only the clock's nudge (see below) and float slack. */
export const PAUSED_ADVANCE_SECONDS = 0.3;
/**
 * A move backwards up to this much, without the `seeking` flag, is the clock's jitter, not a seek:
 * the adapter nudges the time onto the start of a cue that has just become active (≤ 0.25 s).
 */
export const BACKWARD_JITTER_SECONDS = 0.3;
/** Float slack at a cue's end. */
const EPSILON = 1e-3;

/** The cues in the order the policy needs them: sorted, empty spans dropped. */
export function sortCues(cues: readonly DescriptionCue[]): DescriptionCue[] {
  return cues.filter((cue) => cue.end > cue.start).sort((a, b) => a.start - b.start || a.end - b.end);
}

export function initialDescriptionState(cues: readonly DescriptionCue[] = [], on = false): DescriptionState {
  return { on, cues: sortCues(cues), media: undefined, reached: 0, speaking: undefined, queue: [], hold: 'none', refused: undefined, nextId: 1 };
}

/** The cues active at `time` (`start <= time < end`), in order. */
export function cuesAt(cues: readonly DescriptionCue[], time: number): DescriptionCue[] {
  return cues.filter((cue) => cue.start <= time && time < cue.end);
}

/** The description shown now (the cue being spoken), and whether we hold the video. */
export function viewOf(state: DescriptionState): { readonly text: string | undefined; readonly holding: boolean } {
  return { text: state.speaking?.cue.text, holding: state.hold !== 'none' };
}

/**
 * How long a description shown as text stays, when there is no voice to say it: about 150 words a
 * minute (a screen reader's default pace is faster; a reader may be slower), and 2 s at least.
 */
export function readingSeconds(text: string): number {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(2, 1 + words * 0.4);
}

/** One event in, the next state and what to do out. */
export function step(state: DescriptionState, event: DescriptionEvent): DescriptionStep {
  const effects: DescriptionEffect[] = [];
  const next = settle(reduce(state, event, effects), effects);
  return { state: next, effects };
}

function reduce(state: DescriptionState, event: DescriptionEvent, effects: DescriptionEffect[]): DescriptionState {
  switch (event.type) {
    case 'toggle': {
      if (event.on === state.on) return state;
      if (!event.on) return { ...stop(state, effects), on: false };
      const on = { ...state, on: true };
      return on.media ? land(on, on.media.time, effects) : on;
    }
    case 'cues': {
      const cues = sortCues(event.cues);
      const wasSpeaking = state.speaking !== undefined;
      const stopped = { ...stop(state, effects), cues };
      return wasSpeaking && stopped.on && stopped.media ? land(stopped, stopped.media.time, effects) : stopped;
    }
    case 'speech-end': {
      if (state.speaking?.id !== event.id) return state;
      return speakNext({ ...state, speaking: undefined }, effects);
    }
    case 'pause-refused':
      return state.hold === 'pausing' ? { ...state, hold: 'none', refused: state.speaking?.id } : state;
    case 'media':
      return hear(state, { time: event.time, paused: event.paused, seeking: event.seeking, rate: event.rate, clock: event.clock }, effects);
  }
}

/** A new media state: a seek, playback moving on, or the paused flag changing. */
function hear(state: DescriptionState, media: DescriptionMedia, effects: DescriptionEffect[]): DescriptionState {
  const before = state.media;
  if (!before) {
    const first = { ...state, media, reached: media.time };
    return first.on ? land(first, media.time, effects) : first;
  }
  const moved = media.time - before.time;
  const jumped = (media.seeking && moved !== 0) || moved < -BACKWARD_JITTER_SECONDS || moved > playbackCouldMove(before, media);
  if (jumped) {
    const stopped = { ...stop(state, effects), media, reached: media.time };
    return stopped.on ? land(stopped, media.time, effects) : stopped;
  }

  let next: DescriptionState = { ...state, media, reached: Math.max(state.reached, media.time) };
  if (next.on && media.time > state.reached) {
    for (const cue of next.cues) {
      if (cue.start > state.reached && cue.start <= media.time) next = enter(next, cue, effects);
    }
  }

  // Who paused, who played.
  if (next.hold === 'pausing' && media.paused) next = { ...next, hold: 'held' };
  const pressedPlay = before.paused && !media.paused;
  if (pressedPlay && (next.hold === 'held' || (next.hold === 'none' && anyOverdue(next, media.time)))) {
    // The viewer chose to go on: drop the rest of what we had to say up to here.
    if (next.speaking) effects.push({ type: 'cancel-speech' });
    next = { ...next, speaking: undefined, queue: [], hold: 'none' };
  }
  return next;
}

/**
 * How far playback alone could have moved the media between two states: a page whose main thread
 * stalled hears the clock late but the media played on meanwhile; a move beyond this is a seek
 * (the adapter publishes a seek's target before the browser's `seeking` event).
 */
function playbackCouldMove(before: DescriptionMedia, now: DescriptionMedia): number {
  if (before.paused) return PAUSED_ADVANCE_SECONDS;
  if (before.clock === undefined || now.clock === undefined) return MAX_ADVANCE_SECONDS;
  const rate = Math.max(before.rate ?? 1, now.rate ?? 1, 0);
  return Math.max(0, now.clock - before.clock) * rate + ADVANCE_SLACK_SECONDS;
}

/** Speaks `cue` now, or after what is being said. */
function enter(state: DescriptionState, cue: DescriptionCue, effects: DescriptionEffect[]): DescriptionState {
  const same = (other: DescriptionCue) => other.key === cue.key && other.start === cue.start;
  if ((state.speaking && same(state.speaking.cue)) || state.queue.some(same)) return state;
  if (state.speaking) return { ...state, queue: [...state.queue, cue] };
  const utterance = { id: state.nextId, cue };
  effects.push({ type: 'speak', utterance });
  return { ...state, speaking: utterance, nextId: state.nextId + 1 };
}

function speakNext(state: DescriptionState, effects: DescriptionEffect[]): DescriptionState {
  const [first, ...rest] = state.queue;
  if (!first || !state.on) return { ...state, queue: [] };
  return enter({ ...state, queue: rest }, first, effects);
}

/** Says the cues at `time` (after a seek, on turning on): the picture the viewer lands on. */
function land(state: DescriptionState, time: number, effects: DescriptionEffect[]): DescriptionState {
  let next = state;
  for (const cue of cuesAt(state.cues, time)) next = enter(next, cue, effects);
  return next;
}

/** Silence: the speech cancelled, nothing waiting, the video let go if we held it. */
function stop(state: DescriptionState, effects: DescriptionEffect[]): DescriptionState {
  if (state.speaking) effects.push({ type: 'cancel-speech' });
  if (state.hold !== 'none') effects.push({ type: 'resume' });
  return { ...state, speaking: undefined, queue: [], hold: 'none', refused: undefined };
}

/** A cue entered and not yet said in full (being said or waiting) whose end playback has reached. */
function anyOverdue(state: DescriptionState, time: number): boolean {
  const pending = state.speaking ? [state.speaking.cue, ...state.queue] : state.queue;
  return pending.some((cue) => time >= cue.end - EPSILON);
}

/** After every event: hold the video while a description runs past its cue (or waits past it), and only then. */
function settle(state: DescriptionState, effects: DescriptionEffect[]): DescriptionState {
  const media = state.media;
  const speaking = state.speaking;
  const mustWait = state.on && speaking !== undefined && media !== undefined && anyOverdue(state, media.time);
  if (state.hold !== 'none' && !mustWait) {
    effects.push({ type: 'resume' });
    return { ...state, hold: 'none' };
  }
  if (state.hold === 'none' && mustWait && !media.paused && !media.seeking && state.refused !== speaking.id) {
    effects.push({ type: 'pause' });
    return { ...state, hold: 'pausing' };
  }
  return state;
}
