import { describe, expect, it, vi } from 'vitest';
import { PlayerRemote } from '../../src/player/player-remote.ts';
import { INITIAL_MEDIA_STATE, type MediaState } from '../../src/player/player-state.ts';
import type { SeekInterceptor } from '../../src/player/videojs-adapter.ts';
import { WarningGate, type GateMedia } from '../../src/player/warning-gate.ts';
import { DEFAULT_PREFERENCES, SKIP_PAST_SECONDS, type PictureMask, type Stretch } from '../../src/warnings/warning-policy.ts';

const caen: Stretch = { id: 'caen', start: 38, end: 53.8, categories: ['combat'] };

/** A media element in miniature: it moves, plays and masks the way the gate tells it. */
function fakeMedia() {
  let intercept: SeekInterceptor = (time) => time;
  const listeners = new Set<(state: MediaState) => void>();
  const frameListeners = new Set<(mediaTime: number) => void>();
  let state: MediaState = { ...INITIAL_MEDIA_STATE, ready: true, duration: 600 };
  const masks: PictureMask[] = [];
  const publish = (patch: Partial<MediaState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };
  const media: GateMedia & {
    masks: PictureMask[];
    publish: typeof publish;
    writeTime(time: number): void;
    presentFrame(time: number): void;
    readonly state: MediaState;
  } = {
    masks,
    publish,
    /** What requestVideoFrameCallback reports: a frame of that media time is now on screen. */
    presentFrame(time: number) {
      for (const listener of frameListeners) listener(time);
    },
    addFrameListener(listener) {
      frameListeners.add(listener);
      return () => frameListeners.delete(listener);
    },
    get state() {
      return state;
    },
    play: vi.fn(async () => publish({ paused: false })),
    pause: vi.fn(() => publish({ paused: true })),
    seek: vi.fn((time: number) => publish({ currentTime: intercept(time) })),
    /** What `video.currentTime = time` does: the interceptor first. */
    writeTime(time: number) {
      publish({ currentTime: intercept(time) });
    },
    addStateListener(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    interceptSeeks(interceptor) {
      intercept = interceptor;
    },
    setMask(mask) {
      if (masks.at(-1) !== mask) masks.push(mask);
    },
  };
  return media;
}

function setUp(preferences = DEFAULT_PREFERENCES) {
  const media = fakeMedia();
  const remote = new PlayerRemote(media);
  const question = vi.fn();
  const remember = vi.fn();
  const gate = new WarningGate(media, remote, { question, remember }, preferences, 'off');
  return { media, remote, gate, question, remember };
}

describe('WarningGate', () => {
  it('holds playback until the stretches are known, then plays', async () => {
    const { media, remote, gate } = setUp();
    expect(remote.play('api')).toBe(false);
    expect(media.play).not.toHaveBeenCalled();
    gate.setStretches([caen]);
    await Promise.resolve();
    expect(media.play).toHaveBeenCalledOnce();
  });

  it('asks and covers the picture when a request jumps into a stretch, naming the path', () => {
    const { media, remote, gate, question } = setUp();
    gate.setStretches([caen]);
    remote.seek(40, 'chapter-list');
    expect(question).toHaveBeenCalledWith(caen, 'chapter-list');
    expect(media.masks.at(-1)).toBe('cover');
    expect(remote.play('chapter-list')).toBe(false);
  });

  it('covers the picture before a direct write of currentTime lands in a stretch', () => {
    const { media, gate, question } = setUp();
    gate.setStretches([caen]);
    expect(media.masks.at(-1)).toBe('none');
    media.writeTime(45);
    expect(media.masks.at(-1)).toBe('cover');
    expect(question).toHaveBeenCalledWith(caen, 'media');
  });

  it('redirects a jump into a stretch to skip, without stopping there', () => {
    const { media, remote, gate } = setUp({ mode: 'skip', categories: {} });
    gate.setStretches([caen]);
    remote.seek(40, 'card');
    expect(media.seek).toHaveBeenCalledWith(caen.end + SKIP_PAST_SECONDS);
    media.writeTime(41);
    expect(media.state.currentTime).toBe(caen.end + SKIP_PAST_SECONDS);
  });

  it('continue plays on and the stretch shows; a video.js play while asked is paused again', async () => {
    const { media, gate, question } = setUp();
    gate.setStretches([caen]);
    media.publish({ paused: false });
    media.publish({ currentTime: 36.5 });
    expect(question).toHaveBeenLastCalledWith(caen, 'playback');
    expect(media.state.paused).toBe(true);
    media.publish({ paused: false });
    expect(media.state.paused).toBe(true);
    gate.answer('continue');
    await Promise.resolve();
    expect(question).toHaveBeenLastCalledWith(undefined, 'media');
    expect(media.state.paused).toBe(false);
    media.publish({ currentTime: 40 });
    expect(media.masks.at(-1)).toBe('none');
  });

  it('passes "don’t warn me again" on to be remembered', () => {
    const { media, gate, remember } = setUp();
    gate.setStretches([caen]);
    media.writeTime(39);
    gate.answer('never');
    expect(remember).toHaveBeenCalledWith({ mode: 'warn', categories: { combat: 'off' } });
  });
});

describe('WarningGate and the frame on screen', () => {
  it('keeps the picture hidden until the stretches are known', () => {
    const { media, gate } = setUp();
    expect(media.masks).toEqual(['cover']);
    gate.setStretches([caen]);
    expect(media.masks.at(-1)).toBe('none');
  });

  it('unmasks after a skip only once a frame past the stretch is on screen', () => {
    const { media, gate } = setUp();
    gate.setStretches([caen]);
    media.writeTime(40);
    media.presentFrame(40.007);
    vi.mocked(media.seek).mockImplementation((time: number) => media.publish({ currentTime: time }));
    gate.answer('skip');
    expect(media.state.currentTime).toBeGreaterThan(caen.end);
    // The clock is past the end, but the stretch's last frame is still the one shown.
    expect(media.masks.at(-1)).toBe('cover');
    media.presentFrame(53.767);
    expect(media.masks.at(-1)).toBe('cover');
    media.presentFrame(53.807);
    expect(media.masks.at(-1)).toBe('none');
  });
});

describe('WarningGate and a seek in flight', () => {
  it('judges the screen by a frame just before the target until one is presented there', () => {
    const { media, gate } = setUp();
    gate.setStretches([caen]);
    media.presentFrame(20);
    // A jump to just after the stretch: the frame shown there may still be the stretch's last one.
    media.writeTime(caen.end + 0.02);
    expect(media.masks.at(-1)).toBe('cover');
    media.presentFrame(caen.end + 0.007);
    expect(media.masks.at(-1)).toBe('none');
  });
});

describe('WarningGate at the end of the media', () => {
  it('does not play after skipping a stretch that ends the media', async () => {
    const { media, gate, remote } = setUp();
    const last: Stretch = { id: 'last', start: 590, end: 600, categories: ['death'] };
    gate.setStretches([last]);
    media.publish({ paused: false, currentTime: 580 });
    media.publish({ currentTime: 588.5 });
    expect(gate.question).toBe(last);
    vi.mocked(media.seek).mockImplementation((time: number) => media.publish({ currentTime: time }));
    gate.answer('skip');
    await Promise.resolve();
    expect(media.state.currentTime).toBe(600 + SKIP_PAST_SECONDS);
    expect(media.play).not.toHaveBeenCalled();
    expect(remote.log).toEqual([]);
  });
});

describe('WarningGate and requests made early', () => {
  it('names the request’s trigger when the stretches arrive after it, and asks once', () => {
    const { media, remote, gate, question } = setUp();
    remote.seek(45, 'deep-link');
    media.writeTime(45);
    gate.setStretches([caen]);
    expect(question.mock.calls).toEqual([[caen, 'deep-link']]);
    media.publish({ duration: 600 });
    expect(question.mock.calls).toEqual([[caen, 'deep-link']]);
  });
});
