// video.js ships no types for its core build (no HLS/DASH): it is the same API as the full build.
declare module 'video.js/core.es.js' {
  import videojs from 'video.js';
  export default videojs;
}
