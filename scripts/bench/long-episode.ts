// A real-length episode, generated in memory: 43 minutes, 12 chapters, 700 subtitle cues, 120
// cards, 40 warnings, 60 person cues; and a 10,000-cue subtitle file to stress the transcript.
// Measured in Node (parse + index with the app's own modules) and in the browser (the real app
// loading it through page.route over the demo episode's URLs), against the demo episode.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { chaptersFromCues } from '../../src/content/chapters.ts';
import { contextFromCues } from '../../src/content/context-track.ts';
import { WARNING_CATEGORIES } from '../../src/content/cue-payloads.ts';
import { parseTextTrack } from '../../src/content/text-track.ts';
import { parseWebVtt } from '../../src/content/webvtt-file.ts';
import { EpisodeTimeline } from '../../src/timeline/episode-timeline.ts';
import { buildTranscript } from '../../src/transcript/transcript.ts';
import { openApp } from './server.ts';
import { heading, judge, median, ms, percentile, row } from './stats.ts';

const DURATION = 43 * 60;
const LOAD_TARGET_MS = 100;
const UPDATE_TARGET_MS = 16;
const EPISODE = 'episode-06';
/** The long episode's media: a plain 43-minute picture made with ffmpeg into the built site (not committed). */
export const LONG_MEDIA = 'media/bench-43min.webm';

export interface EpisodeFiles {
  readonly chapters: string;
  readonly context: string;
  readonly subtitles: string;
  readonly descriptions: string;
}

function timestamp(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = (seconds % 60).toFixed(3).padStart(6, '0');
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s}`;
}

function vtt(cues: readonly { id?: string; start: number; end: number; text: string }[]): string {
  return `WEBVTT\n\n${cues.map((cue) => `${cue.id ? `${cue.id}\n` : ''}${timestamp(cue.start)} --> ${timestamp(cue.end)}\n${cue.text}\n`).join('\n')}`;
}

const PEOPLE = ['jack-werner', 'rockie-blunt', 'richard-tregaskis', 'archie-sweeney', 'jimmie-kanaya', 'charles-scheffel', 'shelby-westbrook', 'robert-sherrod', 'bert-stiles', 'jack-yusen', 'june-wandrey', 'nolen-marbrey'];
const TOWNS = [
  { name: 'Bayeux', lat: 49.28, lon: -0.7 },
  { name: 'Caen', lat: 49.18, lon: -0.37 },
  { name: 'Rennes', lat: 48.11, lon: -1.68 },
  { name: 'Chartres', lat: 48.45, lon: 1.49 },
  { name: 'Paris', lat: 48.86, lon: 2.35 },
  { name: 'Troyes', lat: 48.3, lon: 4.08 },
  { name: 'Toulon', lat: 43.12, lon: 5.93 },
  { name: 'Lyon', lat: 45.76, lon: 4.84 },
];

/** Subtitles: `count` cues spread over the episode, two lines each. */
export function subtitleFile(count: number): string {
  const step = DURATION / count;
  return vtt(
    Array.from({ length: count }, (_, i) => ({
      start: i * step + 0.05,
      end: i * step + step * 0.9,
      text: `Réplique ${i + 1} : les troupes avancent vers le village suivant,\nmalgré la pluie et les routes coupées (${i % 7} km).`,
    })),
  );
}

/** The long episode's files, in the formats the app reads (see chapters/*.vtt and cue-payloads.ts). */
export function longEpisode(subtitleCues = 700): EpisodeFiles {
  const chapterStarts = Array.from({ length: 12 }, (_, i) => (i === 0 ? 0 : Math.round(((i * DURATION) / 12 + ((i * 37) % 60) - 30) * 10) / 10));
  const chapters = vtt(
    chapterStarts.map((start, i) => ({ id: `partie-${i + 1}`, start, end: chapterStarts[i + 1] ?? DURATION, text: `Partie ${i + 1} : de la côte à la ville ${i + 1}` })),
  );
  const cues: { id: string; start: number; end: number; text: string }[] = [];
  for (let i = 0; i < 120; i++) {
    const start = 5 + i * (DURATION / 120);
    const town = TOWNS[i % TOWNS.length]!;
    const card = {
      type: 'card',
      id: `carte-${i + 1}`,
      title: { fr: `Carte ${i + 1} : ${town.name}`, en: `Card ${i + 1}: ${town.name}` },
      date: `1944-${String(6 + (i % 4)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      places: [{ name: town.name, lat: town.lat, lon: town.lon }, ...(i % 3 === 0 ? [{ name: TOWNS[(i + 3) % TOWNS.length]!.name, lat: TOWNS[(i + 3) % TOWNS.length]!.lat, lon: TOWNS[(i + 3) % TOWNS.length]!.lon }] : [])],
      theatre: 'france',
      text: {
        fr: `Au cours de l'été 1944, les Alliés atteignent ${town.name}. Les habitants sortent dans les rues ; les combats continuent plus loin, vers l'est, pendant plusieurs semaines encore.`,
        en: `During the summer of 1944, the Allies reach ${town.name}. People come out into the streets; the fighting goes on further east for several more weeks.`,
      },
      sources: [
        { url: `https://example.org/archives/${i + 1}`, publisher: 'Archives départementales', kind: 'archives' },
        { url: `https://example.org/musee/${i + 1}`, publisher: 'Musée de la Libération', kind: 'museum' },
      ],
      ...(i % 4 === 0 ? { people: [PEOPLE[i % PEOPLE.length]!] } : {}),
    };
    cues.push({ id: card.id, start, end: start + 15, text: JSON.stringify(card) });
  }
  for (let i = 0; i < 40; i++) {
    const start = 30 + i * (DURATION / 40);
    const warning = { type: 'warning', id: `avertissement-${i + 1}`, categories: [WARNING_CATEGORIES[i % WARNING_CATEGORIES.length]!], text: { fr: `Images de combats (${i + 1}).`, en: `Combat footage (${i + 1}).` } };
    cues.push({ id: warning.id, start, end: start + 8 + (i % 5) * 3, text: JSON.stringify(warning) });
  }
  for (let i = 0; i < 60; i++) {
    const start = 12 + i * (DURATION / 60);
    cues.push({ id: `personne-${i + 1}`, start, end: start + 20, text: JSON.stringify({ type: 'person', id: PEOPLE[i % PEOPLE.length] }) });
  }
  cues.sort((a, b) => a.start - b.start);
  return { chapters, context: vtt(cues), subtitles: subtitleFile(subtitleCues), descriptions: 'WEBVTT\n' };
}

