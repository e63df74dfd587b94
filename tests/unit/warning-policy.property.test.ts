/**
 * Model-based property tests for the content-warning gate (`src/warnings/warning-policy.ts`).
 *
 * The harness (`Simulation`) is a small simulated media element (position, paused, rate and a fixed
 * duration) driven by random viewer and browser commands. Every event goes through the pure gate
 * (`step`) and every effect it returns is applied to the media: `pause`/`play` change `paused`, a
 * `seek` moves the position and at once feeds the gate the `seek` event (as the player's seek
 * interceptor does; nested effects are applied recursively, boundedly). Playback moves in
 * wall-clock slices of at most TICK_SECONDS; the gate hears a `tick` after each slice, and the frames
 * the media passed through during the slice are checked against the view the gate gave *before* that
 * tick (the gate only hears the clock that often). After every command and every slice the current
 * frame is checked too.
 *
 * Which stretches the viewer has accepted is tracked by an independent model (`ChoiceModel`) fed the
 * same preferences and answers, so the promise is not checked with the code under test alone:
 * no frame inside a stretch the viewer has not accepted is ever shown unmasked
 * (treatment `ask` or `skip` → mask `cover`; `blur` → mask not `none`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WARNING_CATEGORIES, type WarningCategory } from '../../src/content/cue-payloads.ts';
import {
  GUARD_SECONDS,
  LEAD_SECONDS,
  TICK_SECONDS,
  WARNING_MODES,
  initialGateState,
  step,
  treatmentOf,
  viewOf,
  type GateEffect,
  type GateEvent,
  type GateState,
  type GateStep,
  type GateView,
  type Stretch,
  type Treatment,
  type WarningChoice,
  type WarningMode,
  type WarningPreferences,
} from '../../src/warnings/warning-policy.ts';

const DURATION = 600;
const RATES = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;
const CHOICES: readonly WarningChoice[] = ['continue', 'skip', 'blur', 'never'];
/** A generous per-test limit: the file takes a few seconds, but other work may share the machine. */
const PROPERTY_TIMEOUT_MS = 30_000;
/** How deep effects may cause events that cause effects before the harness calls it a loop. */
const MAX_EFFECT_DEPTH = 16;

// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------

/** Where a seek lands relative to a stretch, at the rate in force when it runs. */
type SeekAnchor = 'start' | 'end' | 'lead' | 'guard';

type SeekTarget =
  | { readonly kind: 'anywhere'; readonly time: number }
  | { readonly kind: 'near'; readonly stretch: number; readonly anchor: SeekAnchor; readonly nudge: number };

type Command =
  /** Play on for a few wall-clock slices, each at most TICK_SECONDS. */
  | { readonly type: 'advance'; readonly slices: readonly number[] }
  | { readonly type: 'seek'; readonly target: SeekTarget }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'rate'; readonly rate: number }
  | { readonly type: 'choose'; readonly choice: WarningChoice }
  | { readonly type: 'preferences'; readonly preferences: WarningPreferences; readonly floor: WarningMode }
  | { readonly type: 'episode'; readonly stretches: readonly Stretch[] }
  /** The same episode's stretches become known or change (the player's track loads): choices are kept. */
  | { readonly type: 'stretches'; readonly stretches: readonly Stretch[] };

interface Scenario {
  readonly stretches: readonly Stretch[];
  readonly preferences: WarningPreferences;
  readonly floor: WarningMode;
  readonly commands: readonly Command[];
}

// ---------------------------------------------------------------------------------------------
// The independent model of the viewer's choices
// ---------------------------------------------------------------------------------------------

const STRICTNESS_ORDER: readonly WarningMode[] = ['off', 'warn', 'blur', 'skip'];

function strictest(modes: readonly WarningMode[]): WarningMode {
  return modes.reduce<WarningMode>((a, b) => (STRICTNESS_ORDER.indexOf(b) > STRICTNESS_ORDER.indexOf(a) ? b : a), 'off');
}

function expectedMode(stretch: Stretch, preferences: WarningPreferences, floor: WarningMode): WarningMode {
  const chosen = stretch.categories.length === 0 ? [preferences.mode] : stretch.categories.map((category) => preferences.categories[category] ?? preferences.mode);
  return strictest([...chosen, floor]);
}

/** What the viewer asked for so far, kept apart from the gate's own state. */
class ChoiceModel {
  readonly accepted = new Set<string>();
  readonly blurred = new Set<string>();

