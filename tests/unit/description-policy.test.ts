import { describe, expect, it } from 'vitest';
import {
  cuesAt,
  initialDescriptionState,
  readingSeconds,
  sortCues,
  step,
  viewOf,
  type DescriptionCue,
  type DescriptionEffect,
  type DescriptionEvent,
  type DescriptionState,
} from '../../src/descriptions/description-policy.ts';

const cue = (key: string, start: number, end: number, text = `Description ${key}.`): DescriptionCue => ({ key, start, end, text });

const A = cue('a', 10, 10.3, 'Carton de titre : Bayeux, première ville libérée.');
const B = cue('b', 20, 25);
const C = cue('c', 25, 25.3);

const playing = (time: number): DescriptionEvent => ({ type: 'media', time, paused: false, seeking: false });
const pausedAt = (time: number): DescriptionEvent => ({ type: 'media', time, paused: true, seeking: false });
const seekingTo = (time: number, paused = false): DescriptionEvent => ({ type: 'media', time, paused, seeking: true });

/** Runs events from `state`; returns the last state and every effect, in order. */
function run(events: readonly DescriptionEvent[], state: DescriptionState = initialDescriptionState([A, B, C], true)) {
  const effects: DescriptionEffect[] = [];
  for (const event of events) {
    const next = step(state, event);
    effects.push(...next.effects);
    state = next.state;
  }
  return { state, effects };
}

/** The effects as short strings: "speak a#1", "cancel", "pause", "resume". */
function names(effects: readonly DescriptionEffect[]): string[] {
  return effects.map((effect) => (effect.type === 'speak' ? `speak ${effect.utterance.cue.key}#${effect.utterance.id}` : effect.type === 'cancel-speech' ? 'cancel' : effect.type));
}

