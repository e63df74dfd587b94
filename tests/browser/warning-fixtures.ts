/**
 * Helpers for the content-warning path tests: a recorder installed before the page's own scripts
 * (every presented video frame, every change of the picture mask, every question and answer), the
 * check that no frame of an unaccepted stretch was shown unmasked, and small player actions.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { demoContext, rememberWarnings, waitForMedia } from './fixtures.ts';

export type EpisodeId = 'episode-06' | 'episode-07';

/** A stretch as the page's context track defines it. */
export interface DemoStretch {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** The warning's French text (the page's default language). */
  readonly text: string;
}

export function demoStretches(episode: EpisodeId): DemoStretch[] {
  return demoContext(`chapters/${episode}.context.vtt`)
    .warnings.map((warning) => ({
      key: warning.key,
      start: warning.start,
      end: warning.end,
      text: typeof warning.text === 'string' ? warning.text : warning.text.fr,
    }))
    .sort((a, b) => a.start - b.start);
}

/** One frame handed to the compositor, as `requestVideoFrameCallback` told it. */
export interface FrameRecord {
  readonly mediaTime: number;
  readonly presentationTime: number;
  readonly presentedFrames: number;
  /** When the callback ran (performance.now(), the clock of presentationTime). */
  readonly at: number;
  readonly mask: string;
  readonly visibility: string;
  readonly filter: string;
}

export interface MaskRecord {
  readonly value: string;
  readonly at: number;
  /** The media clock when the change was seen. */
  readonly time: number;
}

export interface ShowRecord {
  readonly id: string;
  readonly path: string;
  readonly at: number;
  readonly time: number;
  readonly paused: boolean;
  readonly readyState: number;
  readonly mask: string;
}

export interface ChoiceRecord {
  readonly id: string;
  readonly choice: string;
  readonly at: number;
  readonly time: number;
}

/** A reading of the media clock the gate also hears: `timeupdate`, or the player's native cue track. */
export interface ClockRecord {
  readonly kind: 'timeupdate' | 'cuechange';
  readonly at: number;
  readonly time: number;
}

export interface WatchLog {
  readonly frames: FrameRecord[];
  readonly clock: ClockRecord[];
  readonly masks: MaskRecord[];
  readonly shows: ShowRecord[];
  readonly choices: ChoiceRecord[];
  /** When the frame recorder was attached to the video element (undefined: not yet). */
  attachedAt: number | undefined;
  /** False when this browser has no requestVideoFrameCallback. */
  rvfc: boolean;
}

declare global {
  interface Window {
    dvWatch: WatchLog;
  }
}

/**
 * Installs the recorder in the page before any of its scripts: as soon as video.js has wrapped the
 * `<video>`, a requestVideoFrameCallback loop records each presented frame with the mask in force,
 * and a MutationObserver records each change of `data-dv-mask`. Questions and answers are recorded
 * from the player's `dv-warning-show` / `dv-warning-choice` events.
 */