  constructor(
    public preferences: WarningPreferences,
    public floor: WarningMode,
  ) {}

  treatment(stretch: Stretch): Treatment {
    switch (expectedMode(stretch, this.preferences, this.floor)) {
      case 'off':
        return 'show';
      case 'skip':
        return 'skip';
      case 'blur':
        return 'blur';
      case 'warn':
        if (this.accepted.has(stretch.id)) return 'show';
        if (this.blurred.has(stretch.id)) return 'blur';
        return 'ask';
    }
  }

  answer(stretch: Stretch, choice: WarningChoice): void {
    if (choice === 'continue') this.accepted.add(stretch.id);
    if (choice === 'blur') this.blurred.add(stretch.id);
    if (choice === 'never') {
      // "Don't warn me again" turns the stretch's kinds off, unless a floor forbids `off`.
      if (this.floor === 'off') {
        const categories: Partial<Record<WarningCategory, WarningMode>> = { ...this.preferences.categories };
        for (const category of stretch.categories) categories[category] = 'off';
        this.preferences = { ...this.preferences, categories };
      }
      this.accepted.add(stretch.id);
    }
  }

  forgetChoices(): void {
    this.accepted.clear();
    this.blurred.clear();
  }
}

// ---------------------------------------------------------------------------------------------
// The harness
// ---------------------------------------------------------------------------------------------

interface Media {
  position: number;
  paused: boolean;
  rate: number;
  readonly duration: number;
}

interface Hooks {
  /** Every gate step, with the state it was given. */
  readonly onStep?: (sim: Simulation, before: GateState, event: GateEvent, result: GateStep) => void;
  /** Every frame checked between two ticks, with the view then in force. */
  readonly onFrame?: (sim: Simulation, time: number, view: GateView) => void;
  /** After every command and every playback slice, once all effects are applied. */
  readonly onSettled?: (sim: Simulation) => void;
  /** Deep-freeze every state and event given to `step`, and check it is left as it was. */
  readonly freezeInputs?: boolean;
  /**
   * Feed back the media's own `play`/`pause` events after `play`/`pause` effects, as the player's
   * WarningGate does (it steps the gate on every change of `paused`).
   */
  readonly echoPlayPause?: boolean;
}

/** Counts of what the random runs reached, to show the properties are not vacuous. */
interface Coverage {
  asks: number;
  skipSeeks: number;
  answered: number;
  framesInsideStretches: number;
  blurredFrames: number;
  coveredFrames: number;
}

interface TraceEntry {
  readonly event: GateEvent;
  readonly effects: readonly GateEffect[];
}

function isInside(stretch: Stretch, time: number): boolean {
  return time >= stretch.start && time < stretch.end;
}

class Simulation {
  state: GateState;
  stretches: readonly Stretch[];
  readonly media: Media;
  readonly model: ChoiceModel;
  readonly trace: TraceEntry[] = [];

  constructor(
    scenario: Pick<Scenario, 'stretches' | 'preferences' | 'floor'>,
    private readonly hooks: Hooks = {},
    private readonly coverage?: Coverage,
  ) {
    this.stretches = scenario.stretches;
    this.state = initialGateState(scenario.stretches, scenario.preferences, scenario.floor);
    this.media = { position: 0, paused: true, rate: 1, duration: DURATION };
    this.model = new ChoiceModel(scenario.preferences, scenario.floor);
  }

  get ended(): boolean {
    return this.media.position >= this.media.duration;
  }

  run(command: Command): void {
    switch (command.type) {
      case 'advance':
        for (const slice of command.slices) if (!this.advance(slice)) break;
        break;
      case 'seek':
        this.seekMedia(this.resolveSeek(command.target));
        break;
      case 'play':
        this.playMedia(0);
        this.feed({ type: 'play' });
        break;
      case 'pause':
        this.media.paused = true;
        this.feed({ type: 'pause' });
        break;
      case 'rate':
        this.media.rate = command.rate;
        this.feed({ type: 'rate', rate: command.rate });
        break;
      case 'choose':
        this.choose(command.choice);
        break;
      case 'preferences':
        this.model.preferences = command.preferences;
        this.model.floor = command.floor;
        this.feed({ type: 'preferences', preferences: command.preferences, floor: command.floor });
        break;
      case 'episode':
        this.stretches = command.stretches;
        this.model.forgetChoices();
        this.media.position = 0;
        this.media.paused = true;
        this.feed({ type: 'episode', stretches: command.stretches });
        break;
      case 'stretches':
        this.stretches = command.stretches;
        this.feed({ type: 'stretches', stretches: command.stretches });
        break;
    }
    this.checkNow();
    this.checkTreatments();
  }

