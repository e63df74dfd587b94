/**
 * The content-warning policy, pure: given the episode's sensitive stretches, the viewer's choices and
 * what the media is doing, it says what happens (ask first, skip to the end, blur, or go on) and how
 * the picture must be masked. No DOM, no video.js: the player's gate feeds it events and applies the
 * effects it returns.
 *
 * The promise it keeps (checked by property tests): no frame inside a stretch the viewer has not
 * accepted is ever shown unmasked, provided the gate hears the media clock at least every
 * `TICK_SECONDS` of playback and hears every seek before the new frame is painted.
 */
import type { WarningCategory } from '../content/cue-payloads.ts';
import type { TimeSpan } from '../timeline/interval-index.ts';

/** How a viewer wants a kind of stretch handled. */
export type WarningMode = 'warn' | 'skip' | 'blur' | 'off';
export const WARNING_MODES: readonly WarningMode[] = ['warn', 'skip', 'blur', 'off'];

/** What the viewer answers at a stretch. `never` means "don't warn me again about this kind". */
export type WarningChoice = 'continue' | 'skip' | 'blur' | 'never';

/** How much of a stretch each mode shows: a floor (page attribute, child mode) only goes up. */
const STRICTNESS: Record<WarningMode, number> = { off: 0, warn: 1, blur: 2, skip: 3 };

export function stricterMode(a: WarningMode, b: WarningMode): WarningMode {
  return STRICTNESS[a] >= STRICTNESS[b] ? a : b;
}

/** True when a floor of `floor` still lets the viewer pick `mode`. */
export function isModeAllowed(mode: WarningMode, floor: WarningMode): boolean {
  return STRICTNESS[mode] >= STRICTNESS[floor];
}

/** A sensitive stretch of the episode, `[start, end)` in seconds. */
export interface Stretch extends TimeSpan {
  readonly id: string;
  readonly categories: readonly WarningCategory[];
}

/** What is remembered across reloads: an overall mode and optional per-category modes. */
export interface WarningPreferences {
  readonly mode: WarningMode;
  readonly categories: Readonly<Partial<Record<WarningCategory, WarningMode>>>;
}

export const DEFAULT_PREFERENCES: WarningPreferences = { mode: 'warn', categories: {} };

/** The dialog shows this long before a stretch (in seconds of wall-clock playback). */
export const LEAD_SECONDS = 2;
/** A stretch to skip or blur is acted on this long before it starts (seconds of wall-clock playback). */
export const GUARD_SECONDS = 0.5;
/**
 * A skip lands this far past a stretch's end: a video shows the last frame whose time is at or before
 * the clock, so landing exactly on the end would leave the stretch's last frame on screen. Covers
 * frame rates from 20 fps up. (The gate also keeps the picture masked until a frame past the
 * stretch is actually presented.)
 */
export const SKIP_PAST_SECONDS = 0.05;
/**
 * The longest the gate may go without hearing the media clock during playback (seconds of wall
 * clock): `timeupdate` fires every 250 ms at most, and the native cue track adds the exact boundaries.
 */
export const TICK_SECONDS = 0.3;

export interface GateState {
  readonly stretches: readonly Stretch[];
  readonly preferences: WarningPreferences;
  /** The least protection allowed: set by the page (`warnings="skip"`) or by child mode. */
  readonly floor: WarningMode;
  /** Stretches the viewer chose to watch ("continue") in this viewing of the episode. */
  readonly accepted: readonly string[];
  /** Stretches the viewer chose to watch blurred and muted in this viewing. */
  readonly blurred: readonly string[];
  /** The stretch the viewer is being asked about; playback is held until they answer. */
  readonly asking: Stretch | undefined;
  /** Play once the viewer has answered (they were playing, or asked to play). */
  readonly resume: boolean;
  readonly position: number;
  readonly playing: boolean;
  readonly rate: number;
}

export type GateEvent =
  /** A new episode (or the same one reloaded): every in-viewing choice is forgotten. */
  | { readonly type: 'episode'; readonly stretches: readonly Stretch[] }
  /** The episode's stretches became known (or changed): choices made so far are kept. */
  | { readonly type: 'stretches'; readonly stretches: readonly Stretch[] }
  | { readonly type: 'preferences'; readonly preferences: WarningPreferences; readonly floor: WarningMode }
  /** The media clock, heard during playback or at rest. */
  | { readonly type: 'tick'; readonly time: number }
  /** The media is moving to `time` (a request, or the browser's `seeking` event). */
  | { readonly type: 'seek'; readonly time: number }
  /** Playback was asked for or has started. */
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'rate'; readonly rate: number }
  | { readonly type: 'choose'; readonly choice: WarningChoice };

