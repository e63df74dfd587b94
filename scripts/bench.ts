// npm run bench — speed and size figures, each against a baseline measured in the same run:
//  1. cue sync: how late (in media time) each panel (chapter list, context cards, people on screen,
//     map) shows a new cue after its boundary, against the first `timeupdate` past the same boundary
//     (what video.js-style polling would see);
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

/** The panels measured: each names the boundaries it follows and how to see that it has caught up. */
const PROBES = [
  { id: 'chapters', label: 'chapter list' },
  { id: 'cards', label: 'context cards' },
  { id: 'people', label: 'people on screen' },
  { id: 'map', label: 'map, current places' },
] as const;
type ProbeId = (typeof PROBES)[number]['id'];

/**
 * Runs in the page: for each boundary of the probe, seeks just before it, plays, and records how far
 * past the boundary the media was when the panel showed it, and when the first `timeupdate` past it
 * fired (the baseline a polling panel would get).
 */
async function measureProbe({ probe, samplesPerBoundary }: { probe: ProbeId; samplesPerBoundary: number }) {
  const video = document.querySelector('video')!;
  const player = document.querySelector('dv-player')!;
  const snapshot = player.currentSnapshot!;
  type Target = { boundary: number; root: ShadowRoot; shown: () => boolean };
  const targets: Target[] = [];
  const rootOf = (tag: string) => document.querySelector(tag)?.shadowRoot ?? undefined;
  if (probe === 'chapters') {
    const root = rootOf('dv-chapter-list')!;
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')];
    buttons.forEach((button, index) => {
      const boundary = Number(button.dataset.start);
      if (boundary > 0) targets.push({ boundary, root, shown: () => buttons[index]!.hasAttribute('aria-current') });
    });
  } else if (probe === 'cards') {
    const root = rootOf('dv-context-cards');
    const starts = new Map<number, string>();
    for (const card of snapshot.episodeCards) if (card.start > 0 && !starts.has(card.start)) starts.set(card.start, card.key);
    if (root) for (const [boundary, key] of starts) targets.push({ boundary, root, shown: () => root.querySelector(`article[data-card="${CSS.escape(key)}"]`) !== null });
  } else if (probe === 'people') {
    const root = rootOf('dv-people-panel');
    if (root) {
      for (const appearance of snapshot.episodeAppearances) {
        if (appearance.start > 0) targets.push({ boundary: appearance.start, root, shown: () => root.querySelector(`.strip [data-person="${CSS.escape(appearance.id)}"]`) !== null });
      }
    }
  } else {
    const root = rootOf('dv-liberation-map');
    const starts = new Map<number, string>();
    for (const card of snapshot.episodeCards) if (card.start > 0 && !starts.has(card.start)) starts.set(card.start, card.key);
    if (root) for (const [boundary, key] of starts) targets.push({ boundary, root, shown: () => root.querySelector(`[data-card="${CSS.escape(key)}"][data-state="current"]`) !== null });
  }
  const ours: number[] = [];
  const polling: number[] = [];
  video.muted = true;
  for (const target of targets) {
    for (let sample = 0; sample < samplesPerBoundary; sample++) {
      const lags = await new Promise<{ ours: number; polling: number } | undefined>((resolve) => {
        let oursLag: number | undefined;
        let pollingLag: number | undefined;
        const finish = (value: { ours: number; polling: number } | undefined) => {
          observer.disconnect();
          video.removeEventListener('timeupdate', onTimeUpdate);
          clearTimeout(giveUp);
          resolve(value);
        };
        const done = () => {
          if (oursLag !== undefined && pollingLag !== undefined) finish({ ours: oursLag, polling: pollingLag });
        };
        const observer = new MutationObserver(() => {
          if (oursLag === undefined && target.shown()) {
            oursLag = video.currentTime - target.boundary;
            done();
          }
        });
        const onTimeUpdate = () => {
          if (pollingLag === undefined && !video.seeking && video.currentTime >= target.boundary) {
            pollingLag = video.currentTime - target.boundary;
            done();
          }
        };
        // A panel that never shows this boundary (its markup changed) must not hang the bench.
        const giveUp = setTimeout(() => finish(undefined), 5000);
        player.playerRemote!.seek(target.boundary - 0.4 - sample * 0.13, 'api');
        video.addEventListener(
          'seeked',
          () => {
            if (target.shown()) return finish(undefined); // already shown before the boundary: not a cue boundary for this panel
            observer.observe(target.root, { subtree: true, childList: true, attributes: true });
            video.addEventListener('timeupdate', onTimeUpdate);
            void video.play();
          },
          { once: true },
        );
      });
      video.pause();
      if (lags) {
        ours.push(lags.ours);
        polling.push(lags.polling);
      }
    }
  }
  return { ours, polling, note: targets.length === 0 ? 'panel not on the page' : `${targets.length} boundaries` };
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
    await page.waitForFunction(() => (document.querySelector('dv-player')?.currentSnapshot?.episodeCards.length ?? 0) > 0);
    // Panels are built when their tab first opens: open the people tab, then the map (left showing).
    await page.click('#dv-tab-people');
    await page.click('#dv-tab-map');
    await page.waitForFunction(() => document.querySelector('dv-liberation-map')?.shadowRoot?.querySelector('svg') !== null);
    for (const probe of PROBES) {
      const result = await page.evaluate(measureProbe, { probe: probe.id, samplesPerBoundary: SAMPLES_PER_BOUNDARY });
      if (result.ours.length === 0) {
        console.log(`${probe.label}: nothing to measure (${result.note})`);
        continue;
      }
      console.log(`\nCue sync, ${probe.label}: media time from a boundary to the panel showing it (lower is better)`);
      console.log(row(`${probe.label} (snapshot on cuechange)`, result.ours));
      console.log(row('baseline: first timeupdate past it', result.polling));
      console.log(`  → ${(percentile(result.polling, 50) / Math.max(percentile(result.ours, 50), 1e-4)).toFixed(0)}× sooner at p50; one frame at 25 fps is 40 ms`);
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

function benchBundle(): void {
  const assets = readdirSync('dist/assets').filter((name) => name.endsWith('.js'));
  const html = readFileSync('dist/index.html', 'utf8');
  // What the page loads at once: the entry script and what it preloads; the rest is fetched on demand.
  const initial = assets.filter((name) => html.includes(`assets/${name}`));
  const lazy = assets.filter((name) => !initial.includes(name));
  const gzip = (names: string[]) => names.reduce((total, name) => total + gzipSync(readFileSync(`dist/assets/${name}`)).length, 0);
  const ours = gzip(initial);
  const core = gzipSync(readFileSync('node_modules/video.js/dist/alt/video.core.min.js')).length;
  const full = gzipSync(readFileSync('node_modules/video.js/dist/video.min.js')).length;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} kB`;
  console.log('\nBundle (gzip): our JavaScript, video.js included');
  console.log(`  loaded with the page (${initial.length} file${initial.length === 1 ? '' : 's'})   ${kb(ours)}`);
  for (const name of lazy) console.log(`  on demand: ${name.replace(/-[\w-]{8}\.js$/, '')} ${kb(gzip([name]))}`);
  console.log(`  baseline: video.js full build alone ${kb(full)}  (video.js core alone ${kb(core)})`);
  console.log(`  → the page costs ${kb(ours - core).trim()} on top of video.js core, ${kb(full - ours).trim()} less than video.js full alone`);
}

benchBundle();
await benchCueSync();