  /**
   * Plays for `wallSeconds` of wall clock (at most TICK_SECONDS), then lets the gate hear the clock.
   * Returns false when the media was paused or ended, so did not move.
   */
  advance(wallSeconds: number): boolean {
    const media = this.media;
    if (media.paused || this.ended) return false;
    const from = media.position;
    const to = Math.min(media.duration, from + wallSeconds * media.rate);
    this.checkFramesBetween(from, to, viewOf(this.state));
    media.position = to;
    this.feed({ type: 'tick', time: to });
    if (!media.paused && this.ended) {
      media.paused = true;
      this.feed({ type: 'pause' });
    }
    this.checkNow();
    return true;
  }

  /** The viewer or a control moves the media. */
  seekMedia(time: number): void {
    this.moveMedia(time, 0);
  }

  /** `play()` on the media: at the end it starts again from 0, as browsers do. */
  private playMedia(chain: number): void {
    this.media.paused = false;
    if (this.ended) this.moveMedia(0, chain);
  }

  /**
   * The media moves to `time` and the gate hears it at once, as through the player's seek
   * interceptor (its `seek` effects, applied recursively, may move the media on again).
   */
  private moveMedia(time: number, chain: number): void {
    if (chain > MAX_EFFECT_DEPTH) this.fail('seeks keep causing seeks');
    this.media.position = time;
    this.feed({ type: 'seek', time }, chain);
  }

  private choose(choice: WarningChoice): void {
    const asked = this.state.asking;
    if (asked) {
      this.model.answer(asked, choice);
      if (this.coverage) this.coverage.answered++;
      this.feed({ type: 'choose', choice });
      return;
    }
    const before = this.state;
    const effects = this.feed({ type: 'choose', choice });
    if (effects.length > 0) this.fail(`choose '${choice}' with no question pending returned effects`);
    if (this.state !== before) expect(this.state, 'choose with no question pending must leave the state as it was').toEqual(before);
  }

  /** Feeds one event to the gate and applies its effects; returns the effects. */
  feed(event: GateEvent, chain = 0): readonly GateEffect[] {
    const before = this.state;
    const result = this.hooks.freezeInputs ? stepFrozen(before, event) : step(before, event);
    this.state = result.state;
    this.trace.push({ event, effects: result.effects });
    this.hooks.onStep?.(this, before, event, result);
    // The media's own `play`/`pause` events, heard after this step's effects are applied.
    const echoes: GateEvent[] = [];
    for (const effect of result.effects) {
      switch (effect.type) {
        case 'pause':
          if (!this.media.paused && this.hooks.echoPlayPause) echoes.push({ type: 'pause' });
          this.media.paused = true;
          break;
        case 'play': {
          const wasPaused = this.media.paused;
          this.playMedia(chain + 1);
          if (wasPaused && this.hooks.echoPlayPause) echoes.push({ type: 'play' });
          break;
        }
        case 'seek':
          if (this.coverage) this.coverage.skipSeeks++;
          this.moveMedia(effect.time, chain + 1);
          break;
        case 'ask':
          if (this.coverage) this.coverage.asks++;
          break;
        case 'remember':
          // Only "don't warn me again" with no floor is remembered, and as the viewer said it.
          if (this.model.floor !== 'off' || !samePreferences(effect.preferences, this.model.preferences)) {
            this.fail(`'${event.type}' remembered ${JSON.stringify(effect.preferences)}`);
          }
          break;
        case 'dismiss':
          break;
      }
    }
    for (const echo of echoes) {
      if (chain >= MAX_EFFECT_DEPTH) this.fail('play/pause effects keep causing effects');
      this.feed(echo, chain + 1);
    }
    return result.effects;
  }

  private resolveSeek(target: SeekTarget): number {
    if (target.kind === 'anywhere' || this.stretches.length === 0) return clamp(target.kind === 'anywhere' ? target.time : target.nudge, 0, DURATION);
    const stretch = this.stretches[target.stretch % this.stretches.length]!;
    const rate = this.media.rate;
    const base = { start: stretch.start, end: stretch.end, lead: stretch.start - LEAD_SECONDS * rate, guard: stretch.start - GUARD_SECONDS * rate }[target.anchor];
    return clamp(base + target.nudge, 0, DURATION);
  }