export function demoEpisode(): EpisodeFiles {
  return {
    chapters: readFileSync(`chapters/${EPISODE}.fr.vtt`, 'utf8'),
    context: readFileSync(`chapters/${EPISODE}.context.vtt`, 'utf8'),
    subtitles: readFileSync(`subtitles/${EPISODE}.fr.vtt`, 'utf8'),
    descriptions: readFileSync(`subtitles/${EPISODE}.descriptions.fr.vtt`, 'utf8'),
  };
}

/** Parses and indexes an episode's files with the app's modules, as dv-player and dv-transcript do. */
function parseAndIndex(files: EpisodeFiles) {
  const chapters = chaptersFromCues(parseWebVtt(files.chapters, 'chapters.vtt').cues, 'chapters.vtt');
  const context = contextFromCues(parseWebVtt(files.context, 'context.vtt').cues, 'context.vtt');
  const timeline = new EpisodeTimeline({ chapters: chapters.chapters, cards: context.cards, warnings: context.warnings, appearances: context.appearances });
  const boundaries = timeline.boundaries.length;
  const subtitles = parseTextTrack(files.subtitles, 'subtitles.vtt');
  const descriptions = parseTextTrack(files.descriptions, 'descriptions.vtt');
  const transcript = buildTranscript(subtitles.cues, descriptions.cues, chapters.chapters);
  const problems = [...chapters.problems, ...context.problems, ...subtitles.problems, ...descriptions.problems];
  return {
    counts: `${chapters.chapters.length} chapters, ${context.cards.length} cards, ${context.warnings.length} warnings, ${context.appearances.length} people cues, ${subtitles.cues.length} subtitles, ${transcript.lines.length} transcript lines, ${boundaries} spans`,
    problems,
  };
}

function timeParse(files: EpisodeFiles, runs = 7): { ms: number; counts: string; problems: number } {
  let last = parseAndIndex(files);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = parseAndIndex(files);
    times.push(performance.now() - t0);
  }
  return { ms: median(times), counts: last.counts, problems: last.problems.length };
}

