import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DescriptionCue } from '../../src/descriptions/description-policy.ts';
import { DescriptionVoice, browserSpeech, readingOutput, type SpeechOutput } from '../../src/descriptions/description-voice.ts';
import { INITIAL_MEDIA_STATE, type MediaState } from '../../src/player/player-state.ts';

const CUES: DescriptionCue[] = [
  { key: 'bayeux', start: 10, end: 10.3, text: 'Carton : Bayeux, première ville libérée.' },
  { key: 'cherbourg', start: 20, end: 20.3, text: 'Carton : Cherbourg, un port en ruines.' },
];
const ENGLISH: DescriptionCue[] = [{ key: 'bayeux', start: 10, end: 10.3, text: 'Card: Bayeux, the first town freed.' }];

function fakeMedia() {
  const listeners = new Set<(state: MediaState) => void>();
  let state: MediaState = { ...INITIAL_MEDIA_STATE, ready: true, duration: 60 };
  return {
    addStateListener(listener: (state: MediaState) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(patch: Partial<MediaState>) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state);
    },
    get listenerCount() {
      return listeners.size;
    },
  };
}

function fakeSpeech() {
  const said: { text: string; lang: string; done: (failed: boolean) => void }[] = [];
  const output: SpeechOutput & { said: typeof said; cancelled: number } = {
    said,
    cancelled: 0,
    speak: (text, lang, done) => said.push({ text, lang, done }),
    cancel: () => output.cancelled++,
  };
  return output;
}

function setUp(speech: SpeechOutput | null = fakeSpeech(), reading: SpeechOutput = fakeSpeech()) {
  const media = fakeMedia();
  const remote = { pause: vi.fn(() => true), play: vi.fn(() => true) };
  const onChange = vi.fn();
  const voice = new DescriptionVoice({ media, remote, lang: 'fr', cues: CUES, speech, reading, onChange });
  return { media, remote, onChange, voice };
}

/** Plays from 9.8 s into the first cue, and on to its end. */
function playThroughFirstCue(media: ReturnType<typeof fakeMedia>) {
  media.emit({ currentTime: 9.8, paused: false });
  media.emit({ currentTime: 10 });
  media.emit({ currentTime: 10.303 });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('DescriptionVoice', () => {
  it('says nothing until turned on, then says each cue in the interface language and shows its text', () => {
    const speech = fakeSpeech();
    const { media, voice, onChange } = setUp(speech);
    expect(voice.available).toBe(true);
    media.emit({ currentTime: 9.9, paused: false });
    media.emit({ currentTime: 10 });
    expect(speech.said).toEqual([]);
    voice.setOn(true);
    expect(speech.said.map(({ text, lang }) => [text, lang])).toEqual([[CUES[0]!.text, 'fr-FR']]);
    expect(voice.text).toBe(CUES[0]!.text);
    expect(onChange).toHaveBeenCalled();
  });

  it('pauses at the cue end while the voice is still speaking, and resumes when it is done', () => {
    const speech = fakeSpeech();
    const { media, voice, remote } = setUp(speech);
    voice.setOn(true);
    playThroughFirstCue(media);
    expect(remote.pause).toHaveBeenCalledExactlyOnceWith('description');
    expect(voice.holding).toBe(true);
    media.emit({ paused: true });
    speech.said[0]!.done(false);
    expect(remote.play).toHaveBeenCalledExactlyOnceWith('description');
    expect(voice.holding).toBe(false);
    expect(voice.text).toBeUndefined();
  });

  it('turning off cancels the voice and resumes the video it held', () => {
    const speech = fakeSpeech();
    const { media, voice, remote } = setUp(speech);
    voice.setOn(true);
    playThroughFirstCue(media);
    media.emit({ paused: true });
    voice.setOn(false);
    expect(speech.cancelled).toBe(1);
    expect(remote.play).toHaveBeenCalledExactlyOnceWith('description');
    // A late end of the cancelled utterance changes nothing.
    speech.said[0]!.done(false);
    expect(remote.play).toHaveBeenCalledOnce();
  });

  it('does not ask again when the player refuses the pause', () => {
    const { media, voice, remote } = setUp();
    remote.pause.mockReturnValue(false);
    voice.setOn(true);
    playThroughFirstCue(media);
    media.emit({ currentTime: 10.5 });
    expect(remote.pause).toHaveBeenCalledOnce();
    expect(voice.holding).toBe(false);
  });

  it('shows the text for a reading time when the voice fails, and the video still waits for it', () => {
    const speech = fakeSpeech();
    const reading = fakeSpeech();
    const { media, voice, remote } = setUp(speech, reading);
    voice.setOn(true);
    playThroughFirstCue(media);
    media.emit({ paused: true });
    speech.said[0]!.done(true);
    expect(voice.fallback).toBe(true);
    expect(voice.text).toBe(CUES[0]!.text);
    expect(reading.said.map(({ text }) => text)).toEqual([CUES[0]!.text]);
    expect(remote.play).not.toHaveBeenCalled();
    reading.said[0]!.done(false);
    expect(remote.play).toHaveBeenCalledExactlyOnceWith('description');
    // The next cue tries the voice again (it may have failed for want of a user gesture); once it works, no more fallback.
    media.emit({ paused: false, currentTime: 19.9 });
    media.emit({ currentTime: 20 });
    expect(speech.said.map(({ text }) => text)).toEqual([CUES[0]!.text, CUES[1]!.text]);
    expect(voice.fallback).toBe(true);
    speech.said[1]!.done(false);
    expect(voice.fallback).toBe(false);
    expect(reading.said).toHaveLength(1);
  });

  it('without speech synthesis, says it is unavailable and shows each text as long as it takes to read', () => {
    vi.useFakeTimers();
    const { media, voice, remote } = setUp(null, readingOutput());
    expect(voice.available).toBe(false);
    expect(voice.fallback).toBe(true);
    voice.setOn(true);
    playThroughFirstCue(media);
    expect(voice.text).toBe(CUES[0]!.text);
    media.emit({ paused: true });
    vi.advanceTimersByTime(2000);
    expect(voice.text).toBe(CUES[0]!.text);
    vi.advanceTimersByTime(1000);
    expect(voice.text).toBeUndefined();
    expect(remote.play).toHaveBeenCalledExactlyOnceWith('description');
  });

  it('speaks the new language at once when the cues change while speaking', () => {
    const speech = fakeSpeech();
    const { media, voice } = setUp(speech);
    voice.setOn(true);
    media.emit({ currentTime: 9.9, paused: false });
    media.emit({ currentTime: 10.1 });
    voice.setCues(ENGLISH, 'en');
    expect(speech.cancelled).toBe(1);
    expect(speech.said.map(({ text, lang }) => [text, lang])).toEqual([
      [CUES[0]!.text, 'fr-FR'],
      [ENGLISH[0]!.text, 'en-GB'],
    ]);
  });

  it('on dispose, silences the voice, stops listening and leaves the video alone', () => {
    const speech = fakeSpeech();
    const { media, voice, remote } = setUp(speech);
    voice.setOn(true);
    playThroughFirstCue(media);
    media.emit({ paused: true });
    voice.dispose();
    expect(speech.cancelled).toBe(1);
    expect(media.listenerCount).toBe(0);
    expect(remote.play).not.toHaveBeenCalled();
  });
});

/** A stand-in for window.speechSynthesis and SpeechSynthesisUtterance. */
function fakeSynth() {
  const spoken: FakeUtterance[] = [];
  class FakeUtterance {
    lang = '';
    onstart: (() => void) | null = null;
    onend: (() => void) | null = null;
    onerror: ((event: { error: string }) => void) | null = null;
    constructor(readonly text: string) {}
  }
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    speak: vi.fn((utterance: FakeUtterance) => {
      spoken.push(utterance);
      synth.speaking = true;
    }),
    cancel: vi.fn(() => {
      synth.speaking = false;
      for (const utterance of spoken) utterance.onerror?.({ error: 'interrupted' });
    }),
    resume: vi.fn(),
  };
  const scope = { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance } as unknown as Parameters<typeof browserSpeech>[0];
  return { synth, spoken, scope };
}