  /** The promise for the frame at `time`, under the view `view` (given before the tick, in a slice). */
  private checkFrame(time: number, view: GateView, slice?: { readonly from: number; readonly to: number }): void {
    const when = () => (slice ? `playing ${slice.from} → ${slice.to}, before the tick` : 'after the command');
    for (const stretch of this.stretches) {
      if (!isInside(stretch, time)) continue;
      const treatment = this.model.treatment(stretch);
      if (this.coverage) {
        this.coverage.framesInsideStretches++;
        if (view.mask === 'blur') this.coverage.blurredFrames++;
        if (view.mask === 'cover') this.coverage.coveredFrames++;
      }
      if ((treatment === 'ask' || treatment === 'skip') && view.mask !== 'cover') {
        this.fail(`${when()}: frame ${time} inside '${stretch.id}' (${treatment}) shown with mask '${view.mask}'`);
      }
      if (treatment === 'blur' && view.mask === 'none') this.fail(`${when()}: frame ${time} inside '${stretch.id}' (blur) shown unmasked`);
    }
  }

  /** Every frame the media passes through in [from, to] is shown with the view given before the tick. */
  private checkFramesBetween(from: number, to: number, view: GateView): void {
    const frames = [from, to, from + (to - from) / 4, from + (to - from) / 2, from + ((to - from) * 3) / 4];
    for (const stretch of this.stretches) {
      if (stretch.start >= from && stretch.start <= to) frames.push(stretch.start);
      if (stretch.end >= from && stretch.end <= to) frames.push(stretch.end);
    }
    const slice = { from, to };
    for (const time of frames) {
      this.checkFrame(time, view, slice);
      this.hooks.onFrame?.(this, time, view);
    }
  }

  /** Checks after a command or a slice, once every effect has been applied. */
  private checkNow(): void {
    const view = viewOf(this.state);
    if (this.state.position !== this.media.position) this.fail(`the gate thinks the media is at ${this.state.position}`);
    this.checkFrame(this.media.position, view);
    if (this.state.asking) {
      if (!this.media.paused) this.fail(`asking about '${this.state.asking.id}' while the media plays`);
      if (view.mask !== 'cover') this.fail(`asking about '${this.state.asking.id}' with mask '${view.mask}'`);
    }
    this.hooks.onSettled?.(this);
  }

  /** The gate and the model agree on every stretch's treatment (they change only on commands). */
  private checkTreatments(): void {
    for (const stretch of this.stretches) {
      const treatment = treatmentOf(this.state, stretch);
      if (treatment !== this.model.treatment(stretch)) {
        this.fail(`the gate treats '${stretch.id}' as '${treatment}', the viewer's choices say '${this.model.treatment(stretch)}'`);
      }
    }
  }

  fail(message: string): never {
    const { state, media } = this;
    const lines = [
      message,
      `stretches: ${JSON.stringify(this.stretches)}`,
      `preferences: ${JSON.stringify(state.preferences)}, floor: ${state.floor}`,
      `media: position ${media.position}, ${media.paused ? 'paused' : 'playing'}, rate ${media.rate}`,
      `gate: position ${state.position}, ${state.playing ? 'playing' : 'paused'}, rate ${state.rate}, asking ${state.asking?.id ?? '-'}, ` +
        `resume ${state.resume}, accepted [${state.accepted.join(', ')}], blurred [${state.blurred.join(', ')}], view ${viewOf(state).mask}`,
      'last events → effects:',
      ...this.trace.slice(-40).map(formatTraceEntry),
    ];
    throw new Error(lines.join('\n'));
  }
}

