import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  SKIP_PAST_SECONDS,
  initialGateState,
  modeFor,
  step,
  treatmentOf,
  viewOf,
  type GateEvent,
  type GateState,
  type Stretch,
} from '../../src/warnings/warning-policy.ts';

const tulle: Stretch = { id: 'tulle', start: 199, end: 212.4, categories: ['executions', 'death'] };
const oradour: Stretch = { id: 'oradour', start: 212.4, end: 228.6, categories: ['massacre', 'death'] };
const caen: Stretch = { id: 'caen', start: 38, end: 53.8, categories: ['combat'] };

function run(state: GateState, ...events: GateEvent[]) {
  const effects = [];
  let current = state;
  for (const event of events) {
    const result = step(current, event);
    current = result.state;
    effects.push(...result.effects);
  }
  return { state: current, effects };
}

const warned = initialGateState([caen, tulle, oradour]);

describe('modeFor', () => {
  it('takes the strictest of a stretch’s categories, the overall mode filling the gaps', () => {
    const preferences = { mode: 'warn' as const, categories: { death: 'skip' as const, combat: 'off' as const } };
    expect(modeFor(tulle, preferences, 'off')).toBe('skip');
    expect(modeFor(caen, preferences, 'off')).toBe('off');
  });

  it('never goes below the floor', () => {
    expect(modeFor(caen, { mode: 'off', categories: {} }, 'skip')).toBe('skip');
    expect(modeFor(caen, { mode: 'off', categories: {} }, 'warn')).toBe('warn');
    expect(modeFor(caen, { mode: 'skip', categories: {} }, 'warn')).toBe('skip');
  });
});

describe('the gate while playing', () => {
  it('pauses and asks about two seconds before a stretch, masking the picture', () => {
    const playing = run(warned, { type: 'play' }, { type: 'tick', time: 35 }).state;
    expect(playing.asking).toBeUndefined();
    const { state, effects } = run(playing, { type: 'tick', time: 36.1 });
    expect(effects).toEqual([{ type: 'pause' }, { type: 'ask', stretch: caen }]);
    expect(state.asking).toBe(caen);
    expect(state.resume).toBe(true);
    expect(viewOf(state)).toEqual({ mask: 'cover', muted: true });
  });

  it('asks earlier in media time when playing faster', () => {
    const fast = run(warned, { type: 'rate', rate: 1.5 }, { type: 'play' }, { type: 'tick', time: 35.1 });
    expect(fast.state.asking).toBe(caen);
  });

  it('continue: shows the stretch and plays on', () => {
    const asked = run(warned, { type: 'play' }, { type: 'tick', time: 36.5 }).state;
    const { state, effects } = run(asked, { type: 'choose', choice: 'continue' }, { type: 'tick', time: 40 });
    expect(effects).toEqual([{ type: 'dismiss', stretch: caen }, { type: 'play' }]);
    expect(viewOf(state).mask).toBe('none');
    expect(treatmentOf(state, caen)).toBe('show');
  });

  it('skip: jumps to the end, then asks about a stretch that starts right there', () => {
    const asked = run(warned, { type: 'seek', time: 199 }).state;
    expect(asked.asking).toBe(tulle);
    const { state, effects } = run(asked, { type: 'choose', choice: 'skip' });
    expect(effects).toEqual([{ type: 'dismiss', stretch: tulle }, { type: 'seek', time: tulle.end + SKIP_PAST_SECONDS }, { type: 'ask', stretch: oradour }]);
    expect(state.asking).toBe(oradour);
  });

  it('blur: the stretch plays blurred and muted', () => {
    const asked = run(warned, { type: 'play' }, { type: 'tick', time: 37 }).state;
    const { state } = run(asked, { type: 'choose', choice: 'blur' }, { type: 'tick', time: 45 });
    expect(state.playing).toBe(true);
    expect(viewOf(state)).toEqual({ mask: 'blur', muted: true });
  });

  it('never: remembers the categories as off and plays on', () => {
    const asked = run(warned, { type: 'play' }, { type: 'tick', time: 37 }).state;
    const { state, effects } = run(asked, { type: 'choose', choice: 'never' });
    expect(effects).toContainEqual({ type: 'remember', preferences: { ...DEFAULT_PREFERENCES, categories: { combat: 'off' } } });
    expect(modeFor(caen, state.preferences, state.floor)).toBe('off');
  });

  it('never under a floor of warn counts as continue, and changes no preference', () => {
    const floored = initialGateState([caen], DEFAULT_PREFERENCES, 'warn');
    const asked = run(floored, { type: 'seek', time: 40 }).state;
    const { state, effects } = run(asked, { type: 'choose', choice: 'never' });
    expect(effects.some((effect) => effect.type === 'remember')).toBe(false);
    expect(state.accepted).toEqual(['caen']);
  });
});

