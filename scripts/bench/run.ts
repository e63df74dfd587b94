// npm run bench — speed and size figures, each beside a baseline measured in the same run (or a
// labelled fixed reference), with its target and PASS/MISS, then a summary:
//  bundle.ts        initial JS and CSS, gzip, against video.js full and core
//  long-episode.ts  a generated 43-minute episode (and 10,000 subtitles): parse + index in Node;
//                   load and update times of the chapter list and transcript in the real app
//  cue-sync.ts      lag from a cue boundary to each panel (chapters, cards, people, map,
//                   transcript) and to the warning gate's mask, against a timeupdate listener
//  gate-seek.ts     frames shown before the mask on a seek into a stretch, against timeupdate
//  chapter-jump.ts  click on a chapter → its first frame presented, against currentTime = t
//  memory.ts        heap after 1,000 seeks and 50 mount/unmount cycles; leftover <video>/dv-player
//  lighthouse.ts    Lighthouse scores against a fixed reference
// BENCH_DIST (default dist) and BENCH_PORT (default 4180; Lighthouse's browser uses the next port)
// keep parallel runs apart; BENCH_ONLY=cue-sync,memory,… runs some jobs only (the build always runs).
import { benchBundle } from './bundle.ts';
import { measureChapterJump, reportChapterJump } from './chapter-jump.ts';
import { measureCueSync, reportCueSync } from './cue-sync.ts';
import { measureGateSeek, reportGateSeek } from './gate-seek.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchLongEpisodeInBrowser, benchParse, makeLongMedia } from './long-episode.ts';
import { benchMemory } from './memory.ts';
import { DIST, buildSite, launchBrowser, openApp, startPreview, stopPreview } from './server.ts';
import { printSummary } from './stats.ts';

const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const runs = (job: string) => !only || only.includes(job);
const started = Date.now();

await buildSite();
makeLongMedia(DIST);
if (runs('bundle')) benchBundle(DIST);
if (runs('parse')) benchParse();

const server = await startPreview();
try {
  const browser = await launchBrowser();
  try {
    if (runs('cue-sync') || runs('chapter-jump') || runs('gate-seek')) {
      // Warnings off: the gate leaves playback alone while the panels are measured.
      const page = await openApp(browser, { warnings: 'off' });
      // Panels are built when their tab first opens: open each measured one (the map left showing).
      for (const tab of ['people', 'transcript', 'map']) await page.click(`#dv-tab-${tab}`);
      await page.waitForFunction(() => (document.querySelector('dv-transcript')?.shadowRoot?.querySelectorAll('button.line').length ?? 0) > 0);
      await page.waitForFunction(() => document.querySelector('dv-liberation-map')?.shadowRoot?.querySelector('svg') !== null);
      const cueSync = runs('cue-sync') ? await measureCueSync(page, ['chapters', 'cards', 'people', 'map', 'transcript']) : undefined;
      const jump = runs('chapter-jump') ? await measureChapterJump(page) : undefined;
      const seekBaseline = runs('gate-seek') ? await measureGateSeek(page, 'timeupdate') : undefined;
      await page.close();
      // The viewer chose "blur": the gate masks the picture on its own, playback goes on.
      const blurPage = await openApp(browser, { warnings: 'blur' });
      const gateSync = runs('cue-sync') ? await measureCueSync(blurPage, ['warning']) : undefined;
      const seekGate = runs('gate-seek') ? await measureGateSeek(blurPage, 'gate') : undefined;
      await blurPage.close();
      if (cueSync && gateSync) reportCueSync({ ...cueSync, ...gateSync });
      if (seekGate && seekBaseline) reportGateSeek(seekGate, seekBaseline);
      if (jump) reportChapterJump(jump);
    }
    if (runs('long-episode')) await benchLongEpisodeInBrowser(browser);
    if (runs('memory')) await benchMemory(browser);
  } finally {
    await browser.close();
  }
  if (runs('lighthouse')) await benchLighthouse();
} finally {
  await stopPreview(server);
}
printSummary();
console.log(`\nBench done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