function samePreferences(a: WarningPreferences, b: WarningPreferences): boolean {
  return a.mode === b.mode && WARNING_CATEGORIES.every((category) => a.categories[category] === b.categories[category]);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function formatEffect(effect: GateEffect): string {
  switch (effect.type) {
    case 'seek':
      return `seek ${effect.time}`;
    case 'ask':
    case 'dismiss':
      return `${effect.type} ${effect.stretch.id}`;
    default:
      return effect.type;
  }
}

function formatTraceEntry({ event, effects }: TraceEntry): string {
  return `  ${JSON.stringify(event)} → [${effects.map(formatEffect).join(', ')}]`;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * `step` on deep-frozen inputs (writing to them throws in a module): it must leave them as they
 * were, and give the same answer when asked twice.
 */
function stepFrozen(state: GateState, event: GateEvent): GateStep {
  const stateBefore = JSON.stringify(state);
  const eventBefore = JSON.stringify(event);
  deepFreeze(state);
  deepFreeze(event);
  const result = step(state, event);
  if (JSON.stringify(state) !== stateBefore || JSON.stringify(event) !== eventBefore) {
    throw new Error(`step changed its input on ${eventBefore}`);
  }
  if (JSON.stringify(step(state, event)) !== JSON.stringify(result)) throw new Error(`step gave two answers to ${eventBefore}`);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

/** How a stretch is placed relative to the one generated before it. */
type Placement =
  | { readonly kind: 'free'; readonly start: number }
  | { readonly kind: 'after'; readonly gap: number }
  | { readonly kind: 'overlap'; readonly back: number }
  | { readonly kind: 'atZero' }
  | { readonly kind: 'toEnd' };

interface StretchSpec {
  readonly placement: Placement;
  readonly length: number;
  readonly categories: readonly WarningCategory[];
}

const seconds = (min: number, max: number) => fc.double({ min, max, noNaN: true });

const lengthArb = fc.oneof(fc.constant(0.01), seconds(0.01, 3), seconds(3, 90), fc.integer({ min: 1, max: 60 }));
/** Gaps after the previous stretch: back to back, closer than LEAD_SECONDS, or anywhere. */
const gapArb = fc.oneof(fc.constant(0), seconds(0, LEAD_SECONDS * 2), fc.constantFrom(TICK_SECONDS, GUARD_SECONDS, LEAD_SECONDS), seconds(0, 120));

const placementArb: fc.Arbitrary<Placement> = fc.oneof(
  { weight: 3, arbitrary: fc.oneof(seconds(0, DURATION), fc.integer({ min: 0, max: DURATION - 1 })).map((start): Placement => ({ kind: 'free', start })) },
  { weight: 3, arbitrary: gapArb.map((gap): Placement => ({ kind: 'after', gap })) },
  { weight: 2, arbitrary: seconds(0, 30).map((back): Placement => ({ kind: 'overlap', back })) },
  { weight: 1, arbitrary: fc.constant<Placement>({ kind: 'atZero' }) },
  { weight: 1, arbitrary: fc.constant<Placement>({ kind: 'toEnd' }) },
);

const stretchSpecArb: fc.Arbitrary<StretchSpec> = fc.record({
  placement: placementArb,
  length: lengthArb,
  categories: fc.subarray([...WARNING_CATEGORIES], { minLength: 1 }),
});

/** Lays out 0–8 stretches in [0, DURATION), each placed relative to the previous one; ids unique. */
function layOutStretches(specs: readonly StretchSpec[]): Stretch[] {
  const stretches: Stretch[] = [];
  let previousEnd = 0;
  specs.forEach(({ placement, length, categories }, index) => {
    let start: number;
    switch (placement.kind) {
      case 'free':
        start = placement.start;
        break;
      case 'after':
        start = previousEnd + placement.gap;
        break;
      case 'overlap':
        start = previousEnd - placement.back;
        break;
      case 'atZero':
        start = 0;
        break;
      case 'toEnd':
        start = DURATION - length;
        break;
    }
    start = clamp(start, 0, DURATION - 0.01);
    const end = placement.kind === 'toEnd' ? DURATION : Math.min(DURATION, Math.max(start + length, start + 0.01));
    stretches.push({ id: `s${index}`, start, end, categories });
    previousEnd = end;
  });
  return stretches;
}

const stretchesArb: fc.Arbitrary<Stretch[]> = fc.array(stretchSpecArb, { maxLength: 8, size: 'medium' }).map(layOutStretches);

function preferencesArb(modes: readonly WarningMode[]): fc.Arbitrary<WarningPreferences> {
  const modeArb = fc.constantFrom(...modes);
  const categoriesArb = fc.array(fc.tuple(fc.constantFrom(...WARNING_CATEGORIES), modeArb), { maxLength: 8 }).map((entries) => {
    const categories: Partial<Record<WarningCategory, WarningMode>> = {};
    for (const [category, mode] of entries) categories[category] = mode;
    return categories;
  });
  return fc.record({ mode: modeArb, categories: categoriesArb });
}

const NUDGES = [0, 1e-6, -1e-6, 0.001, -0.001] as const;

const seekTargetArb: fc.Arbitrary<SeekTarget> = fc.oneof(
  { weight: 1, arbitrary: fc.oneof(seconds(0, DURATION), fc.constantFrom(0, DURATION)).map((time): SeekTarget => ({ kind: 'anywhere', time })) },
  {
    weight: 4,
    arbitrary: fc
      .record({ stretch: fc.nat(7), anchor: fc.constantFrom<SeekAnchor>('start', 'end', 'lead', 'guard'), nudge: fc.constantFrom(...NUDGES) })
      .map((near): SeekTarget => ({ kind: 'near', ...near })),
  },
);

interface ScenarioOptions {
  /** Modes the viewer's preferences use (initially and in `preferences` commands). */
  readonly modes: readonly WarningMode[];
  /** Floors in force; repeat one to make it likelier. */
  readonly floors: readonly WarningMode[];
  /** Answers the viewer gives; repeat one to make it likelier. */
  readonly choices: readonly WarningChoice[];
  readonly preferenceCommands: boolean;
  readonly maxCommands: number;
}

function commandArb(options: ScenarioOptions): fc.Arbitrary<Command> {
  const slice = fc.oneof(fc.constant(TICK_SECONDS), seconds(0.001, TICK_SECONDS));
  const commands: fc.WeightedArbitrary<Command>[] = [
    { weight: 30, arbitrary: fc.array(slice, { minLength: 1, maxLength: 20 }).map((slices): Command => ({ type: 'advance', slices })) },
    { weight: 20, arbitrary: seekTargetArb.map((target): Command => ({ type: 'seek', target })) },
    { weight: 12, arbitrary: fc.constant<Command>({ type: 'play' }) },
    { weight: 4, arbitrary: fc.constant<Command>({ type: 'pause' }) },
    { weight: 5, arbitrary: fc.constantFrom(...RATES).map((rate): Command => ({ type: 'rate', rate })) },
    { weight: 12, arbitrary: fc.constantFrom(...options.choices).map((choice): Command => ({ type: 'choose', choice })) },
    { weight: 2, arbitrary: stretchesArb.map((stretches): Command => ({ type: 'episode', stretches })) },
    { weight: 1, arbitrary: stretchesArb.map((stretches): Command => ({ type: 'stretches', stretches })) },
  ];
  if (options.preferenceCommands) {
    commands.push({
      weight: 4,
      arbitrary: fc
        .record({ preferences: preferencesArb(options.modes), floor: fc.constantFrom(...options.floors) })
        .map(({ preferences, floor }): Command => ({ type: 'preferences', preferences, floor })),
    });
  }
  return fc.oneof(...commands);
}

function scenarioArb(options: ScenarioOptions): fc.Arbitrary<Scenario> {
  return fc.record({
    stretches: stretchesArb,
    preferences: preferencesArb(options.modes),
    floor: fc.constantFrom(...options.floors),
    commands: fc.array(commandArb(options), { minLength: 1, maxLength: options.maxCommands, size: 'medium' }),
  });
}

function runScenario(scenario: Scenario, hooks: Hooks = {}, coverage?: Coverage): Simulation {
  const sim = new Simulation(scenario, hooks, coverage);
  for (const command of scenario.commands) sim.run(command);
  return sim;
}

const ANY: ScenarioOptions = {
  modes: [...WARNING_MODES, 'warn'],
  floors: ['off', 'off', 'off', 'warn', 'blur', 'skip'],
  choices: CHOICES,
  preferenceCommands: true,
  maxCommands: 40,
};

/** Mostly "warn", so that questions are asked and answered often. */
const WARN_HEAVY: ScenarioOptions = {
  modes: ['warn', 'warn', 'warn', 'blur', 'skip', 'off'],
  floors: ['off', 'off', 'warn'],
  choices: CHOICES,
  preferenceCommands: true,
  maxCommands: 40,
};

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('warning gate: the safety promise under a simulated media element', () => {
  it('never shows an unaccepted frame unmasked, between ticks or after any command (any preferences)', { timeout: PROPERTY_TIMEOUT_MS }, () => {
    const coverage: Coverage = { asks: 0, skipSeeks: 0, answered: 0, framesInsideStretches: 0, blurredFrames: 0, coveredFrames: 0 };
    fc.assert(
      fc.property(scenarioArb(ANY), (scenario) => {
        runScenario(scenario, {}, coverage);
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: the runs reached questions, answers, skips and masked frames inside stretches.
    expect(coverage.asks).toBeGreaterThan(100);
    expect(coverage.answered).toBeGreaterThan(100);
    expect(coverage.skipSeeks).toBeGreaterThan(100);
    expect(coverage.blurredFrames).toBeGreaterThan(100);
    expect(coverage.coveredFrames).toBeGreaterThan(100);
  });

  it('never shows an unaccepted frame unmasked when mostly warned, answering often, the media echoing play/pause', { timeout: PROPERTY_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(scenarioArb(WARN_HEAVY), (scenario) => {
        runScenario(scenario, { echoPlayPause: true });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('warning gate: further properties', () => {
  it('with every mode off and no floor, never pauses, seeks or asks, and never masks', { timeout: PROPERTY_TIMEOUT_MS }, () => {
    const options: ScenarioOptions = { modes: ['off'], floors: ['off'], choices: CHOICES, preferenceCommands: true, maxCommands: 40 };
    const hooks: Hooks = {
      onStep: (sim, _before, event, { effects }) => {
        const inTheWay = effects.find((effect) => effect.type === 'pause' || effect.type === 'seek' || effect.type === 'ask');
        if (inTheWay) sim.fail(`'${event.type}' made the gate ${formatEffect(inTheWay)} with every warning off`);
      },
      onFrame: (sim, time, view) => {
        if (view.mask !== 'none') sim.fail(`frame ${time} masked ('${view.mask}') with every warning off`);
      },
      onSettled: (sim) => {
        if (viewOf(sim.state).mask !== 'none' || sim.state.asking) sim.fail('masked or asking with every warning off');
      },
    };
    fc.assert(
      fc.property(scenarioArb(options), (scenario) => {
        runScenario(scenario, hooks);
      }),
      { numRuns: 1000 },
    );
  });

  it('in skip mode, playing from 0 to the end never rests in nor passes through a stretch', { timeout: PROPERTY_TIMEOUT_MS }, () => {
    const skipAll: ScenarioOptions = { modes: ['skip'], floors: WARNING_MODES, choices: CHOICES, preferenceCommands: true, maxCommands: 30 };
    let playingThrough = false;
    const hooks: Hooks = {
      onFrame: (sim, time) => {
        const inside = playingThrough && sim.stretches.find((stretch) => isInside(stretch, time));
        if (inside) sim.fail(`skip mode: playback passed through frame ${time} of '${inside.id}'`);
      },
      onSettled: (sim) => {
        if (sim.state.asking) sim.fail(`skip mode: asked about '${sim.state.asking.id}'`);
        const inside = playingThrough && sim.stretches.find((stretch) => isInside(stretch, sim.media.position));
        if (inside) sim.fail(`skip mode: the media rests at ${sim.media.position}, inside '${inside.id}'`);
      },
    };
    fc.assert(
      fc.property(scenarioArb(skipAll), (scenario) => {
        playingThrough = false;
        const sim = runScenario(scenario, hooks);
        playingThrough = true;
        sim.run({ type: 'seek', target: { kind: 'anywhere', time: 0 } });
        sim.run({ type: 'play' });
        const maxSlices = Math.ceil(DURATION / (TICK_SECONDS * Math.min(...RATES))) + 10;
        for (let slice = 0; slice < maxSlices && sim.advance(TICK_SECONDS); slice++);
        if (!sim.ended) sim.fail('skip mode: playback stopped before the end');
      }),
      { numRuns: 200 },
    );
  });

  it('shows a stretch unmasked once the viewer chose to continue, until the next episode', { timeout: PROPERTY_TIMEOUT_MS }, () => {
    const options: ScenarioOptions = {
      modes: ['warn', 'warn', 'off'],
      floors: ['off', 'warn'],
      choices: ['continue', 'continue', 'continue', 'skip', 'blur', 'never'],
      preferenceCommands: true,
      maxCommands: 40,
    };
    let continued = new Set<string>();
    let checked = 0;
    const hooks: Hooks = {
      onStep: (_sim, before, event) => {
        if (event.type === 'episode') continued = new Set();
        if (event.type === 'choose' && event.choice === 'continue' && before.asking) continued.add(before.asking.id);
      },
      onSettled: (sim) => {
        const { state, media } = sim;
        const lead = LEAD_SECONDS * state.rate;
        if (state.asking && continued.has(state.asking.id)) sim.fail(`asked again about '${state.asking.id}' after the viewer continued`);
        for (const accepted of sim.stretches.filter((stretch) => continued.has(stretch.id))) {
          if (treatmentOf(state, accepted) !== 'show') sim.fail(`'${accepted.id}' was continued but is now '${treatmentOf(state, accepted)}'`);
          if (!isInside(accepted, media.position)) continue;
          const other = sim.stretches.find(
            (stretch) => stretch !== accepted && sim.model.treatment(stretch) !== 'show' && media.position >= stretch.start - lead && media.position < stretch.end,
          );
          if (other) continue;
          // A question already asked about a stretch still ahead stays when the rate drops (no flicker).
          if (state.asking && state.asking !== accepted && media.position < state.asking.end) continue;
          checked++;
          const view = viewOf(state);
          if (state.asking || view.mask !== 'none') {
            sim.fail(`'${accepted.id}' was continued but shows with mask '${view.mask}' (asking ${state.asking?.id ?? '-'}) at ${media.position}`);
          }
        }
      },
    };
    fc.assert(
      fc.property(scenarioArb(options), (scenario) => {
        continued = new Set();
        runScenario(scenario, hooks);
      }),
      { numRuns: 1500 },
    );
    expect(checked).toBeGreaterThan(100);
  });

  it('with a floor of skip (child mode), no preference or answer makes a stretch shown or asked', { timeout: PROPERTY_TIMEOUT_MS }, () => {
    const childMode: ScenarioOptions = { modes: WARNING_MODES, floors: ['skip'], choices: CHOICES, preferenceCommands: true, maxCommands: 40 };
    const hooks: Hooks = {
      onStep: (sim, _before, event, { effects }) => {
        const ask = effects.find((effect) => effect.type === 'ask');
        if (ask) sim.fail(`child mode: '${event.type}' made the gate ${formatEffect(ask)}`);
      },
      onSettled: (sim) => {
        if (sim.state.asking) sim.fail(`child mode: asking about '${sim.state.asking.id}'`);
        for (const stretch of sim.stretches) {
          const treatment = treatmentOf(sim.state, stretch);
          if (treatment !== 'skip') sim.fail(`child mode: '${stretch.id}' is treated '${treatment}'`);
        }
      },
    };
    fc.assert(
      fc.property(scenarioArb(childMode), (scenario) => {
        runScenario(scenario, hooks);
      }),
      { numRuns: 1000 },
    );
  });

  it('never mutates the state or event it is given, and gives the same answer twice', { timeout: PROPERTY_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(scenarioArb({ ...WARN_HEAVY, maxCommands: 30 }), (scenario) => {
        runScenario(scenario, { freezeInputs: true });
      }),
      { numRuns: 500 },
    );
  });

  it('forgets accepted and blurred stretches and any pending question on a new episode', { timeout: PROPERTY_TIMEOUT_MS }, () => {
    let episodes = 0;
    const hooks: Hooks = {
      onStep: (sim, _before, event, { state }) => {
        if (event.type !== 'episode') return;
        episodes++;
        if (state.accepted.length > 0 || state.blurred.length > 0) sim.fail('a new episode kept accepted or blurred stretches');
        if (state.asking || state.resume) sim.fail('a new episode kept a pending question');
        if (state.playing || state.position !== 0) sim.fail('a new episode did not start at rest at 0');
        for (const stretch of event.stretches) {
          // Ids repeat across episodes (s0, s1…): the new s0 must not inherit the old s0's answer.
          const fresh = expectedMode(stretch, state.preferences, state.floor);
          const expected = { off: 'show', warn: 'ask', blur: 'blur', skip: 'skip' }[fresh];
          if (treatmentOf(state, stretch) !== expected) sim.fail(`after a new episode '${stretch.id}' is '${treatmentOf(state, stretch)}', not '${expected}'`);
        }
      },
    };
    fc.assert(
      fc.property(scenarioArb({ ...WARN_HEAVY, maxCommands: 40 }), (scenario) => {
        runScenario(scenario, hooks);
      }),
      { numRuns: 1000 },
    );
    expect(episodes).toBeGreaterThan(100);
  });
});