describe('browserSpeech', () => {
  it('is missing where the browser has no speech synthesis', () => {
    expect(browserSpeech({})).toBeUndefined();
  });

  it('speaks in the given language with the browser voice, and reports the end or a failure once', () => {
    vi.useFakeTimers();
    const { synth, spoken, scope } = fakeSynth();
    const speech = browserSpeech(scope)!;
    const done = vi.fn();
    speech.speak('Bonjour.', 'fr-FR', done);
    expect(spoken[0]).toMatchObject({ text: 'Bonjour.', lang: 'fr-FR' });
    spoken[0]!.onstart?.();
    spoken[0]!.onend?.();
    spoken[0]!.onend?.();
    expect(done).toHaveBeenCalledExactlyOnceWith(false);

    const failed = vi.fn();
    speech.speak('Encore.', 'fr-FR', failed);
    spoken[1]!.onerror?.({ error: 'synthesis-failed' });
    expect(failed).toHaveBeenCalledExactlyOnceWith(true);
    expect(synth.speak).toHaveBeenCalledTimes(2);
  });

  it('does not report the end of what it cancelled', () => {
    const { synth, scope } = fakeSynth();
    const speech = browserSpeech(scope)!;
    const done = vi.fn();
    speech.speak('Bonjour.', 'fr-FR', done);
    speech.cancel();
    expect(synth.cancel).toHaveBeenCalledOnce();
    expect(done).not.toHaveBeenCalled();
  });

  it('does not wait for ever on an engine that never starts or stops without a word', () => {
    vi.useFakeTimers();
    const { synth, scope } = fakeSynth();
    const speech = browserSpeech(scope)!;
    const done = vi.fn();
    speech.speak('Bonjour.', 'fr-FR', done);
    vi.advanceTimersByTime(1000);
    expect(done).not.toHaveBeenCalled();
    synth.speaking = false;
    vi.advanceTimersByTime(1000);
    expect(done).toHaveBeenCalledExactlyOnceWith(true);
  });
});
