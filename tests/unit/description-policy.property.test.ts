/**
 * Property tests for the audio-description policy (`src/descriptions/description-policy.ts`).
 *
 * A small simulated media element (time, paused, seeking) and speech engine are driven by random
 * viewer and browser commands; every event goes through the pure policy and every effect is applied
 * to the simulation. The policy's own `pause` lands at once on the media (as `video.pause()` does),
 * but the media state saying so reaches the policy only on a later `notify` command (as the
 * `pause` event does), and before whatever the viewer does next (events keep their order). The
 * simulation keeps its own record of who paused the video and which utterances are running, so
 * the promises are not checked with the code under test alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  initialDescriptionState,
  step,
  type DescriptionCue,
  type DescriptionEffect,
  type DescriptionEvent,
  type DescriptionState,
} from '../../src/descriptions/description-policy.ts';

const DURATION = 60;
const TICK = 0.25;
const PROPERTY_TIMEOUT_MS = 30_000;

type Command =
  | { readonly type: 'advance'; readonly seconds: number }
  | { readonly type: 'notify' }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'seek'; readonly time: number; readonly targetFirst: boolean }
  | { readonly type: 'toggle'; readonly on: boolean }
  | { readonly type: 'speech-end' }
  | { readonly type: 'stale-speech-end'; readonly id: number }
  | { readonly type: 'cues'; readonly cues: readonly DescriptionCue[] }
  | { readonly type: 'refuse-next-pause' };

const cueArbitrary = (key: string) =>
  fc
    .record({ start: fc.double({ min: 0, max: DURATION - 1, noNaN: true }), length: fc.oneof(fc.double({ min: 0.05, max: 0.5, noNaN: true }), fc.double({ min: 0.5, max: 8, noNaN: true })) })
    .map(({ start, length }): DescriptionCue => ({ key, start, end: Math.min(DURATION, start + length), text: `cue ${key}` }));

const cuesArbitrary = (prefix: string) =>
  fc.integer({ min: 0, max: 7 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => cueArbitrary(`${prefix}${i}`))));

const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: 0.01, max: 1.2, noNaN: true }).map((seconds): Command => ({ type: 'advance', seconds })) },
  { weight: 3, arbitrary: fc.constant<Command>({ type: 'notify' }) },
  { weight: 2, arbitrary: fc.constant<Command>({ type: 'play' }) },
  { weight: 1, arbitrary: fc.constant<Command>({ type: 'pause' }) },
  { weight: 2, arbitrary: fc.record({ time: fc.double({ min: 0, max: DURATION, noNaN: true }), targetFirst: fc.boolean() }).map((seek): Command => ({ type: 'seek', ...seek })) },
  { weight: 1, arbitrary: fc.boolean().map((on): Command => ({ type: 'toggle', on })) },
  { weight: 4, arbitrary: fc.constant<Command>({ type: 'speech-end' }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 20 }).map((id): Command => ({ type: 'stale-speech-end', id })) },
  { weight: 1, arbitrary: cuesArbitrary('n').map((cues): Command => ({ type: 'cues', cues })) },
  { weight: 1, arbitrary: fc.constant<Command>({ type: 'refuse-next-pause' }) },
);

/** The media, the speech engine and who did what, as the simulation sees them. */
class Simulation {
  time = 0;
  /** Wall clock, in seconds, when the policy is told it (`withClock`). */
  clock = 0;
  paused = true;
  seeking = false;
  /** Paused by the policy, and not played since by anyone. */
  pausedByUs = false;
  /** Media states not yet told to the policy (the browser's events come a little later). */
  pendingNotice = false;
  refuseNextPause = false;
  /** The utterances running now: never more than one. */
  running: number[] = [];
  spoken: string[] = [];
  state: DescriptionState;

  constructor(
    cues: readonly DescriptionCue[],
    on: boolean,
    private readonly withClock = false,
  ) {
    this.state = initialDescriptionState(cues, on);
    this.feed(this.media());
  }

  media(): DescriptionEvent {
    const event = { type: 'media', time: this.time, paused: this.paused, seeking: this.seeking } as const;
    return this.withClock ? { ...event, rate: 1, clock: this.clock } : event;
  }

  feed(event: DescriptionEvent): void {
    const result = step(this.state, event);
    this.state = result.state;
    for (const effect of result.effects) this.apply(effect);
    this.checkState();
  }

  apply(effect: DescriptionEffect): void {
    switch (effect.type) {
      case 'speak':
        expect(this.running, 'never two utterances at once').toEqual([]);
        this.running.push(effect.utterance.id);
        this.spoken.push(effect.utterance.cue.key);
        break;
      case 'cancel-speech':
        this.running = [];
        break;
      case 'pause':
        if (this.refuseNextPause) {
          this.refuseNextPause = false;
          this.feed({ type: 'pause-refused' });
          break;
        }
        if (!this.paused) {
          this.paused = true;
          this.pausedByUs = true;
          this.pendingNotice = true;
        }
        break;
      case 'resume':
        expect(this.pausedByUs || !this.paused, 'the video is only resumed by us if we paused it').toBe(true);
        if (this.paused) {
          this.paused = false;
          this.pendingNotice = true;
        }
        this.pausedByUs = false;
        break;
    }
  }

