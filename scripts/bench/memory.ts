// Memory: heap growth (after a forced garbage collection) over 1,000 seeks and over 50 mount and
// unmount cycles of a second dv-player, against the heap right after the page loaded; then the
// <video> and dv-player objects still alive, counted with CDP Runtime.queryObjects.
import type { Browser, CDPSession } from '@playwright/test';
import { openApp } from './server.ts';
import { heading, judge, mb } from './stats.ts';

const SEEKS = 1000;
const CYCLES = 50;
const TARGET_BYTES = 5 * 1024 * 1024;

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Live objects with the prototype `expression`: all of them, and those not in the document. */
async function liveObjects(cdp: CDPSession, expression: string): Promise<{ all: number; detached: number }> {
  const prototype = await cdp.send('Runtime.evaluate', { expression });
  const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.result.objectId! });
  const counted = await cdp.send('Runtime.callFunctionOn', {
    objectId: found.objects.objectId!,
    functionDeclaration: 'function () { return { all: this.length, detached: this.filter((node) => !node.isConnected).length }; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: found.objects.objectId! });
  await cdp.send('Runtime.releaseObject', { objectId: prototype.result.objectId! });
  return counted.result.value as { all: number; detached: number };
}

async function seekMany(count: number) {
  const video = document.querySelector('video')!;
  const player = document.querySelector('dv-player')!;
  video.muted = true;
  // One seek a frame (the panels update on each); every tenth waits for the media to get there.
  for (let i = 0; i < count; i++) {
    const settled = i % 10 === 9;
    const arrived = new Promise((resolve) => {
      if (settled) video.addEventListener('seeked', resolve, { once: true });
      else requestAnimationFrame(resolve);
      setTimeout(resolve, 1000);
    });
    player.playerRemote!.seek(((i * 0.618034) % 1) * (video.duration - 1), 'api');
    await arrived;
  }
}

/** A dv-player built as dv-app builds it, appended, left until its video has metadata, removed. */
async function mountMany(count: number) {
  const source = document.querySelector('dv-player')!;
  for (let i = 0; i < count; i++) {
    const player = document.createElement('dv-player');
    player.entry = source.entry;
    player.episodes = source.episodes;
    player.people = source.people;
    player.locale = source.locale;
    document.body.append(player);
    const started = performance.now();
    while ((player.querySelector('video')?.readyState ?? 0) < 1 && performance.now() - started < 5000) await new Promise((resolve) => setTimeout(resolve, 20));
    player.remove();
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}

export async function benchMemory(browser: Browser): Promise<void> {
  const page = await openApp(browser);
  try {
    const cdp = await page.context().newCDPSession(page);
    const videos = () => liveObjects(cdp, 'HTMLVideoElement.prototype');
    const players = () => liveObjects(cdp, "customElements.get('dv-player').prototype");
    const atLoad = await heapUsed(cdp);
    const videosAtLoad = await videos();
    const playersAtLoad = await players();
    const t0 = Date.now();
    await page.evaluate(seekMany, SEEKS);
    const seekSeconds = (Date.now() - t0) / 1000;
    const afterSeeks = await heapUsed(cdp);
    const t1 = Date.now();
    await page.evaluate(mountMany, CYCLES);
    const mountSeconds = (Date.now() - t1) / 1000;
    const afterMounts = await heapUsed(cdp);
    const videosLeft = await videos();
    const playersLeft = await players();
    heading('Memory (JS heap after a forced GC)');
    console.log(`  baseline: heap after load           ${mb(atLoad)}   <video> ${videosAtLoad.all} (${videosAtLoad.detached} detached), dv-player ${playersAtLoad.all} (${playersAtLoad.detached} detached)`);
    console.log(`  after ${SEEKS} seeks (${seekSeconds.toFixed(0)} s)          ${mb(afterSeeks)}   growth ${mb(afterSeeks - atLoad)}`);
    console.log(`  after ${CYCLES} mount/unmount cycles (${mountSeconds.toFixed(0)} s) ${mb(afterMounts)}   growth ${mb(afterMounts - afterSeeks)}; <video> ${videosLeft.all} (${videosLeft.detached} detached), dv-player ${playersLeft.all} (${playersLeft.detached} detached)`);
    judge(`heap growth after ${SEEKS} seeks`, mb(afterSeeks - atLoad), '< 5 MB', afterSeeks - atLoad < TARGET_BYTES);
    judge(`heap growth after ${CYCLES} mount/unmount cycles`, mb(afterMounts - afterSeeks), '< 5 MB', afterMounts - afterSeeks < TARGET_BYTES);
    const leftOver = videosLeft.detached - videosAtLoad.detached + (playersLeft.detached - playersAtLoad.detached);
    judge('detached <video> / dv-player left after unmounting', `${videosLeft.detached} <video>, ${playersLeft.detached} dv-player`, 'none left', leftOver <= 0);
  } finally {
    await page.close();
  }
}
