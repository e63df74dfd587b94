/**
 * The audio description's controller: it hears the media states, steps the pure policy
 * (`description-policy.ts`) and carries out what it says: speak with the Web Speech API (or show the
 * text for a reading time where there is no voice), cancel, and pause or resume playback through the
 * remote with the trigger `description`, so the content-warning gate sees those requests too.
 * No video.js: the media and the remote are interfaces.
 */
import { descriptionMessagesFor } from '../i18n/description-messages.ts';
import type { MediaState } from '../player/player-state.ts';
import type { RequestTrigger } from '../player/request-events.ts';
import type { Lang } from '../timeline/format-time.ts';
import { initialDescriptionState, readingSeconds, step, viewOf, type DescriptionCue, type DescriptionEffect, type DescriptionEvent, type DescriptionState } from './description-policy.ts';

/** Where media states come from (the video.js adapter's `addStateListener`). */
export interface MediaStateSource {
  addStateListener(listener: (state: MediaState) => void): () => void;
}

/** The part of the `PlayerRemote` the voice uses. */
export interface DescriptionRemote {
  pause(trigger: RequestTrigger): boolean;
  play(trigger: RequestTrigger): boolean;
}

/** A voice: `done` is called once, when the text has been said (`failed` false) or could not be (true). */
export interface SpeechOutput {
  speak(text: string, lang: string, done: (failed: boolean) => void): void;
  /** Stops at once; the `done` of what was being said is not called. */
  cancel(): void;
}

type SpeechScope = Partial<Pick<typeof globalThis, 'speechSynthesis' | 'SpeechSynthesisUtterance'>>;

/** How often the browser voice is checked on, for engines that drop an utterance without an `end` event. */
const WATCH_MS = 1000;

/**
 * The browser's speech synthesis as a `SpeechOutput`, or undefined where there is none. The voice
 * and the rate are the browser's (the viewer's settings); only the language is set.
 */
export function browserSpeech(scope: SpeechScope = globalThis): SpeechOutput | undefined {
  const synth = scope.speechSynthesis;
  const Utterance = scope.SpeechSynthesisUtterance;
  if (!synth || typeof Utterance !== 'function') return undefined;
  /** The utterance being said: held here so that it is not collected before its `end` event (a Chromium bug). */
  let current: { readonly utterance: SpeechSynthesisUtterance; drop(): void } | undefined;
  return {
    speak(text, lang, done) {
      current?.drop();
      const utterance = new Utterance(text);
      utterance.lang = lang;
      let started = false;
      let over = false;
      const drop = () => {
        over = true;
        clearInterval(watch);
        if (current?.utterance === utterance) current = undefined;
      };
      const finish = (failed: boolean) => {
        if (over) return;
        drop();
        done(failed);
      };
      // An engine that stops without an event (or never starts) must not hold the video for ever.
      const watch = setInterval(() => {
        if (!synth.speaking && !synth.pending) finish(!started);
      }, WATCH_MS);
      utterance.onstart = () => (started = true);
      utterance.onend = () => finish(false);
      // `interrupted` and `canceled` come from a cancel() (ours is dropped first, so someone else's): over, not failed.
      utterance.onerror = (event) => finish(event.error !== 'interrupted' && event.error !== 'canceled');
      current = { utterance, drop };
      if (synth.paused) synth.resume();
      synth.speak(utterance);
    },
    cancel() {
      current?.drop();
      synth.cancel();
    },
  };
}

/** No voice: the text stays on screen (and in a live region) for as long as it takes to read it. */
export function readingOutput(): SpeechOutput {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    speak(text, _lang, done) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        done(false);
      }, readingSeconds(text) * 1000);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

export interface DescriptionVoiceOptions {
  readonly media: MediaStateSource;
  readonly remote: DescriptionRemote;
  /** The interface language: the voice speaks it ('fr' → fr-FR, 'en' → en-GB). */
  readonly lang: Lang;
  readonly cues?: readonly DescriptionCue[];
  /** The voice: by default the browser's speech synthesis; `null` for none (the text is shown). */
  readonly speech?: SpeechOutput | null;
  /** Stands in for the voice where there is none or it failed (by default: the text for a reading time). */
  readonly reading?: SpeechOutput;
  /** Called after any change of `on`, `text`, `holding` or `fallback`. */
  readonly onChange?: () => void;
  /** A monotonic clock in seconds (default: performance.now() / 1000), to tell a stalled page from a seek. */
  readonly now?: () => number;
}

/**
 * Speaks the description cues as playback meets them, and holds the video while one outlasts its
 * cue. Turned off at first. Dispose it before the media and the remote go.
 */
