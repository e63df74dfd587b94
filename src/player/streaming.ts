/**
 * Streaming on demand: video.js's streaming engine (`@videojs/http-streaming`, VHS: HLS and DASH
 * over Media Source Extensions) is fetched only for an episode that lists such a source, in a
 * browser that needs it, and before the player is built (VHS registers itself with video.js's
 * Html5 tech when its module runs; a player built before would not know it).
 *
 * Where Media Source Extensions exist, VHS plays HLS even in a browser with an HLS player of its own,
 * as video.js does by default (its `overrideNative`, except in Safari, where VHS leaves HLS to the
 * browser): Chromium's own HLS player (Debian's Chromium 156 has one) lands at 0 instead of the end
 * when a skip seeks to the very end of the media (tests/browser/warning-paths.spec.ts), VHS does not.
 * Without Media Source Extensions (Safari on iPhone) the browser's own HLS is the only way: no VHS.
 *
 * Its "sync workers" build: the default one starts Web Workers from `blob:` URLs, which the strict
 * Content Security Policy refuses (no `worker-src`, so `script-src 'self'`), and then never plays;
 * this one runs the same work on the page's thread (light for fMP4 segments, which need no
 * transmuxing). Both import 'video.js': vite.config.ts aliases it to the core build the player runs on.
 */

/** A source as the manifest lists it. */
export interface StreamingSource {
  readonly type: string;
}

/** What the browser offers: Media Source Extensions (which VHS needs), and an HLS player of its own. */
export interface StreamingSupport {
  readonly mediaSource: boolean;
  readonly nativeHls: boolean;
}

export type StreamingFormat = 'hls' | 'dash';

const HLS_TYPES = new Set(['application/x-mpegurl', 'application/vnd.apple.mpegurl', 'audio/mpegurl', 'audio/x-mpegurl']);
const DASH_TYPES = new Set(['application/dash+xml']);

/** The streaming format of a MIME type (parameters and case ignored), or undefined for a file played as it is. */
export function streamingFormatOf(type: string): StreamingFormat | undefined {
  const essence = type.split(';')[0]!.trim().toLowerCase();
  if (HLS_TYPES.has(essence)) return 'hls';
  if (DASH_TYPES.has(essence)) return 'dash';
  return undefined;
}

/**
 * Whether VHS should be loaded for `sources` in a browser with `support`: for an HLS or DASH source,
 * wherever Media Source Extensions exist (VHS needs them; without them, HLS is the browser's own).
 */
export function streamingEngineNeeded(sources: readonly StreamingSource[], support: StreamingSupport): boolean {
  return support.mediaSource && sources.some((source) => streamingFormatOf(source.type) !== undefined);
}

/** What this browser offers (call it in a page, not in Node). */
export function browserStreamingSupport(): StreamingSupport {
  return {
    mediaSource: typeof window.MediaSource === 'function',
    nativeHls: document.createElement('video').canPlayType('application/vnd.apple.mpegurl') !== '',
  };
}

let streamingEngine: Promise<void> | undefined;

/** Fetches and runs VHS once for the page (it registers itself with video.js core); a failed fetch is not kept. Call it after video.js core has run (videojs-csp.ts first). */
export function loadStreamingEngine(): Promise<void> {
  return (streamingEngine ??= import('@videojs/http-streaming/dist/videojs-http-streaming-sync-workers.js').then(
    () => undefined,
    (error: unknown) => {
      // Trying again fetches it again.
      streamingEngine = undefined;
      throw error;
    },
  ));
}

/** Loads VHS when one of `sources` needs it here; resolves at once otherwise. Call it before building the player. */
export async function prepareSources(sources: readonly StreamingSource[]): Promise<void> {
  if (streamingEngineNeeded(sources, browserStreamingSupport())) await loadStreamingEngine();
}
