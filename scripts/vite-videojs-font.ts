import type { Plugin } from 'vite';

/** video.js's icon font, as its stylesheet carries it: a data: URL (refused by a strict font-src). */
export const VIDEOJS_FONT_DATA_URL = /url\(data:application\/font-woff;charset=utf-8;base64,([A-Za-z0-9+/=]+)\)/;

/**
 * Serves video.js's icon font as a file of the build instead of the data: URL in video-js.css, so
 * that the player works under `font-src 'self'`. The file, src/player/videojs-icons.woff, is the
 * same bytes (tests/unit/videojs-font.test.ts checks it against the installed video.js).
 */
export function videojsFontAsFile(): Plugin {
  return {
    name: 'douze-vies:videojs-font-as-file',
    enforce: 'pre',
    transform(code, id) {
      if (id.startsWith('\0') || !id.replace(/\\/g, '/').includes('video.js/dist/video-js.css')) return undefined;
      if (!VIDEOJS_FONT_DATA_URL.test(code)) this.error('video.js/dist/video-js.css no longer carries its icon font as a data: URL: update scripts/vite-videojs-font.ts');
      return { code: code.replace(VIDEOJS_FONT_DATA_URL, 'url("/src/player/videojs-icons.woff")'), map: null };
    },
  };
}