export async function installWatch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: WatchLog = { frames: [], clock: [], masks: [], shows: [], choices: [], attachedAt: undefined, rvfc: 'requestVideoFrameCallback' in HTMLVideoElement.prototype };
    window.dvWatch = log;
    const media = () => document.querySelector<HTMLVideoElement>('div.video-js video');
    const maskOf = () => document.querySelector<HTMLElement>('div.video-js')?.dataset.dvMask ?? 'none';
    document.addEventListener(
      'dv-warning-show',
      (event) => {
        const video = media();
        const { stretch, path } = (event as CustomEvent<{ stretch: { id: string }; path: string }>).detail;
        log.shows.push({ id: stretch.id, path, at: performance.now(), time: video?.currentTime ?? Number.NaN, paused: video?.paused ?? true, readyState: video?.readyState ?? -1, mask: maskOf() });
      },
      true,
    );
    document.addEventListener(
      'dv-warning-choice',
      (event) => {
        const { stretch, choice } = (event as CustomEvent<{ stretch: { id: string }; choice: string }>).detail;
        log.choices.push({ id: stretch.id, choice, at: performance.now(), time: media()?.currentTime ?? Number.NaN });
      },
      true,
    );
    const attach = (video: HTMLVideoElement, root: HTMLElement) => {
      log.attachedAt = performance.now();
      const record = () => log.masks.push({ value: root.dataset.dvMask ?? 'none', at: performance.now(), time: video.currentTime });
      record();
      new MutationObserver(record).observe(root, {
        attributes: true,
        attributeFilter: ['data-dv-mask'],
      });
      video.addEventListener('timeupdate', () => log.clock.push({ kind: 'timeupdate', at: performance.now(), time: video.currentTime }));
      const watchTrack = (track: TextTrack) => {
        if (track.label === 'douze-vies-timeline') track.addEventListener('cuechange', () => log.clock.push({ kind: 'cuechange', at: performance.now(), time: video.currentTime }));
      };
      for (const track of Array.from(video.textTracks)) watchTrack(track);
      video.textTracks.addEventListener('addtrack', (event) => event.track && watchTrack(event.track));
      if (!log.rvfc) return;
      const onFrame: VideoFrameRequestCallback = (_now, frame) => {
        log.frames.push({
          mediaTime: frame.mediaTime,
          presentationTime: frame.presentationTime,
          presentedFrames: frame.presentedFrames,
          at: performance.now(),
          mask: root.dataset.dvMask ?? 'none',
          visibility: getComputedStyle(video).visibility,
          filter: video.style.filter,
        });
        video.requestVideoFrameCallback(onFrame);
      };
      video.requestVideoFrameCallback(onFrame);
    };
    const finder = new MutationObserver(() => {
      const video = media();
      const root = video?.closest<HTMLElement>('div.video-js');
      if (!video || !root) return;
      finder.disconnect();
      attach(video, root);
    });
    finder.observe(document, { childList: true, subtree: true });
  });
}

/** Stored choices (`warn`, advisory seen), the recorder, the page; resolves once media and stretches are known. */
export async function openEpisode(page: Page, episode: EpisodeId): Promise<DemoStretch[]> {
  await rememberWarnings(page, { mode: 'warn', advisorySeen: true });
  await installWatch(page);
  await page.goto(`/?episode=${episode}`);
  await waitForMedia(page);
  const stretches = demoStretches(episode);
  // The stretch marks are drawn once the context track is read and the duration known: the gate has its stretches.
  await expect(page.locator('.vjs-progress-holder .dv-stretch-mark')).toHaveCount(stretches.length);
  await expect.poll(() => page.evaluate(() => window.dvWatch.attachedAt !== undefined)).toBe(true);
  return stretches;
}

export function warningDialog(page: Page): Locator {
  return page.locator('dv-warning-dialog').getByRole('alertdialog');
}

export function choiceButton(page: Page, choice: 'skip' | 'blur' | 'continue' | 'never'): Locator {
  return warningDialog(page).locator(`button[data-choice="${choice}"]`);
}

/** Poll often: the questions come within milliseconds, and a test waits for many of them. */
export const QUICK = { intervals: [50, 100, 200] };

export function watchLog(page: Page): Promise<WatchLog> {
  return page.evaluate(() => window.dvWatch);
}

export async function showCount(page: Page): Promise<number> {
  return page.evaluate(() => window.dvWatch.shows.length);
}

/** Seeks through the player's remote, as a script of the host page would. */
export async function seekApi(page: Page, time: number): Promise<void> {
  await page.evaluate((to) => document.querySelector('dv-player')!.playerRemote!.seek(to, 'api'), time);
}

export async function playApi(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.play('api'));
}

export async function pauseApi(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.pause('api'));
  await expect.poll(() => page.evaluate(() => document.querySelector('video')!.paused), QUICK).toBe(true);
}

export function maskAttribute(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector<HTMLElement>('div.video-js')!.getAttribute('data-dv-mask'));
}

/**
 * Waits for the question about `stretch` (the newest `dv-warning-show` after `since` questions),
 * checks the dialog shows its text, the picture is covered and the media paused; returns the record.
 */
export async function expectAsked(page: Page, stretch: DemoStretch, since: number, path?: string): Promise<ShowRecord> {
  await expect
    .poll(() => page.evaluate((from) => window.dvWatch.shows.slice(from).map((show) => show.id), since), { ...QUICK, message: `asked about ${stretch.key}` })
    .toContain(stretch.key);
  const log = await watchLog(page);
  const show = log.shows.slice(since).find((record) => record.id === stretch.key)!;
  if (path) expect(show.path, `path of the question about ${stretch.key}`).toBe(path);
  await expect(warningDialog(page)).toBeVisible();
  await expect(warningDialog(page)).toContainText(stretch.text);
  expect(await maskAttribute(page)).toBe('cover');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('video')!).visibility)).toBe('hidden');
  await expect.poll(() => page.evaluate(() => document.querySelector('video')!.paused), QUICK).toBe(true);
  return show;
}

