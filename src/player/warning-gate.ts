/**
 * The content-warning gate: the one place where the pure policy meets the media. It sits on both
 * paths into a stretch, so every present and future control is covered by construction:
 * - the remote's guard, which every request (chapter, card, keyboard, deep link, resume…) crosses;
 * - the adapter's seek interceptor, which runs before the media moves whoever moves it (video.js's
 *   progress bar, a script writing `video.currentTime`), masking the picture before a new frame.
 * Playback is held until the episode's stretches are known, so nothing plays unchecked.
 */
import {
  initialGateState,
  step,
  viewOf,
  type GateEffect,
  type GateEvent,
  type GateState,
  type GateView,
  type PictureMask,
  type Stretch,
  type WarningChoice,
  type WarningMode,
  type WarningPreferences,
} from '../warnings/warning-policy.ts';
import type { GuardVerdict, PlayerRemote, RemoteRequest } from './player-remote.ts';
import type { MediaState } from './player-state.ts';
import type { RequestTrigger } from './request-events.ts';
import type { MediaAdapter } from './videojs-adapter.ts';

/** How playback came to a stretch: a request's trigger, playing on, or the media moved directly. */
export type WarningPath = RequestTrigger | 'playback' | 'media';

export type GateMedia = Pick<MediaAdapter, 'play' | 'pause' | 'seek' | 'addStateListener' | 'addFrameListener' | 'interceptSeeks' | 'setMask'>;

const MASK_STRICTNESS: Record<PictureMask, number> = { none: 0, blur: 1, cover: 2 };

/** How far before a seek's target the frame shown there may lie (over two frames at 24 fps). */
const FRAME_SLACK_SECONDS = 0.1;

export interface GateListener {
  /** The viewer must now answer about `stretch` (reached by `path`), or no longer (undefined). */
  question(stretch: Stretch | undefined, path: WarningPath): void;
  /** The viewer's lasting preferences changed from the dialog ("don't warn me again"). */
  remember(preferences: WarningPreferences): void;
}

export class WarningGate {
  private state: GateState;
  private loaded = false;
  private playWhenLoaded = false;
  private paused = true;
  private rate = 1;
  private duration = 0;
  private position = 0;
  /** The media time of the frame on screen (it lags the clock, and stays put while paused). */
  private frameTime: number | undefined;
  /** The latest seek and who asked for it: a question raised later (stretches known late) names it. */
  private lastSeek: { readonly time: number; readonly path: WarningPath } | undefined;
  /** Inside a seek interception: a `seek` effect changes the target instead of seeking again. */
  private intercepting: { target: number } | undefined;
  private readonly detach: (() => void)[] = [];

  constructor(
    private readonly media: GateMedia,
    remote: PlayerRemote,
    private readonly listener: GateListener,
    preferences: WarningPreferences,
    floor: WarningMode,
  ) {
    this.state = initialGateState([], preferences, floor);
    media.interceptSeeks((time) => this.intercept(time, 'media'));
    this.detach.push(media.addStateListener((state) => this.observe(state)));
    this.detach.push(
      media.addFrameListener((time) => {
        this.frameTime = time;
        this.applyMask();
      }),
    );
    this.detach.push(remote.addGuard((request) => this.guard(request)));
    this.applyMask();
  }

  /** The stretch the viewer is asked about now, if any. */
  get question(): Stretch | undefined {
    return this.state.asking;
  }

  get view(): GateView {
    const mask = this.mask();
    return { mask, muted: mask !== 'none' };
  }

  /** The episode's stretches, once its context track is read; playback waited for them. */
  setStretches(stretches: readonly Stretch[]): void {
    this.loaded = true;
    this.run({ type: 'stretches', stretches }, this.lastSeek?.path ?? 'playback');
    if (this.playWhenLoaded) {
      this.playWhenLoaded = false;
      this.run({ type: 'play' }, 'playback');
      if (!this.state.asking) this.playMedia();
    }
  }

  setPreferences(preferences: WarningPreferences, floor: WarningMode): void {
    this.run({ type: 'preferences', preferences, floor }, 'media');
  }

