// Cue sync: how late (in media time) each panel shows a new cue after its boundary, during
// playback, against the first `timeupdate` past the same boundary (what a polling panel would see).
// The warning gate is measured the same way: from the instant the gate must act on a stretch (its
// start less the guard time, for a viewer who chose "blur") to the mask being put on the picture.
import type { Page } from '@playwright/test';
import { GUARD_SECONDS } from '../../src/warnings/warning-policy.ts';
import { heading, judge, percentile, row } from './stats.ts';

export type ProbeId = 'chapters' | 'cards' | 'people' | 'map' | 'transcript' | 'warning';

export const PROBE_LABELS: Record<ProbeId, string> = {
  chapters: 'chapter list',
  cards: 'context cards',
  people: 'people on screen',
  map: 'map, current places',
  transcript: 'transcript, current line',
  warning: 'warning gate, mask on',
};

/** Samples wanted per probe; boundaries are sampled again (from other pre-rolls) until each has this many. */
export const MIN_SAMPLES = 100;
const TARGET_P95_SECONDS = 0.04;
const TARGET_FACTOR = 10;

interface ProbeResult {
  readonly ours: number[];
  readonly polling: number[];
  readonly boundaries: number;
  readonly rounds: number;
}

/**
 * Runs in the page. Every boundary of every probe asked for is a "watcher"; watchers at the same
 * instant are sampled together. For each sample: seek a little before the boundary (a pre-roll that
 * changes from round to round), play, and record how far past the boundary the media was when each
 * panel showed it (a MutationObserver on its shadow root), and when the first `timeupdate` past it
 * fired. Rounds go on until every probe has `minSamples` or the boundaries run out.
 */