describe('the gate on a jump', () => {
  it('asks at once when a seek lands inside or just before a stretch, paused or not', () => {
    expect(run(warned, { type: 'seek', time: 45 }).state.asking).toBe(caen);
    expect(run(warned, { type: 'seek', time: 36.5 }).state.asking).toBe(caen);
    expect(run(warned, { type: 'seek', time: 30 }).state.asking).toBeUndefined();
  });

  it('covers the picture the moment a seek lands inside, the end excluded', () => {
    expect(viewOf(run(warned, { type: 'seek', time: 38 }).state).mask).toBe('cover');
    const after = run(initialGateState([caen]), { type: 'seek', time: 53.8 }).state;
    expect(viewOf(after).mask).toBe('none');
  });

  it('drops the question when the viewer jumps away, and resumes if they were playing', () => {
    const asked = run(warned, { type: 'play' }, { type: 'tick', time: 37 }).state;
    const { state, effects } = run(asked, { type: 'seek', time: 10 });
    expect(state.asking).toBeUndefined();
    expect(effects).toEqual([{ type: 'dismiss', stretch: caen }, { type: 'play' }]);
  });

  it('holds a play request while an answer is due', () => {
    const atStretch = run(warned, { type: 'seek', time: 40 }).state;
    expect(atStretch.asking).toBe(caen);
    const { state, effects } = run(atStretch, { type: 'play' });
    expect(effects).toEqual([{ type: 'pause' }]);
    expect(state.resume).toBe(true);
  });

  it('skip mode: a seek into a stretch lands at its end, past back-to-back stretches', () => {
    const skipping = initialGateState([caen, tulle, oradour], { mode: 'skip', categories: {} });
    const { state, effects } = run(skipping, { type: 'seek', time: 200 });
    expect(effects).toEqual([{ type: 'seek', time: oradour.end + SKIP_PAST_SECONDS }]);
    expect(state.position).toBe(oradour.end + SKIP_PAST_SECONDS);
    expect(viewOf(state).mask).toBe('none');
  });

  it('skip mode: playback leaves just before the stretch, never inside it', () => {
    const skipping = initialGateState([caen], { mode: 'skip', categories: {} });
    const near = run(skipping, { type: 'play' }, { type: 'tick', time: 37.6 });
    expect(near.effects).toEqual([{ type: 'seek', time: caen.end + SKIP_PAST_SECONDS }]);
    expect(near.state.playing).toBe(true);
  });
});

describe('episodes and preferences', () => {
  it('a new episode forgets what the viewer accepted and any question', () => {
    const accepted = run(warned, { type: 'seek', time: 40 }, { type: 'choose', choice: 'continue' }).state;
    expect(accepted.accepted).toEqual(['caen']);
    const next = run(accepted, { type: 'episode', stretches: [caen] }).state;
    expect(next.accepted).toEqual([]);
    expect(next.position).toBe(0);
  });

  it('turning warnings off while asked drops the question', () => {
    const asked = run(warned, { type: 'play' }, { type: 'tick', time: 37 }).state;
    const { state, effects } = run(asked, { type: 'preferences', preferences: { mode: 'off', categories: {} }, floor: 'off' });
    expect(state.asking).toBeUndefined();
    expect(effects).toEqual([{ type: 'dismiss', stretch: caen }, { type: 'play' }]);
  });

  it('ignores an answer when nothing is asked', () => {
    const { state, effects } = run(warned, { type: 'choose', choice: 'continue' });
    expect(effects).toEqual([]);
    expect(state).toBe(warned);
  });
});

describe('stretches known late', () => {
  it('asks at once when the stretches arrive after a jump into one', () => {
    const early = run(initialGateState(), { type: 'seek', time: 45 }).state;
    expect(early.asking).toBeUndefined();
    const { state, effects } = run(early, { type: 'stretches', stretches: [caen] });
    expect(effects).toEqual([{ type: 'ask', stretch: caen }]);
    expect(viewOf(state).mask).toBe('cover');
  });
});

describe('playback rate', () => {
  it('keeps a question already asked when the rate drops', () => {
    const fast = run(warned, { type: 'rate', rate: 2 }, { type: 'play' }, { type: 'tick', time: 34.5 }).state;
    expect(fast.asking).toBe(caen);
    const { state, effects } = run(fast, { type: 'rate', rate: 0.5 });
    expect(state.asking).toBe(caen);
    expect(effects).toEqual([]);
  });
});