export function benchParse(): void {
  heading('Long episode in Node: parse + index (parseWebVtt, chapters, context track, EpisodeTimeline, text tracks, transcript), median of 7 (of 2 with 10,000 subtitles)');
  const demo = timeParse(demoEpisode());
  const long = timeParse(longEpisode());
  const stress = timeParse(longEpisode(10_000), 2);
  console.log(`  baseline: demo ${EPISODE}   ${ms(demo.ms)}  (${demo.counts}; ${demo.problems} problems)`);
  console.log(`  43-minute episode         ${ms(long.ms)}  (${long.counts}; ${long.problems} problems)`);
  console.log(`  same, 10,000 subtitles    ${ms(stress.ms)}  (${stress.counts}; ${stress.problems} problems)`);
  judge('Node parse + index, 43-minute episode', `${long.ms.toFixed(1)} ms`, `< ${LOAD_TARGET_MS} ms`, long.ms < LOAD_TARGET_MS && long.problems === 0);
  judge('Node parse + index, 10,000 subtitles', `${stress.ms.toFixed(1)} ms`, `< ${LOAD_TARGET_MS} ms`, stress.ms < LOAD_TARGET_MS && stress.problems === 0);
}

/** The 43-minute picture, written into the built site so that vite preview serves it with ranges. */
export function makeLongMedia(dist: string): void {
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=0x303030:s=160x90:r=4', '-t', String(DURATION), '-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '8k', '-g', '40', `${dist}/${LONG_MEDIA}`]);
}

/** Serves `files` over the demo episode's URLs (and, for a long one, its media) so that the real app loads them. */
async function routeEpisode(page: Page, files: EpisodeFiles | undefined, chapterCount: number): Promise<void> {
  // Records when each content file's response reached the page, and the first frame showing the chapter list.
  await page.addInitScript((expected: number) => {
    const bench = { received: {} as Record<string, number>, chapters: undefined as number | undefined };
    Object.assign(window, { __bench: bench });
    const original = window.fetch;
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const response = await original(...args);
      bench.received[new URL(String(args[0] instanceof Request ? args[0].url : args[0]), location.href).pathname] = performance.now();
      return response;
    };
    const tick = () => {
      const shown = document.querySelector('dv-chapter-list')?.shadowRoot?.querySelectorAll('button[data-start]').length ?? 0;
      if (shown >= expected) bench.chapters = performance.now();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, chapterCount);
  if (!files) return;
  const text = (body: string) => ({ status: 200, contentType: 'text/vtt; charset=utf-8', body });
  await page.route(`**/chapters/${EPISODE}.fr.vtt`, (route) => route.fulfill(text(files.chapters)));
  await page.route(`**/chapters/${EPISODE}.context.vtt`, (route) => route.fulfill(text(files.context)));
  await page.route(`**/subtitles/${EPISODE}.fr.vtt`, (route) => route.fulfill(text(files.subtitles)));
  await page.route(`**/subtitles/${EPISODE}.descriptions.fr.vtt`, (route) => route.fulfill(text(files.descriptions)));
  await page.route('**/manifest.json', async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as { episodes: { id: string; sources?: unknown }[] };
    for (const episode of manifest.episodes) if (episode.id === EPISODE) episode.sources = [{ src: LONG_MEDIA, type: 'video/webm' }];
    await route.fulfill({ response, json: manifest });
  });
}