  /** The viewer's answer to the current question (ignored when nothing is asked). */
  answer(choice: WarningChoice): void {
    this.run({ type: 'choose', choice }, 'media');
  }

  dispose(): void {
    for (const detach of this.detach.splice(0)) detach();
    this.media.interceptSeeks((time) => time);
  }

  private guard(request: RemoteRequest): GuardVerdict {
    if (request.kind === 'seek' && request.time !== undefined) return { time: this.intercept(request.time, request.trigger) };
    if (request.kind === 'play') {
      if (!this.loaded) {
        this.playWhenLoaded = true;
        return false;
      }
      this.run({ type: 'play' }, request.trigger);
      return this.state.asking === undefined;
    }
    return true;
  }

  /** Runs before the media moves to `time`; returns where it must go instead (past a skipped stretch). */
  private intercept(time: number, asked: WarningPath): number {
    if (this.intercepting) return time;
    // The media carrying out a request it was just given keeps the request's trigger.
    const path = asked === 'media' && this.lastSeek?.time === time ? this.lastSeek.path : asked;
    this.lastSeek = { time, path };
    this.intercepting = { target: time };
    try {
      this.run({ type: 'seek', time }, path);
      const target = this.intercepting.target;
      // Until a frame is presented there, the picture may show any frame a little before the target
      // (a decoder shows the last frame at or before it): judge the screen by that one.
      this.frameTime = Math.max(0, target - FRAME_SLACK_SECONDS);
      this.applyMask();
      return target;
    } finally {
      this.intercepting = undefined;
    }
  }

  private observe(media: MediaState): void {
    this.duration = media.duration;
    this.position = media.currentTime;
    if (media.rate !== this.rate) {
      this.rate = media.rate;
      this.run({ type: 'rate', rate: media.rate }, 'playback');
    }
    if (media.paused !== this.paused) {
      this.paused = media.paused;
      if (!media.paused && !this.loaded) {
        // Started by a control that bypasses the remote (video.js's own buttons) before the track loaded.
        this.playWhenLoaded = true;
        this.media.pause();
        return;
      }
      this.run({ type: media.paused ? 'pause' : 'play' }, 'playback');
    }
    if (!media.seeking && this.loaded) this.run({ type: 'tick', time: media.currentTime }, 'playback');
  }

  private run(event: GateEvent, path: WarningPath): void {
    const result = step(this.state, event);
    this.state = result.state;
    this.applyMask();
    for (const effect of result.effects) this.apply(effect, path);
    // Effects may have stepped the state again (a seek publishes a new time): mask for where we are now.
    this.applyMask();
  }

  /**
   * The mask for where the clock is and for the frame actually on screen, the stricter of the two:
   * masking follows the clock (ahead of the picture), unmasking waits for a frame past the stretch
   * (the last frame of a stretch stays on screen a little after the clock leaves it). Until the
   * stretches are known, the picture stays hidden.
   */
  private mask(): PictureMask {
    if (!this.loaded) return 'cover';
    const byClock = viewOf(this.state).mask;
    if (this.frameTime === undefined) return byClock;
    const byFrame = viewOf({ ...this.state, position: this.frameTime }).mask;
    return MASK_STRICTNESS[byFrame] > MASK_STRICTNESS[byClock] ? byFrame : byClock;
  }

  private applyMask(): void {
    this.media.setMask(this.mask());
  }

  private apply(effect: GateEffect, path: WarningPath): void {
    switch (effect.type) {
      case 'pause':
        this.media.pause();
        break;
      case 'play':
        this.playMedia();
        break;
      case 'seek':
        if (this.intercepting) this.intercepting.target = effect.time;
        else this.media.seek(effect.time);
        break;
      case 'ask':
        this.listener.question(effect.stretch, path);
        break;
      case 'dismiss':
        if (!this.state.asking) this.listener.question(undefined, path);
        break;
      case 'remember':
        this.listener.remember(effect.preferences);
        break;
    }
  }

  private playMedia(): void {
    // A skip to the very end must not play: a browser's play() at the end starts the media over.
    if (this.duration > 0 && this.position >= this.duration - 0.05) return;
    this.media.play().catch(() => {
      // The browser refused (autoplay policy): the player's state shows it is paused.
    });
  }
}
