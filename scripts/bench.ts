// npm run bench — speed and size figures, each against a baseline measured in the same run:
//  1. cue sync: how late (in media time) the chapter list marks a new chapter after its boundary,
//     against the first `timeupdate` past the same boundary (what video.js-style polling would see);
//  2. bundle size: our built JavaScript, gzipped, against video.js's full build (with HLS/DASH).
// Needs `npm run build` first (the bench script does it).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { findChromium } from './find-chromium.mjs';
import { WARNING_STORE_KEY } from '../src/warnings/warning-store.ts';

const SAMPLES_PER_BOUNDARY = 2;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function row(name: string, values: number[]): string {
  const ms = (value: number) => `${(value * 1000).toFixed(1).padStart(7)} ms`;
  return `${name.padEnd(34)} n=${String(values.length).padStart(3)}  p50 ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}  max ${ms(Math.max(...values))}`;
}

async function benchCueSync(): Promise<void> {
  const server = await preview({ preview: { port: 4180, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required'],
  });
  try {
    const page = await browser.newPage();
    // tsx (esbuild) wraps named functions in __name(); define it in the page for page.evaluate.
    await page.addInitScript('window.__name = (target) => target');
    // Chapter sync is measured on playback: warnings off (stored as a returning viewer's choice).
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key, value),
      [WARNING_STORE_KEY, JSON.stringify({ version: 1, preferences: { mode: 'off', categories: {} }, advisorySeen: true })] as const,
    );
    await page.goto('http://127.0.0.1:4180/');
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2);
    await page.waitForFunction(() => (document.querySelector('dv-chapter-list')?.shadowRoot?.querySelectorAll('button').length ?? 0) > 1);
    const result = await page.evaluate(async (samplesPerBoundary) => {
      const video = document.querySelector('video')!;
      const player = document.querySelector('dv-player')!;
      const root = document.querySelector('dv-chapter-list')!.shadowRoot!;
      const buttons = [...root.querySelectorAll('button')];
      const starts = buttons.map((button) => Number(button.dataset.start)).filter((start) => start > 0);
      const ours: number[] = [];
      const polling: number[] = [];
      video.muted = true;
      for (const [index, boundary] of starts.entries()) {
        for (let sample = 0; sample < samplesPerBoundary; sample++) {
          const target = buttons[index + 1]!;
          const lags = await new Promise<{ ours: number; polling: number }>((resolve) => {
            let oursLag: number | undefined;
            let pollingLag: number | undefined;
            const done = () => {
              if (oursLag === undefined || pollingLag === undefined) return;
              observer.disconnect();
              video.removeEventListener('timeupdate', onTimeUpdate);
              resolve({ ours: oursLag, polling: pollingLag });
            };
            const observer = new MutationObserver(() => {
              if (oursLag === undefined && target.hasAttribute('aria-current')) {
                oursLag = video.currentTime - boundary;
                done();
              }
            });
            const onTimeUpdate = () => {
              if (pollingLag === undefined && !video.seeking && video.currentTime >= boundary) {
                pollingLag = video.currentTime - boundary;
                done();
              }
            };
            player.playerRemote!.seek(boundary - 0.4 - sample * 0.13, 'api');
            video.addEventListener(
              'seeked',
              () => {
                observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
                video.addEventListener('timeupdate', onTimeUpdate);
                void video.play();
              },
              { once: true },
            );
          });
          video.pause();
          ours.push(lags.ours);
          polling.push(lags.polling);
        }
      }
      return { ours, polling };
    }, SAMPLES_PER_BOUNDARY);
    console.log('Cue sync: media time from a chapter boundary to the page knowing it (lower is better)');
    console.log(row('chapter list (hidden track cuechange)', result.ours));
    console.log(row('baseline: first timeupdate past it', result.polling));
    console.log(`  → ${(percentile(result.polling, 50) / Math.max(percentile(result.ours, 50), 1e-4)).toFixed(0)}× sooner at p50; one frame at 25 fps is 40 ms`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

function benchBundle(): void {
  const assets = readdirSync('dist/assets').filter((name) => name.endsWith('.js'));
  const ours = assets.reduce((total, name) => total + gzipSync(readFileSync(`dist/assets/${name}`)).length, 0);
  const core = gzipSync(readFileSync('node_modules/video.js/dist/alt/video.core.min.js')).length;
  const full = gzipSync(readFileSync('node_modules/video.js/dist/video.min.js')).length;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} kB`;
  console.log('\nBundle (gzip): all our JavaScript, video.js included');
  console.log(`  ours (${assets.length} file${assets.length === 1 ? '' : 's'})                 ${kb(ours)}`);
  console.log(`  baseline: video.js full build alone ${kb(full)}  (video.js core alone ${kb(core)})`);
  console.log(`  → our whole page costs ${kb(ours - core).trim()} on top of video.js core, ${kb(full - ours).trim()} less than video.js full alone`);
}

benchBundle();
await benchCueSync();