export interface FrameViolation {
  readonly stretch: string;
  /** Seconds from the frame to the stretch's end (a frame just before the end shows after a skip to the end). */
  readonly beforeEnd: number;
  readonly frame: FrameRecord;
  readonly maskAtPresentation: string;
  /** The mask changes around the frame, for the report. */
  readonly masksAround: string[];
}

/** The mask in force at `time`: the newest recorded change at or before it. */
function maskAt(masks: readonly MaskRecord[], time: number): string {
  let value = 'none';
  for (const record of masks) if (record.at <= time) value = record.value;
  return value;
}

function shownUnmasked(frame: FrameRecord): boolean {
  return frame.mask === 'none' || (frame.visibility !== 'hidden' && !frame.filter.includes('blur'));
}

/**
 * Every recorded frame whose media time lies inside a stretch the viewer had not accepted (answered
 * `continue` or `never`) by the time the frame was presented, and that was presented unmasked: by its
 * own record (mask, computed visibility, filter, read in its callback) or by the newest mask change
 * before its presentation time.
 */
export function unmaskedFrames(log: WatchLog, stretches: readonly DemoStretch[]): FrameViolation[] {
  const violations: FrameViolation[] = [];
  for (const frame of log.frames) {
    const stretch = stretches.find((item) => frame.mediaTime >= item.start && frame.mediaTime < item.end);
    if (!stretch) continue;
    const accepted = log.choices.some((choice) => choice.id === stretch.key && (choice.choice === 'continue' || choice.choice === 'never') && choice.at <= frame.presentationTime);
    if (accepted) continue;
    const maskAtPresentation = maskAt(log.masks, frame.presentationTime);
    // The frame's own record was taken when its callback ran: it speaks for the presented frame only
    // if the mask did not change in between.
    const ownRecordApplies = !log.masks.some((change) => change.at > frame.presentationTime && change.at <= frame.at);
    if ((ownRecordApplies && shownUnmasked(frame)) || maskAtPresentation === 'none') violations.push({
        stretch: stretch.key,
        beforeEnd: Number((stretch.end - frame.mediaTime).toFixed(3)),
        frame,
        maskAtPresentation,
        masksAround: log.masks
          .filter((change) => change.at > frame.presentationTime - 300 && change.at < frame.at + 300)
          .map((change) => `${change.value} at ${change.at.toFixed(1)} (media ${change.time.toFixed(3)})`),
      });
  }
  return violations;
}

/** The frame check: rVFC must be recording, and no unaccepted stretch's frame was shown unmasked. */
export async function expectNoUnmaskedFrames(page: Page, stretches: readonly DemoStretch[]): Promise<WatchLog> {
  const log = await watchLog(page);
  expect(log.rvfc, 'requestVideoFrameCallback is available').toBe(true);
  expect(log.frames.length, 'frames were recorded').toBeGreaterThan(0);
  expect(unmaskedFrames(log, stretches), 'frames of an unaccepted stretch presented unmasked').toEqual([]);
  return log;
}

/** The frames recorded inside `stretch` (to show a check was not vacuous). */
export function framesInside(log: WatchLog, stretch: DemoStretch): FrameRecord[] {
  return log.frames.filter((frame) => frame.mediaTime >= stretch.start && frame.mediaTime < stretch.end);
}

export function stretchByKey(stretches: readonly DemoStretch[], key: string): DemoStretch {
  const stretch = stretches.find((item) => item.key === key);
  if (!stretch) throw new Error(`no stretch ${key} in the demo context track`);
  return stretch;
}

/** Where a pointer must be on the progress bar for `time`. */
export async function progressPoint(page: Page, time: number): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.vjs-progress-holder').boundingBox())!;
  const duration = await page.evaluate(() => document.querySelector('video')!.duration);
  return { x: box.x + (box.width * time) / duration, y: box.y + box.height / 2 };
}

export function mediaState(page: Page): Promise<{ time: number; paused: boolean; muted: boolean; mask: string }> {
  return page.evaluate(() => {
    const video = document.querySelector('video')!;
    return { time: video.currentTime, paused: video.paused, muted: video.muted, mask: document.querySelector<HTMLElement>('div.video-js')!.dataset.dvMask ?? 'none' };
  });
}