export class DescriptionVoice {
  /** False where the browser has no speech synthesis: descriptions are then shown as text only. */
  readonly available: boolean;
  private readonly speech: SpeechOutput | undefined;
  private readonly reading: SpeechOutput;
  private readonly remote: DescriptionRemote;
  private readonly onChange: (() => void) | undefined;
  private readonly detach: () => void;
  private state: DescriptionState;
  private lang: Lang;
  /** The voice failed on the last description (the text stood in for it); the next one tries the voice again. */
  private failed = false;
  /** The utterance the output is saying now, and which output says it. */
  private running: { readonly id: number; readonly output: SpeechOutput } | undefined;
  private readonly pending: DescriptionEvent[] = [];
  private stepping = false;
  private disposed = false;
  private lastView = '';

  constructor(options: DescriptionVoiceOptions) {
    this.speech = options.speech === null ? undefined : (options.speech ?? browserSpeech());
    this.available = this.speech !== undefined;
    this.reading = options.reading ?? readingOutput();
    this.remote = options.remote;
    this.onChange = options.onChange;
    this.lang = options.lang;
    this.state = initialDescriptionState(options.cues ?? []);
    this.lastView = this.viewKey();
    const now = options.now ?? (() => performance.now() / 1000);
    this.detach = options.media.addStateListener((media) =>
      this.dispatch({ type: 'media', time: media.currentTime, paused: media.paused, seeking: media.seeking, rate: media.rate, clock: now() }),
    );
  }

  get on(): boolean {
    return this.state.on;
  }

  /** The description being said now (show it as text), if any. */
  get text(): string | undefined {
    return viewOf(this.state).text;
  }

  /** True while the video waits for a description to end. */
  get holding(): boolean {
    return viewOf(this.state).holding;
  }

  /** True when descriptions are shown as text instead of said: no speech synthesis, or it failed on the last one. */
  get fallback(): boolean {
    return !this.available || this.failed;
  }

  setOn(on: boolean): void {
    if (on && !this.state.on) this.failed = false;
    this.dispatch({ type: 'toggle', on });
  }

  /** The cues of the track in `lang` (the interface language); what is being said stops. */
  setCues(cues: readonly DescriptionCue[], lang: Lang): void {
    this.lang = lang;
    this.dispatch({ type: 'cues', cues });
  }

  /** Silences the voice and stops listening. Leaves the video alone: call it before the player goes. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.detach();
    this.stopOutputs();
    this.pending.length = 0;
  }

  private dispatch(event: DescriptionEvent): void {
    if (this.disposed) return;
    this.pending.push(event);
    // Effects may cause events (a refused pause, a state published at once): they wait their turn.
    if (this.stepping) return;
    this.stepping = true;
    try {
      for (let next = this.pending.shift(); next && !this.disposed; next = this.pending.shift()) {
        const result = step(this.state, next);
        this.state = result.state;
        for (const effect of result.effects) this.apply(effect);
      }
    } finally {
      this.stepping = false;
    }
    this.notifyIfChanged();
  }

  private notifyIfChanged(): void {
    const view = this.viewKey();
    if (view === this.lastView || this.disposed) return;
    this.lastView = view;
    this.onChange?.();
  }

  private apply(effect: DescriptionEffect): void {
    switch (effect.type) {
      case 'speak': {
        const { id, cue } = effect.utterance;
        // The voice is tried for each description: it may fail once (no user activation yet) and work later.
        this.say(id, cue.text, this.speech ?? this.reading);
        break;
      }
      case 'cancel-speech':
        this.stopOutputs();
        break;
      case 'pause':
        if (!this.remote.pause('description')) this.dispatch({ type: 'pause-refused' });
        break;
      case 'resume':
        this.remote.play('description');
        break;
    }
  }

  private say(id: number, text: string, output: SpeechOutput): void {
    this.running = { id, output };
    output.speak(text, descriptionMessagesFor(this.lang).speechLang, (failed) => {
      if (this.disposed || this.running?.id !== id || this.running.output !== output) return;
      if (failed && output !== this.reading) {
        // The voice could not say it: show it for a reading time instead (the video still waits).
        this.failed = true;
        this.say(id, text, this.reading);
        if (!this.stepping) this.notifyIfChanged();
        return;
      }
      this.running = undefined;
      if (output !== this.reading) this.failed = false;
      this.dispatch({ type: 'speech-end', id });
    });
  }

  private stopOutputs(): void {
    const output = this.running?.output;
    this.running = undefined;
    output?.cancel();
  }

  private viewKey(): string {
    return JSON.stringify([this.state.on, this.text, this.holding, this.fallback]);
  }
}
