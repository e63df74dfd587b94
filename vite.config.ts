import { defineConfig, configDefaults } from 'vitest/config';
import { contentCheckOverlay } from './scripts/vite-content-check.ts';
import { servedContentFolders } from './scripts/vite-content-folders.ts';

// `chapters/` and `subtitles/` sit at the top level so that site owners find them;
// the plugin serves them in dev and copies them into the build, next to `public/`.
export default defineConfig({
  // Relative asset URLs: the built player works from any folder of a site.
  base: './',
  plugins: [servedContentFolders(['chapters', 'subtitles']), contentCheckOverlay()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The liberation map's lazy chunk carries Natural Earth 1:50m outlines (≈ 784 kB, 239 kB gzip),
    // fetched only when the map is first shown; 1:110m would put Cherbourg and Toulon in the sea.
    chunkSizeWarningLimit: 800,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/browser/**'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