async function measureInPage({ probes, minSamples, guard }: { probes: ProbeId[]; minSamples: number; guard: number }) {
  const video = document.querySelector('video')!;
  const player = document.querySelector('dv-player')!;
  const snapshot = player.currentSnapshot!;
  type Watcher = { probe: ProbeId; boundary: number; root: Node; shown: () => boolean };
  const watchers: Watcher[] = [];
  const rootOf = (tag: string) => document.querySelector(tag)?.shadowRoot ?? undefined;
  const cardStarts = new Map<number, string>();
  for (const card of snapshot.episodeCards) if (card.start > 0 && !cardStarts.has(card.start)) cardStarts.set(card.start, card.key);
  for (const probe of probes) {
    if (probe === 'chapters') {
      const root = rootOf('dv-chapter-list');
      const buttons = [...(root?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
      for (const button of buttons) {
        const boundary = Number(button.dataset.start);
        if (root && boundary > 0) watchers.push({ probe, boundary, root, shown: () => button.hasAttribute('aria-current') });
      }
    } else if (probe === 'cards') {
      const root = rootOf('dv-context-cards');
      if (root) for (const [boundary, key] of cardStarts) watchers.push({ probe, boundary, root, shown: () => root.querySelector(`article[data-card="${CSS.escape(key)}"]`) !== null });
    } else if (probe === 'map') {
      const root = rootOf('dv-liberation-map');
      if (root) for (const [boundary, key] of cardStarts) watchers.push({ probe, boundary, root, shown: () => root.querySelector(`[data-card="${CSS.escape(key)}"][data-state="current"]`) !== null });
    } else if (probe === 'people') {
      const root = rootOf('dv-people-panel');
      if (root) {
        for (const appearance of snapshot.episodeAppearances) {
          if (appearance.start > 0) watchers.push({ probe, boundary: appearance.start, root, shown: () => root.querySelector(`.strip [data-person="${CSS.escape(appearance.id)}"]`) !== null });
        }
      }
    } else if (probe === 'transcript') {
      const root = rootOf('dv-transcript');
      // One line per start time: of lines starting together, the last in reading order is the current one.
      const byStart = new Map<number, HTMLElement>();
      for (const line of root?.querySelectorAll<HTMLElement>('button.line') ?? []) byStart.set(Number(line.dataset.start), line);
      if (root) for (const [boundary, line] of byStart) if (boundary > 0) watchers.push({ probe, boundary, root, shown: () => line.getAttribute('aria-current') === 'true' });
    } else {
      const box = player.querySelector<HTMLElement>('.video-js');
      const masked = () => (box?.getAttribute('data-dv-mask') ?? 'none') !== 'none';
      // The gate acts `guard` seconds before a stretch to blur; a stretch inside another's reach is already masked.
      if (box) for (const stretch of snapshot.stretches) if (stretch.start - guard > 0) watchers.push({ probe, boundary: stretch.start - guard, root: box, shown: masked });
    }
  }
  // Boundaries in a fixed but scattered order, so that a probe's samples spread over the episode.
  const groups = new Map<string, Watcher[]>();
  for (const watcher of watchers) {
    const key = watcher.boundary.toFixed(3);
    groups.set(key, [...(groups.get(key) ?? []), watcher]);
  }
  const scatter = (value: number) => Math.sin(value * 12.9898) * 43758.5453 - Math.floor(Math.sin(value * 12.9898) * 43758.5453);
  const order = [...groups.values()].sort((a, b) => scatter(a[0]!.boundary) - scatter(b[0]!.boundary));
  const results = new Map<ProbeId, { ours: number[]; polling: number[]; boundaries: number }>();
  for (const probe of probes) results.set(probe, { ours: [], polling: [], boundaries: new Set(watchers.filter((w) => w.probe === probe).map((w) => w.boundary)).size });
  const needs = (probe: ProbeId) => results.get(probe)!.ours.length < minSamples;
  video.muted = true;
  let round = 0;
  for (; round < 40 && probes.some(needs); round++) {
    let sampled = 0;
    const preroll = 0.08 + ((round * 0.029) % 0.12);
    for (const group of order) {
      const wanted = group.filter((watcher) => needs(watcher.probe));
      if (wanted.length === 0) continue;
      const boundary = group[0]!.boundary;
      const lags = await new Promise<{ seen: Map<Watcher, number>; polling: number } | undefined>((resolve) => {
        const seen = new Map<Watcher, number>();
        let pending: Watcher[] = [];
        let polling: number | undefined;
        const finish = () => {
          observer.disconnect();
          video.removeEventListener('timeupdate', onTimeUpdate);
          clearTimeout(giveUp);
          resolve(polling === undefined || seen.size === 0 ? undefined : { seen, polling });
        };
        const check = () => {
          for (const watcher of pending) if (!seen.has(watcher) && watcher.shown()) seen.set(watcher, video.currentTime - boundary);
          if (polling !== undefined && seen.size === pending.length) finish();
        };
        const observer = new MutationObserver(check);
        const onTimeUpdate = () => {
          if (polling === undefined && !video.seeking && video.currentTime >= boundary) {
            polling = video.currentTime - boundary;
            check();
          }
        };
        // A panel that never shows this boundary (a cue hidden by another) must not hang the bench.
        const giveUp = setTimeout(finish, 1000);
        player.playerRemote!.seek(Math.max(0, boundary - preroll), 'api');
        video.addEventListener(
          'seeked',
          () => {
            // Already shown before the boundary: not a boundary for that panel from here.
            pending = wanted.filter((watcher) => !watcher.shown());
            if (pending.length === 0) return finish();
            for (const root of new Set(pending.map((watcher) => watcher.root))) observer.observe(root, { subtree: true, childList: true, attributes: true });
            video.addEventListener('timeupdate', onTimeUpdate);
            void video.play();
          },
          { once: true },
        );
      });
      video.pause();
      if (!lags) continue;
      for (const [watcher, lag] of lags.seen) {
        const result = results.get(watcher.probe)!;
        result.ours.push(lag);
        result.polling.push(lags.polling);
        sampled++;
      }
    }
    if (sampled === 0) break;
  }
  return Object.fromEntries([...results].map(([probe, result]) => [probe, { ...result, rounds: round }]));
}

export async function measureCueSync(page: Page, probes: ProbeId[]): Promise<Record<string, ProbeResult>> {
  return page.evaluate(measureInPage, { probes, minSamples: MIN_SAMPLES, guard: GUARD_SECONDS });
}

export function reportCueSync(results: Record<string, ProbeResult>): void {
  for (const [probe, result] of Object.entries(results)) {
    const label = PROBE_LABELS[probe as ProbeId];
    heading(`Cue sync, ${label}: media time from a boundary to the panel showing it (lower is better)`);
    if (result.ours.length === 0) {
      judge(`cue sync, ${label}`, `nothing measured (${result.boundaries} boundaries)`, 'p95 ≤ 40 ms', false);
      continue;
    }
    const ours = result.ours.map((value) => value * 1000);
    const polling = result.polling.map((value) => value * 1000);
    console.log(`  ${result.boundaries} boundaries on the page, ${result.rounds} round(s) of pre-rolls`);
    console.log(`  ${row(probe === 'warning' ? 'gate (clock + native cue track)' : 'panel (snapshot on cuechange)', ours)}`);
    console.log(`  ${row('baseline: first timeupdate past it', polling)}`);
    const p95 = percentile(ours, 95);
    // A lag at or under 1 ms counts as 1 ms: the ratio of two tiny numbers says nothing.
    const factor = percentile(polling, 50) / Math.max(percentile(ours, 50), 1);
    const factor95 = percentile(polling, 95) / Math.max(p95, 1);
    console.log(`  → ${factor.toFixed(0)}× sooner at p50, ${factor95.toFixed(0)}× at p95; one frame at 25 fps is 40 ms`);
    judge(`cue sync, ${label}, p95 (n=${ours.length})`, `${p95.toFixed(1)} ms`, '≤ 40 ms', p95 <= TARGET_P95_SECONDS * 1000);
    judge(`cue sync, ${label}, vs timeupdate at p50`, `${factor.toFixed(1)}×`, `≥ ${TARGET_FACTOR}×`, factor >= TARGET_FACTOR);
  }
}
