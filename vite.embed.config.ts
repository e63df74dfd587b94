import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import site from './vite.config.ts';
import { cssAsAdoptedSheets } from './scripts/vite-adopted-css.ts';
import { videojsFontAsFile } from './scripts/vite-videojs-font.ts';

// The one-script embed, built after the site (`npm run build`) into <dist>/embed/:
// douze-vies.js (every dv-* element, styles inside), frame.js (the iframe page's script) and
// the chunks they fetch on demand (video.js, the streaming engine, the later panels).
const DIST = process.env.DV_DIST ?? 'dist';

export default defineConfig({
  base: './',
  publicDir: false,
  resolve: site.resolve,
  plugins: [cssAsAdoptedSheets(fileURLToPath(new URL('./src/embed/adopt-styles.ts', import.meta.url))), videojsFontAsFile()],
  build: {
    target: 'es2022',
    sourcemap: true,
    outDir: `${DIST}/embed`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
    assetsInlineLimit: (file) => (file.endsWith('.woff') ? false : undefined),
    rollupOptions: {
      input: { 'douze-vies': 'src/embed/douze-vies.ts', frame: 'src/embed/frame-page.ts' },
      // Two entries whose names site owners write: kept as they are, not hashed.
      preserveEntrySignatures: 'allow-extension',
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
    },
  },
});
