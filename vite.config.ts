import { defineConfig, configDefaults } from 'vitest/config';
import { contentCheckOverlay } from './scripts/vite-content-check.ts';
import { servedContentFolders } from './scripts/vite-content-folders.ts';
import { videojsFontAsFile } from './scripts/vite-videojs-font.ts';
import { embedPages } from './scripts/vite-embed-pages.ts';

/** The Content Security Policy the built player works under, with no violation (tests/browser/csp.spec.ts). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

// `chapters/` and `subtitles/` sit at the top level so that site owners find them;
// the plugin serves them in dev and copies them into the build, next to `public/`.
export default defineConfig({
  // Relative asset URLs: the built player works from any folder of a site.
  base: './',
  plugins: [servedContentFolders(['chapters', 'subtitles']), contentCheckOverlay(), videojsFontAsFile(), embedPages()],
  resolve: {
    alias: [
      // VHS (@videojs/http-streaming, fetched on demand by src/player/streaming.ts) imports 'video.js',
      // the full build with a VHS of its own: give it the core build the player runs on, so that it
      // registers with that same video.js and its chunk carries no second copy.
      { find: /^video\.js$/, replacement: 'video.js/core.es.js' },
    ],
  },
  build: {
    // DV_DIST moves the whole build (the site, then the embed and the docs written into it).
    outDir: process.env.DV_DIST ?? 'dist',
    target: 'es2022',
    sourcemap: true,
    // The liberation map's lazy chunk carries Natural Earth 1:50m outlines (≈ 784 kB, 239 kB gzip),
    // fetched only when the map is first shown; 1:110m would put Cherbourg and Toulon in the sea.
    chunkSizeWarningLimit: 800,
    // Fonts stay files (a data: URL is refused by the Content Security Policy's font-src).
    assetsInlineLimit: (file) => (file.endsWith('.woff') ? false : undefined),
  },
  // The built site is served under the strict policy we document for site owners (README).
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/browser/**'],
    environment: 'node',
    // Pure tests in one process, files not isolated from each other: 21 s instead of 55 s on two cores
    // (the CI budget is 10 minutes), and no test file relies on a fresh module state.
    pool: 'threads',
    isolate: false,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