/** Runs in the page: the transcript's first render, then the page's work per seek (script, style and layout). */
async function measureInPage({ seeks, episode }: { seeks: number; episode: string }) {
  const bench = (window as unknown as { __bench: { received: Record<string, number>; chapters?: number } }).__bench;
  const longest = { value: 0 };
  const longTasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest.value = Math.max(longest.value, entry.duration);
  });
  longTasks.observe({ type: 'longtask' });
  const received = (path: string) => bench.received[path] ?? Number.NaN;
  // The chapter list is drawn as soon as its own file is read (it does not wait for the context track).
  const chapterLoad = (bench.chapters ?? Number.NaN) - received(`/chapters/${episode}.fr.vtt`);
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const rows = () => document.querySelector('dv-transcript')?.shadowRoot?.querySelectorAll('button.line').length ?? 0;
  const opened = performance.now();
  document.querySelector<HTMLButtonElement>('#dv-tab-transcript')!.click();
  while (rows() === 0 && performance.now() - opened < 20_000) await frame();
  const shown = performance.now();
  const transcriptLoad = shown - Math.max(received(`/subtitles/${episode}.fr.vtt`), received(`/subtitles/${episode}.descriptions.fr.vtt`));
  const openLongest = longest.value;
  await frame();
  await frame();
  const video = document.querySelector('video')!;
  const player = document.querySelector('dv-player')!;
  const transcript = document.querySelector('dv-transcript')!.shadowRoot!;
  const list = document.querySelector('dv-chapter-list')!.shadowRoot!;
  const afterTasks = () => new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
  const updates: number[] = [];
  let chapterChanges = 0;
  let lineChanges = 0;
  longest.value = 0;
  video.muted = true;
  for (let i = 0; i < seeks; i++) {
    const target = ((i * 0.618034) % 1) * (video.duration - 1);
    const chapterBefore = list.querySelector('[aria-current]');
    const lineBefore = transcript.querySelector('[aria-current]');
    const t0 = performance.now();
    player.playerRemote!.seek(target, 'api');
    await afterTasks(); // the snapshot published and every panel's update (microtasks) done
    document.body.getBoundingClientRect(); // style and layout of what changed
    updates.push(performance.now() - t0);
    if (list.querySelector('[aria-current]') !== chapterBefore) chapterChanges++;
    if (transcript.querySelector('[aria-current]') !== lineBefore) lineChanges++;
    await new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
    await frame();
  }
  longTasks.disconnect();
  return { chapterLoad, transcriptLoad, openMs: shown - opened, openLongest, lines: rows(), updates, chapterChanges, lineChanges, seekLongest: longest.value };
}

async function measureEpisode(browser: Browser, files: EpisodeFiles | undefined, chapterCount: number) {
  const page = await openApp(browser, { path: `/?episode=${EPISODE}`, before: (page) => routeEpisode(page, files, chapterCount) });
  try {
    return await page.evaluate(measureInPage, { seeks: 60, episode: EPISODE });
  } finally {
    await page.close();
  }
}

export async function benchLongEpisodeInBrowser(browser: Browser): Promise<void> {
  const demoChapters = chaptersFromCues(parseWebVtt(demoEpisode().chapters, 'x').cues, 'x').chapters.length;
  const demo = await measureEpisode(browser, undefined, demoChapters);
  const long = await measureEpisode(browser, longEpisode(), 12);
  const stress = await measureEpisode(browser, longEpisode(10_000), 12);
  heading('Long episode in the browser (the real app, files served through page.route over the demo URLs)');
  console.log('  load = from the files reaching the page (fetch resolved) to the first animation frame showing the panel filled');
  console.log('  update = one seek through the remote → snapshot, every mounted panel updated (chapter list, context cards, transcript), style + layout forced');
  for (const [label, result] of [[`baseline: demo ${EPISODE}`, demo], ['43 minutes, 700 subtitles', long], ['43 minutes, 10,000 subtitles', stress]] as const) {
    console.log(`  ${label}`);
    console.log(`    chapter list load ${ms(result.chapterLoad)}   transcript load ${ms(result.transcriptLoad)} (${result.lines} lines; tab click → shown ${result.openMs.toFixed(0)} ms, longest task ${result.openLongest.toFixed(0)} ms)`);
    console.log(`    ${row('update per seek', result.updates)}  (chapter changed ${result.chapterChanges}×, line ${result.lineChanges}×; longest task ${result.seekLongest.toFixed(0)} ms)`);
  }
  for (const [label, result] of [['43 min', long], ['10,000 subtitles', stress]] as const) {
    judge(`browser, ${label}: chapter list load`, `${result.chapterLoad.toFixed(1)} ms`, `< ${LOAD_TARGET_MS} ms`, result.chapterLoad < LOAD_TARGET_MS);
    judge(`browser, ${label}: transcript load`, `${result.transcriptLoad.toFixed(1)} ms`, `< ${LOAD_TARGET_MS} ms`, result.transcriptLoad < LOAD_TARGET_MS);
    const p95 = percentile(result.updates, 95);
    judge(`browser, ${label}: update per seek, p95`, `${p95.toFixed(1)} ms`, `< ${UPDATE_TARGET_MS} ms`, p95 < UPDATE_TARGET_MS);
  }
}
