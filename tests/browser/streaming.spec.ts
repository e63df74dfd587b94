import { expect, test, type Browser, type Page } from '@playwright/test';
import { bigPlayButton, mediaTime, waitForMedia } from './fixtures.ts';

// Episode 7 lists an HLS rendition first (public/media/episode-07/hls/, made by scripts/demo/hls.mjs),
// episode 6 files only. video.js's streaming engine (VHS) is a chunk of its own, fetched only where a
// source needs it (src/player/streaming.ts). Chromium has Media Source Extensions: VHS plays the HLS
// (even in a Chromium with an HLS player of its own, as Debian's 156 has).

const isStreamingChunk = (url: string) => /\/assets\/[^/]*http-streaming[^/]*\.js$/.test(url);
const isPlaylist = (url: string) => url.endsWith('/media/episode-07/hls/index.m3u8');
const isSegment = (url: string) => /\/media\/episode-07\/hls\/segment-\d+\.m4s$/.test(url);

/** A fresh context (nothing cached), recording every URL the page requests. */
async function openPage(browser: Browser, baseURL: string | undefined): Promise<{ page: Page; requests: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return { page, requests, close: () => context.close() };
}

const currentSrc = (page: Page) => page.evaluate(() => document.querySelector('video')?.currentSrc ?? '');

test('HLS plays through the streaming engine fetched on demand, and only where it is needed', async ({ browser, baseURL }) => {
  test.setTimeout(90_000); // two pages, one playing past 2 s, on a busy machine

  // HLS: the engine is fetched and plays the playlist through a MediaSource.
  const streamed = await openPage(browser, baseURL);
  await streamed.page.goto('/?episode=episode-07');
  await waitForMedia(streamed.page);
  await bigPlayButton(streamed.page).click();
  await expect.poll(() => mediaTime(streamed.page), { timeout: 20_000 }).toBeGreaterThan(2);
  expect(await currentSrc(streamed.page)).toMatch(/^blob:/); // a MediaSource: VHS, not a file
  expect(streamed.requests.filter(isStreamingChunk)).toHaveLength(1);
  expect(streamed.requests.some(isPlaylist)).toBe(true);
  expect(streamed.requests.filter(isSegment).length).toBeGreaterThanOrEqual(1);
  expect(streamed.requests.some((url) => /\/media\/episode-07\.(mp4|webm)$/.test(url))).toBe(false);
  await streamed.close();

  // Files only: no engine.
  const files = await openPage(browser, baseURL);
  await files.page.goto('/?episode=episode-06');
  await waitForMedia(files.page);
  expect(await currentSrc(files.page)).toMatch(/\/media\/episode-06\.(webm|mp4)$/);
  expect(files.requests.some((url) => url.includes('/assets/videojs-adapter'))).toBe(true); // the player's own chunk did load
  expect(files.requests.filter(isStreamingChunk)).toEqual([]);
  await files.close();
});
