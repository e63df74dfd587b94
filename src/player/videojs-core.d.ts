// video.js ships no types for its core build (no HLS/DASH): it is the same API as the full build.
declare module 'video.js/core.es.js' {
  import videojs from 'video.js';
  export default videojs;
}

// VHS (video.js's streaming engine), its build whose workers run on the page's thread: it ships no
// types; src/player/streaming.ts only runs it (it registers itself with video.js's Html5 tech).
declare module '@videojs/http-streaming/dist/videojs-http-streaming-sync-workers.js' {
  export const VhsSourceHandler: unknown;
}
