import { describe, expect, it } from 'vitest';
import { streamingEngineNeeded, streamingFormatOf, type StreamingSupport } from '../../src/player/streaming.ts';

const MP4 = { src: 'media/episode-07.mp4', type: 'video/mp4' };
const WEBM = { src: 'media/episode-07.webm', type: 'video/webm' };
const HLS = { src: 'media/episode-06/hls/index.m3u8', type: 'application/x-mpegURL' };
const DASH = { src: 'media/episode-06/dash/index.mpd', type: 'application/dash+xml' };

/** Firefox, and a Chromium without its own HLS player: Media Source Extensions, no native HLS. */
const MSE_ONLY: StreamingSupport = { mediaSource: true, nativeHls: false };
/** Safari on macOS, and Chromium 141+ (Debian's 156 included): both. */
const MSE_AND_NATIVE: StreamingSupport = { mediaSource: true, nativeHls: true };
/** Safari on iPhone (before ManagedMediaSource): native HLS only. */
const NATIVE_ONLY: StreamingSupport = { mediaSource: false, nativeHls: true };
const NEITHER: StreamingSupport = { mediaSource: false, nativeHls: false };

describe('streamingFormatOf', () => {
  it('knows the HLS types, in any case', () => {
    for (const type of ['application/x-mpegURL', 'application/x-mpegurl', 'application/vnd.apple.mpegurl', 'APPLICATION/VND.APPLE.MPEGURL', 'audio/mpegurl', 'audio/x-mpegurl']) {
      expect(streamingFormatOf(type), type).toBe('hls');
    }
  });

  it('knows DASH, and ignores MIME parameters and spaces', () => {
    expect(streamingFormatOf('application/dash+xml')).toBe('dash');
    expect(streamingFormatOf(' application/dash+xml; profiles="urn:mpeg:dash:profile:isoff-live:2011"')).toBe('dash');
    expect(streamingFormatOf('application/vnd.apple.mpegurl;codecs="avc1.64001f,mp4a.40.2"')).toBe('hls');
  });

  it('says nothing of files played as they are', () => {
    for (const type of ['video/mp4', 'video/webm', 'audio/mp4', 'audio/ogg', 'application/json', 'application/x-mpegURL-foo', '']) {
      expect(streamingFormatOf(type), type).toBeUndefined();
    }
  });
});

describe('streamingEngineNeeded', () => {
  it('is never needed for plain files, whatever the browser', () => {
    for (const support of [MSE_ONLY, MSE_AND_NATIVE, NATIVE_ONLY, NEITHER]) {
      expect(streamingEngineNeeded([MP4, WEBM], support)).toBe(false);
      expect(streamingEngineNeeded([], support)).toBe(false);
    }
  });

  it('is needed for HLS wherever Media Source Extensions exist, even beside the browser\'s own HLS (VHS plays it, as video.js does by default)', () => {
    expect(streamingEngineNeeded([HLS, MP4, WEBM], MSE_ONLY)).toBe(true);
    expect(streamingEngineNeeded([HLS, MP4], MSE_AND_NATIVE)).toBe(true);
    // wherever it is in the list: video.js may reach it when the files before it cannot play
    expect(streamingEngineNeeded([WEBM, HLS], MSE_ONLY)).toBe(true);
  });

  it('is not needed where the browser\'s own HLS is the only way (no Media Source Extensions)', () => {
    expect(streamingEngineNeeded([HLS, MP4], NATIVE_ONLY)).toBe(false);
  });

  it('is not needed without Media Source Extensions: the engine could not play anyway', () => {
    expect(streamingEngineNeeded([HLS, MP4], NEITHER)).toBe(false);
    expect(streamingEngineNeeded([DASH, MP4], NATIVE_ONLY)).toBe(false);
    expect(streamingEngineNeeded([DASH], NEITHER)).toBe(false);
  });

  it('is needed for DASH wherever Media Source Extensions exist (no browser plays DASH itself)', () => {
    expect(streamingEngineNeeded([DASH, MP4], MSE_ONLY)).toBe(true);
    expect(streamingEngineNeeded([DASH, MP4], MSE_AND_NATIVE)).toBe(true);
    expect(streamingEngineNeeded([HLS, DASH], MSE_AND_NATIVE)).toBe(true);
  });
});
