import { describe, expect, it, vi } from 'vitest';
import { PlayerRemote } from '../../src/player/player-remote.ts';

function fakeMedia() {
  return { play: vi.fn(async () => {}), pause: vi.fn(), seek: vi.fn() };
}

describe('PlayerRemote', () => {
  it('passes requests to the media and records their trigger', () => {
    const media = fakeMedia();
    const remote = new PlayerRemote(media);
    expect(remote.seek(42, 'chapter-list')).toBe(true);
    remote.play('keyboard');
    remote.pause('api');
    expect(media.seek).toHaveBeenCalledWith(42);
    expect(media.play).toHaveBeenCalledOnce();
    expect(media.pause).toHaveBeenCalledOnce();
    expect(remote.log).toEqual([
      { kind: 'seek', time: 42, trigger: 'chapter-list' },
      { kind: 'play', trigger: 'keyboard' },
      { kind: 'pause', trigger: 'api' },
    ]);
  });

  it('lets a guard veto a request, and removes the guard on request', () => {
    const media = fakeMedia();
    const remote = new PlayerRemote(media);
    const removeGuard = remote.addGuard((request) => !(request.kind === 'seek' && request.trigger === 'deep-link'));
    expect(remote.seek(10, 'deep-link')).toBe(false);
    expect(remote.seek(10, 'chapter-nav')).toBe(true);
    expect(media.seek).toHaveBeenCalledTimes(1);
    removeGuard();
    expect(remote.seek(10, 'deep-link')).toBe(true);
  });

  it('lets a guard redirect a seek, and the next guard sees the new time', () => {
    const media = fakeMedia();
    const remote = new PlayerRemote(media);
    remote.addGuard((request) => (request.kind === 'seek' && request.time === 40 ? { time: 53.8 } : true));
    const seen: (number | undefined)[] = [];
    remote.addGuard((request) => {
      seen.push(request.time);
      return true;
    });
    expect(remote.seek(40, 'chapter-list')).toBe(true);
    expect(media.seek).toHaveBeenCalledWith(53.8);
    expect(seen).toEqual([53.8]);
    expect(remote.log.at(-1)).toEqual({ kind: 'seek', time: 40, trigger: 'chapter-list' });
  });

  it('swallows a refused play() so that no unhandled rejection escapes', async () => {
    const media = { ...fakeMedia(), play: vi.fn(async () => Promise.reject(new Error('NotAllowedError'))) };
    const remote = new PlayerRemote(media);
    expect(remote.play('api')).toBe(true);
    await Promise.resolve();
  });
});
