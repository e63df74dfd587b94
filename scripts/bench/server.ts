// The built site and the browser the bench measures it in. `BENCH_DIST` and `BENCH_PORT` let
// several people bench on one machine (defaults: dist/ and 4180); the Lighthouse browser's
// debugging port is BENCH_PORT + 1.
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { WARNING_STORE_KEY } from '../../src/warnings/warning-store.ts';
import type { WarningMode } from '../../src/warnings/warning-policy.ts';

export const DIST = process.env.BENCH_DIST ?? 'dist';
export const PORT = Number(process.env.BENCH_PORT ?? 4180);
export const ORIGIN = `http://127.0.0.1:${PORT}`;

export { CHROMIUM_ARGS };

export function chromiumPath(): string {
  const path = findChromium();
  if (!path) throw new Error('no Chromium found (set CHROMIUM_PATH)');
  return path;
}

export async function buildSite(): Promise<void> {
  await build({ logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
  // The one-script embed, written into the site (as `npm run build` does).
  process.env.DV_DIST = DIST;
  await build({ configFile: 'vite.embed.config.ts', logLevel: 'error' });
}

export async function startPreview(): Promise<PreviewServer> {
  return preview({ build: { outDir: DIST }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
}

export async function stopPreview(server: PreviewServer): Promise<void> {
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** The page's stored warning choice, as a returning viewer's (advisory seen). */
export function warningPreference(mode: WarningMode): string {
  return JSON.stringify({ version: 1, preferences: { mode, categories: {} }, advisorySeen: true });
}

export interface OpenOptions {
  /** The stored warning mode (default `off`: the gate does not touch playback). */
  readonly warnings?: WarningMode;
  /** Path and query after the origin (default `/`). */
  readonly path?: string;
  /** Called before navigation, to route URLs. */
  readonly before?: (page: Page) => Promise<void>;
}

/** A new page on the app, loaded: video with a frame, chapters listed, context track read. */
export async function openApp(browser: Browser, options: OpenOptions = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // tsx (esbuild) wraps named functions in __name(); define it in the page for page.evaluate.
  await page.addInitScript('window.__name = (target) => target');
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [WARNING_STORE_KEY, warningPreference(options.warnings ?? 'off')] as const);
  await options.before?.(page);
  await page.goto(`${ORIGIN}${options.path ?? '/'}`);
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2, undefined, { timeout: 60_000 });
  await page.waitForFunction(() => (document.querySelector('dv-chapter-list')?.shadowRoot?.querySelectorAll('button').length ?? 0) > 1, undefined, { timeout: 60_000 });
  await page.waitForFunction(() => (document.querySelector('dv-player')?.currentSnapshot?.episodeCards.length ?? 0) > 0, undefined, { timeout: 60_000 });
  return page;
}
