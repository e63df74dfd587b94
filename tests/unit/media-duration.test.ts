import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mediaDuration } from '../../src/content/media-duration.ts';

const bytesOf = (path: string) => new Uint8Array(readFileSync(new URL(`../../${path}`, import.meta.url)));

describe('mediaDuration', () => {
  it('reads the duration of the demo MP4 and WebM files, and they agree', () => {
    const mp4 = mediaDuration(bytesOf('public/media/episode-06.mp4'), 'video/mp4');
    const webm = mediaDuration(bytesOf('public/media/episode-06.webm'), 'video/webm');
    expect(mp4).toBeGreaterThan(360);
    expect(mp4).toBeLessThan(720);
    expect(webm).toBeCloseTo(mp4!, 0);
  });

  it('returns undefined for bytes that are not media', () => {
    const junk = new TextEncoder().encode('<!doctype html><p>not found</p>');
    expect(mediaDuration(junk, 'video/mp4')).toBeUndefined();
    expect(mediaDuration(junk, 'video/webm')).toBeUndefined();
    expect(mediaDuration(new Uint8Array(), 'video/webm')).toBeUndefined();
  });

  it('reads a hand-made mvhd box (version 0 and 1)', () => {
    const box = (type: string, body: number[]) => {
      const size = 8 + body.length;
      return [size >>> 24, (size >>> 16) & 255, (size >>> 8) & 255, size & 255, ...[...type].map((c) => c.charCodeAt(0)), ...body];
    };
    const u32 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
    const v0 = [0, 0, 0, 0, ...u32(0), ...u32(0), ...u32(1000), ...u32(90_500)];
    const v1 = [1, 0, 0, 0, ...u32(0), ...u32(0), ...u32(0), ...u32(0), ...u32(600), ...u32(0), ...u32(600 * 42)];
    expect(mediaDuration(new Uint8Array([...box('ftyp', [0, 0, 0, 0]), ...box('moov', box('mvhd', v0))]), 'video/mp4')).toBe(90.5);
    expect(mediaDuration(new Uint8Array(box('moov', box('mvhd', v1))), 'video/mp4')).toBe(42);
  });
});

describe('mediaDuration of an HLS playlist', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const playlist = (...lines: string[]) => bytes(['#EXTM3U', '#EXT-X-VERSION:7', '#EXT-X-TARGETDURATION:5', ...lines].join('\n'));

  it('sums the segments of a complete media playlist', () => {
    expect(mediaDuration(playlist('#EXTINF:4.8,', 'a.m4s', '#EXTINF:5.2,', 'b.m4s', '#EXTINF:1.5,', 'c.m4s', '#EXT-X-ENDLIST'), 'application/x-mpegURL')).toBeCloseTo(11.5);
  });

  it('reads the committed demo rendition as long as its MP4', () => {
    const hls = mediaDuration(bytesOf('public/media/episode-07/hls/index.m3u8'), 'application/vnd.apple.mpegurl')!;
    const mp4 = mediaDuration(bytesOf('public/media/episode-07.mp4'), 'video/mp4')!;
    expect(Math.abs(hls - mp4)).toBeLessThan(0.5);
  });

  it('gives nothing for a live playlist, a master playlist or another text', () => {
    expect(mediaDuration(playlist('#EXTINF:4.8,', 'a.m4s'), 'application/x-mpegURL')).toBeUndefined();
    expect(mediaDuration(bytes('#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000\nlow/index.m3u8\n'), 'application/x-mpegURL')).toBeUndefined();
    expect(mediaDuration(bytes('<html>not found</html>'), 'application/x-mpegURL')).toBeUndefined();
  });
});
