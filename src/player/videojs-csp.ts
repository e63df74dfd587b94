/**
 * Set before video.js is evaluated (this module is imported first by videojs-adapter.ts): video.js
 * then writes no `<style>` elements, which a strict Content Security Policy (`style-src 'self'`)
 * refuses. The player's box gets its 16:9 shape from video.js's own `vjs-16-9` class instead.
 */
declare global {
  interface Window {
    VIDEOJS_NO_DYNAMIC_STYLE?: boolean;
  }
}

window.VIDEOJS_NO_DYNAMIC_STYLE = true;

export {};