export type GateEffect =
  | { readonly type: 'pause' }
  | { readonly type: 'play' }
  | { readonly type: 'seek'; readonly time: number }
  | { readonly type: 'ask'; readonly stretch: Stretch }
  | { readonly type: 'dismiss'; readonly stretch: Stretch }
  | { readonly type: 'remember'; readonly preferences: WarningPreferences };

export interface GateStep {
  readonly state: GateState;
  readonly effects: readonly GateEffect[];
}

/** How the picture must look now: `cover` hides it, `blur` blurs it; either mutes the sound. */
export type PictureMask = 'none' | 'blur' | 'cover';

export interface GateView {
  readonly mask: PictureMask;
  readonly muted: boolean;
}

/** What happens to one stretch under the current choices. */
export type Treatment = 'show' | 'blur' | 'skip' | 'ask';

export function initialGateState(stretches: readonly Stretch[] = [], preferences = DEFAULT_PREFERENCES, floor: WarningMode = 'off'): GateState {
  return {
    stretches: sortStretches(stretches),
    preferences,
    floor,
    accepted: [],
    blurred: [],
    asking: undefined,
    resume: false,
    position: 0,
    playing: false,
    rate: 1,
  };
}

function sortStretches(stretches: readonly Stretch[]): Stretch[] {
  return stretches.filter((stretch) => stretch.end > stretch.start).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The mode that applies to a stretch: its strictest category, never below the floor. */
export function modeFor(stretch: Stretch, preferences: WarningPreferences, floor: WarningMode): WarningMode {
  let mode: WarningMode = 'off';
  for (const category of stretch.categories) mode = stricterMode(mode, preferences.categories[category] ?? preferences.mode);
  if (stretch.categories.length === 0) mode = preferences.mode;
  return stricterMode(mode, floor);
}

export function treatmentOf(state: GateState, stretch: Stretch): Treatment {
  switch (modeFor(stretch, state.preferences, state.floor)) {
    case 'off':
      return 'show';
    case 'skip':
      return 'skip';
    case 'blur':
      return 'blur';
    case 'warn':
      if (state.accepted.includes(stretch.id)) return 'show';
      if (state.blurred.includes(stretch.id)) return 'blur';
      return 'ask';
  }
}

/** Seconds of media before a stretch where the gate acts on it, at the current playback rate. */
function approach(state: GateState, treatment: Treatment): number {
  const rate = Math.max(state.rate, 0.0625);
  return (treatment === 'ask' ? LEAD_SECONDS : GUARD_SECONDS) * rate;
}

function isNear(state: GateState, stretch: Stretch, treatment: Treatment): boolean {
  return state.position >= stretch.start - approach(state, treatment) && state.position < stretch.end;
}

/** The first stretch the viewer must be asked about at the current position, if any. */
function stretchToAsk(state: GateState): Stretch | undefined {
  return state.stretches.find((stretch) => treatmentOf(state, stretch) === 'ask' && isNear(state, stretch, 'ask'));
}

/** Where a skip starting at `time` lands: past every stretch to skip that covers or touches it. */
function skipTarget(state: GateState, time: number): number | undefined {
  let target: number | undefined;
  let at = time;
  for (let moved = true; moved; ) {
    moved = false;
    for (const stretch of state.stretches) {
      if (treatmentOf(state, stretch) !== 'skip') continue;
      const reach = stretch.start - approach(state, 'skip');
      if (at >= reach && at < stretch.end) {
        at = stretch.end + SKIP_PAST_SECONDS;
        target = at;
        moved = true;
      }
    }
  }
  return target;
}

export function viewOf(state: GateState): GateView {
  if (state.asking) return { mask: 'cover', muted: true };
  let mask: PictureMask = 'none';
  for (const stretch of state.stretches) {
    if (stretch.start - approach(state, 'ask') > state.position) break;
    const treatment = treatmentOf(state, stretch);
    if (treatment === 'show' || !isNear(state, stretch, treatment)) continue;
    if (treatment === 'blur') {
      if (mask === 'none') mask = 'blur';
    } else if (state.position >= stretch.start || treatment === 'skip') {
      mask = 'cover';
    }
  }
  return { mask, muted: mask !== 'none' };
}

/**
 * Brings the state in line with its position: skips what must be skipped, holds playback and asks
 * about the next stretch when one is near, drops a question that no longer applies.
 */
function settle(state: GateState, effects: GateEffect[]): GateState {
  let current = state;
  // A skip can land next to another stretch: settle again, a bounded number of times.
  for (let round = 0; round <= current.stretches.length; round++) {
    const target = skipTarget(current, current.position);
    if (target !== undefined) {
      effects.push({ type: 'seek', time: target });
      current = { ...current, position: target };
    }
    const ask = stretchToAsk(current);
    if (current.asking && current.asking !== ask) {
      effects.push({ type: 'dismiss', stretch: current.asking });
      const resume = current.resume;
      current = { ...current, asking: undefined, resume: false };
      if (!ask && resume) {
        effects.push({ type: 'play' });
        current = { ...current, playing: true };
      } else if (ask) {
        current = { ...current, resume };
      }
    }
    if (ask && !current.asking) {
      const resume = current.resume || current.playing;
      if (current.playing) effects.push({ type: 'pause' });
      effects.push({ type: 'ask', stretch: ask });
      current = { ...current, asking: ask, playing: false, resume };
    }
    if (skipTarget(current, current.position) === undefined) break;
  }
  return current;
}

function answer(state: GateState, choice: WarningChoice, effects: GateEffect[]): GateState {
  const stretch = state.asking;
  if (!stretch) return state;
  let next: GateState = { ...state, asking: undefined };
  effects.push({ type: 'dismiss', stretch });
  if (choice === 'continue' || (choice === 'never' && !isModeAllowed('off', state.floor))) {
    next = { ...next, accepted: [...next.accepted, stretch.id] };
  } else if (choice === 'never') {
    const categories = { ...next.preferences.categories };
    for (const category of stretch.categories) categories[category] = 'off';
    const preferences = { ...next.preferences, categories };
    effects.push({ type: 'remember', preferences });
    next = { ...next, preferences, accepted: [...next.accepted, stretch.id] };
  } else if (choice === 'blur') {
    next = { ...next, blurred: [...next.blurred, stretch.id] };
  } else {
    effects.push({ type: 'seek', time: stretch.end + SKIP_PAST_SECONDS });
    next = { ...next, position: stretch.end + SKIP_PAST_SECONDS };
  }
  const settled = settle({ ...next, resume: false }, effects);
  if (settled.asking) return { ...settled, resume: state.resume };
  if (state.resume) {
    effects.push({ type: 'play' });
    return { ...settled, playing: true };
  }
  return settled;
}

/** One step of the gate: the new state and what the player must do, in order. */
export function step(state: GateState, event: GateEvent): GateStep {
  const effects: GateEffect[] = [];
  let next: GateState;
  switch (event.type) {
    case 'episode':
      next = { ...initialGateState(event.stretches, state.preferences, state.floor), rate: state.rate };
      break;
    case 'stretches':
      next = settle({ ...state, stretches: sortStretches(event.stretches) }, effects);
      break;
    case 'preferences':
      next = settle({ ...state, preferences: event.preferences, floor: event.floor }, effects);
      break;
    case 'tick':
      next = settle({ ...state, position: event.time }, effects);
      break;
    case 'seek':
      next = settle({ ...state, position: event.time }, effects);
      break;
    case 'play':
      if (state.asking) {
        effects.push({ type: 'pause' });
        next = { ...state, resume: true, playing: false };
      } else {
        next = settle({ ...state, playing: true }, effects);
      }
      break;
    case 'pause':
      next = { ...state, playing: false };
      break;
    case 'rate': {
      const rate = event.rate > 0 && Number.isFinite(event.rate) ? event.rate : 1;
      // A question already asked stays: a slower rate must not make the dialog flicker away and back.
      next = state.asking ? { ...state, rate } : settle({ ...state, rate }, effects);
      break;
    }
    case 'choose':
      next = answer(state, event.choice, effects);
      break;
  }
  return { state: next, effects };
}

/**
 * Spans that end where each stretch starts and begin where the gate acts on it, at each playback
 * rate the player offers. Watched through the native cue track, they give the gate a clock reading
 * at those exact instants (`timeupdate` alone may come 250 ms late, or later on a busy machine).
 */
export function approachSpans(stretches: readonly TimeSpan[], rates: readonly number[] = [1]): TimeSpan[] {
  const spans: TimeSpan[] = [];
  for (const stretch of stretches) {
    for (const rate of rates) {
      for (const ahead of [LEAD_SECONDS, GUARD_SECONDS]) {
        const start = Math.max(0, stretch.start - ahead * rate);
        if (start < stretch.start) spans.push({ start, end: stretch.start });
      }
    }
  }
  return spans;
}