  checkState(): void {
    const { state } = this;
    if (state.hold !== 'none') {
      expect(state.on, 'holding only while on').toBe(true);
      expect(state.speaking, 'holding only while something is being said').toBeDefined();
    }
    if (!state.on) {
      expect(this.running, 'off: silent').toEqual([]);
      expect(this.pausedByUs, 'off: the video is not held by us').toBe(false);
    }
    expect(this.running.length).toBe(state.speaking ? 1 : 0);
    if (this.pausedByUs) expect(state.speaking, 'we hold the video only while something is being said').toBeDefined();
  }

  run(command: Command): void {
    // The browser's events keep their order: what the viewer does now comes after the media's
    // pending events (a pause the policy asked for is reported before the viewer's next play).
    if (this.pendingNotice && (command.type === 'play' || command.type === 'pause' || command.type === 'seek')) this.notify();
    switch (command.type) {
      case 'advance':
        if (this.paused || this.seeking) {
          if (this.pendingNotice) this.notify();
          return;
        }
        // Playback in timeupdate-sized slices, each heard by the policy.
        for (let left = command.seconds; left > 0 && !this.paused && this.time < DURATION; left -= TICK) {
          this.clock += Math.min(TICK, left);
          this.time = Math.min(DURATION, this.time + Math.min(TICK, left));
          this.feed(this.media());
        }
        break;
      case 'notify':
        this.notify();
        break;
      case 'play':
        if (this.paused) {
          this.paused = false;
          this.pausedByUs = false;
          this.feed(this.media());
        }
        break;
      case 'pause':
        if (!this.paused) {
          this.paused = true;
          this.feed(this.media());
        }
        break;
      case 'seek':
        if (command.targetFirst) {
          this.time = command.time;
          this.feed(this.media());
          this.seeking = true;
          this.feed(this.media());
        } else {
          this.seeking = true;
          this.time = command.time;
          this.feed(this.media());
        }
        this.seeking = false;
        this.feed(this.media());
        break;
      case 'toggle':
        this.feed({ type: 'toggle', on: command.on });
        break;
      case 'speech-end': {
        const id = this.running.shift();
        if (id !== undefined) this.feed({ type: 'speech-end', id });
        break;
      }
      case 'stale-speech-end':
        if (!this.running.includes(command.id)) this.feed({ type: 'speech-end', id: command.id });
        break;
      case 'cues':
        this.feed({ type: 'cues', cues: command.cues });
        break;
      case 'refuse-next-pause':
        this.refuseNextPause = true;
        break;
    }
  }

  notify(): void {
    this.pendingNotice = false;
    this.feed(this.media());
  }
}

describe('description policy properties', () => {
  it(
    'never two utterances; resumes only what it paused; off means silent and not held; a hold always ends with its speech',
    () => {
      fc.assert(
        fc.property(cuesArbitrary('c'), fc.boolean(), fc.boolean(), fc.array(commandArbitrary, { maxLength: 60 }), (cues, on, withClock, commands) => {
          const sim = new Simulation(cues, on, withClock);
          for (const command of commands) sim.run(command);
          // Let every utterance finish: nothing stays paused by us.
          for (let i = 0; i < 50 && (sim.running.length > 0 || sim.pendingNotice); i++) {
            sim.run({ type: 'speech-end' });
            sim.run({ type: 'notify' });
          }
          expect(sim.running).toEqual([]);
          expect(sim.pausedByUs).toBe(false);
          // Turning off, at any point, leaves the video not held and the speech cancelled.
          sim.run({ type: 'play' });
          sim.run({ type: 'advance', seconds: 1 });
          sim.run({ type: 'toggle', on: false });
          expect(sim.running).toEqual([]);
          expect(sim.pausedByUs).toBe(false);
        }),
        { numRuns: 400 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'plain playback says every cue once, in order, and never plays on past the end of a cue still being said',
    () => {
      fc.assert(
        fc.property(cuesArbitrary('c'), fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 10 }), fc.boolean(), (cues, speechTicks, withClock) => {
          const sim = new Simulation(cues, true, withClock);
          sim.paused = false;
          sim.feed(sim.media());
          // Each utterance lasts a number of ticks of wall clock, taken in turn from speechTicks.
          let speechLeft = 0;
          let spokenCount = 0;
          for (let ticks = 0; ticks < 10_000 && (sim.time < DURATION || sim.running.length > 0); ticks++) {
            if (sim.pendingNotice) sim.notify();
            if (sim.spoken.length > spokenCount) {
              spokenCount = sim.spoken.length;
              speechLeft = speechTicks[spokenCount % speechTicks.length]!;
            }
            sim.clock += TICK;
            if (sim.running.length > 0 && speechLeft-- <= 0) sim.run({ type: 'speech-end' });
            else if (!sim.paused) sim.run({ type: 'advance', seconds: TICK });
            const speaking = sim.state.speaking;
            if (speaking && sim.running.length > 0) {
              const firstEnd = Math.min(speaking.cue.end, ...sim.state.queue.map((cue) => cue.end));
              expect(sim.time, 'played on past a cue still being said, or waiting to be').toBeLessThan(firstEnd + TICK + 1e-9);
            }
          }
          const expected = [...cues].sort((a, b) => a.start - b.start || a.end - b.end).map((cue) => cue.key);
          expect([...sim.spoken].sort()).toEqual([...expected].sort());
          expect(new Set(sim.spoken).size).toBe(sim.spoken.length);
          expect(sim.pausedByUs).toBe(false);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