describe('description policy', () => {
  it('speaks a cue when playback enters it, and says nothing while off', () => {
    expect(names(run([playing(9.8), playing(10)]).effects)).toEqual(['speak a#1']);
    expect(names(run([playing(9.8), playing(10)], initialDescriptionState([A, B, C], false)).effects)).toEqual([]);
  });

  it('lets playback go on when the description ends before its cue', () => {
    const { state, effects } = run([playing(9.8), playing(10), { type: 'speech-end', id: 1 }, playing(10.3), playing(10.5)]);
    expect(names(effects)).toEqual(['speak a#1']);
    expect(viewOf(state)).toEqual({ text: undefined, holding: false });
  });

  it('pauses at the end of a cue whose description is still being spoken, and resumes when it ends', () => {
    const reached = run([playing(9.8), playing(10), playing(10.302)]);
    expect(names(reached.effects)).toEqual(['speak a#1', 'pause']);
    expect(reached.state.hold).toBe('pausing');
    expect(viewOf(reached.state)).toEqual({ text: A.text, holding: true });
    // States still saying "playing" before the pause lands are not the viewer pressing play.
    const held = run([playing(10.31), pausedAt(10.31)], reached.state);
    expect(held.effects).toEqual([]);
    expect(held.state.hold).toBe('held');
    const ended = run([{ type: 'speech-end', id: 1 }], held.state);
    expect(names(ended.effects)).toEqual(['resume']);
    expect(ended.state.hold).toBe('none');
  });

  it('resumes even if the speech ends before the pause is confirmed', () => {
    const { effects, state } = run([playing(9.8), playing(10), playing(10.302), { type: 'speech-end', id: 1 }]);
    expect(names(effects)).toEqual(['speak a#1', 'pause', 'resume']);
    expect(state.hold).toBe('none');
  });

  it('says a cue that playback crossed between two states, and holds at once', () => {
    expect(names(run([playing(9.9), playing(10.4)]).effects)).toEqual(['speak a#1', 'pause']);
  });

  it('says cues one after the other, never two at once, and holds only while one runs past its own cue', () => {
    const { effects } = run([playing(19.9), playing(20), playing(21.5), playing(23), playing(24.5), playing(25), pausedAt(25), { type: 'speech-end', id: 1 }]);
    // b runs past its end at 25, where c starts: c waits; when b ends, c is said and, its own end
    // not reached yet, the video goes on.
    expect(names(effects)).toEqual(['speak b#1', 'pause', 'speak c#2', 'resume']);
  });

  it('cancels on a seek and lets go of the video it held; landing in a cue says it', () => {
    const held = run([playing(9.8), playing(10), playing(10.31), pausedAt(10.31)]).state;
    const { effects, state } = run([seekingTo(20, true)], held);
    expect(names(effects)).toEqual(['cancel', 'resume', 'speak b#2']);
    expect(state.hold).toBe('none');
  });

  it('takes a seek once, whether the position or the seeking flag comes first', () => {
    // The adapter publishes a seek's target before the browser's `seeking` event.
    const { effects } = run([playing(5), playing(20), seekingTo(20), playing(20)]);
    expect(names(effects)).toEqual(['speak b#1']);
  });

  it('treats a move backwards, or a leap forwards, as a seek; small jitter backwards as nothing', () => {
    expect(names(run([playing(9.9), playing(10), playing(10.1), playing(2)]).effects)).toEqual(['speak a#1', 'cancel']);
    expect(names(run([playing(9.9), playing(10), playing(20.5)]).effects)).toEqual(['speak a#1', 'cancel', 'speak b#2']);
    // The adapter may nudge the time onto a cue's start, then report a little less: not entered twice.
    expect(names(run([playing(9.9), playing(10), playing(9.95), playing(10.05)]).effects)).toEqual(['speak a#1']);
  });

  it('tells a page that stalled while playing from a seek by the wall clock, and never moves a paused video by playback', () => {
    const at = (time: number, clock: number, paused = false): DescriptionEvent => ({ type: 'media', time, paused, seeking: false, rate: 1, clock });
    // The main thread stalled for 2 s: the media played on through the cue, which is said and held for.
    expect(names(run([at(9, 100), at(11.2, 102.2)]).effects)).toEqual(['speak a#1', 'pause']);
    // The same move in 0.25 s of wall time is a seek.
    expect(names(run([at(9, 100), at(11.2, 100.25)]).effects)).toEqual([]);
    // A paused video that moves forward was sought, whatever the clock says.
    expect(names(run([at(9, 100, true), at(10.1, 160, true)]).effects)).toEqual(['speak a#1']);
    expect(run([at(9, 100, true), at(10.1, 160, true)]).state.reached).toBe(10.1);
    expect(names(run([at(9, 100, true), at(20.5, 160, true)]).effects)).toEqual(['speak b#1']);
  });

  it('drops the rest of a description when the viewer presses play while we hold the video', () => {
    const held = run([playing(9.8), playing(10), playing(10.31), pausedAt(10.31)]).state;
    const { effects, state } = run([playing(10.31), playing(10.5), { type: 'speech-end', id: 1 }], held);
    expect(names(effects)).toEqual(['cancel']);
    expect(viewOf(state)).toEqual({ text: undefined, holding: false });
  });

  it('never resumes a video the viewer paused, and keeps speaking meanwhile', () => {
    const { effects, state } = run([playing(19.9), playing(20), pausedAt(21), pausedAt(21), { type: 'speech-end', id: 1 }]);
    expect(names(effects)).toEqual(['speak b#1']);
    expect(state.hold).toBe('none');
  });

  it('a viewer who pauses past the cue end and plays again goes on without the rest', () => {
    // A content warning paused the video right at the cue's end; the viewer then chose to go on.
    const { effects } = run([playing(24.9), pausedAt(24.9), { type: 'toggle', on: true }, pausedAt(25.01), playing(25.01)], initialDescriptionState([B], false));
    expect(names(effects)).toEqual(['speak b#1', 'cancel']);
  });

  it('turning off cancels the speech and resumes the video we held; turning on says the cue at the current position', () => {
    const held = run([playing(9.8), playing(10), playing(10.31), pausedAt(10.31)]).state;
    const off = run([{ type: 'toggle', on: false }], held);
    expect(names(off.effects)).toEqual(['cancel', 'resume']);
    expect(off.state).toMatchObject({ on: false, hold: 'none', speaking: undefined, queue: [] });
    const on = run([pausedAt(22), { type: 'toggle', on: true }], off.state);
    expect(names(on.effects)).toEqual(['speak b#2']);
  });

  it('ignores the end of a cancelled utterance', () => {
    const { effects, state } = run([playing(9.9), playing(10), seekingTo(20), { type: 'speech-end', id: 1 }]);
    expect(names(effects)).toEqual(['speak a#1', 'cancel', 'speak b#2']);
    expect(state.speaking?.id).toBe(2);
  });

  it('does not ask again for a pause the player refused', () => {
    const { effects, state } = run([playing(9.9), playing(10), playing(10.31), { type: 'pause-refused' }, playing(10.4), playing(10.6)]);
    expect(names(effects)).toEqual(['speak a#1', 'pause']);
    expect(state.hold).toBe('none');
  });

  it('says the new cue when the cues change while speaking (another language)', () => {
    const english = [cue('a-en', 10, 10.3, 'Title card: Bayeux, the first town freed.')];
    const { effects, state } = run([playing(9.9), playing(10.1), { type: 'cues', cues: english }]);
    expect(names(effects)).toEqual(['speak a#1', 'cancel', 'speak a-en#2']);
    expect(viewOf(state).text).toBe('Title card: Bayeux, the first town freed.');
    // Not speaking: the cues are only replaced.
    expect(names(run([playing(5), { type: 'cues', cues: english }]).effects)).toEqual([]);
  });

  it('speaks at the first media state when turned on before the media was known', () => {
    const state = step(initialDescriptionState([A]), { type: 'toggle', on: true }).state;
    expect(names(run([pausedAt(10.1)], state).effects)).toEqual(['speak a#1']);
  });
});

describe('description cue helpers', () => {
  it('sorts cues and drops empty ones; finds the cues at a time, end excluded', () => {
    expect(sortCues([C, cue('z', 3, 3), B, A]).map((item) => item.key)).toEqual(['a', 'b', 'c']);
    expect(cuesAt([A, B, C], 25).map((item) => item.key)).toEqual(['c']);
    expect(cuesAt([A, B, C], 10.3)).toEqual([]);
  });

  it('leaves a text long enough to read, 2 s at least', () => {
    expect(readingSeconds('Bayeux.')).toBe(2);
    expect(readingSeconds('un deux trois quatre cinq six sept huit neuf dix')).toBeCloseTo(5);
  });
});
