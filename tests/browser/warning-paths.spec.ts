/**
 * "Every path into a stretch meets the warning first, and until the viewer has chosen, no frame of
 * the stretch is visible." One test per path into a stretch (playing on, the progress bar, chapter
 * buttons, a card's jump, the keyboard, a deep link or resumed position, a script writing
 * `video.currentTime`), then one per answer. Each records every presented frame with
 * requestVideoFrameCallback and the mask in force (see warning-fixtures.ts) and checks that none
 * inside an unaccepted stretch was shown unmasked.
 */
import { expect, test, type Page } from '@playwright/test';
import { LEAD_SECONDS } from '../../src/warnings/warning-policy.ts';
import { bigPlayButton, chapterButtons, rememberWarnings } from './fixtures.ts';
import {
  choiceButton,
  demoStretches,
  expectAsked,
  expectNoUnmaskedFrames,
  framesInside,
  installWatch,
  mediaState,
  openEpisode,
  pauseApi,
  playApi,
  progressPoint,
  QUICK,
  seekApi,
  showCount,
  stretchByKey,
  warningDialog,
  watchLog,
  type DemoStretch,
  type EpisodeId,
} from './warning-fixtures.ts';

/** Waits until the media rests at or after `time` (a skip landed). */
async function expectLandedAtOrAfter(page: Page, time: number): Promise<void> {
  await expect.poll(async () => (await mediaState(page)).time, { ...QUICK, message: `media at or after ${time}` }).toBeGreaterThanOrEqual(time);
}

/** The focused element, looking through shadow roots. */
function focused(page: Page): Promise<{ tag: string; choice?: string; start?: string; inDialog: boolean; text: string } | undefined> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body) return undefined;
    return { tag: active.localName, choice: active.dataset.choice, start: active.dataset.start, inDialog: active.closest('dialog') !== null, text: active.textContent?.trim().slice(0, 40) ?? '' };
  });
}

test.describe('every path into a stretch meets the warning first', () => {
  test('playing into each stretch of episode 6 (rates 1 and 1.5): asked about 2 s ahead, paused before its start', async ({ page }) => {
    test.setTimeout(60_000); // seven stretches, each with a seek and a quarter of a second of playback
    const stretches = await openEpisode(page, 'episode-06');
    for (const [index, stretch] of stretches.entries()) {
      // Normal speed and the fastest rate offered (the lead scales; the player watches a cue at each).
      const rate = index % 2 === 0 ? 1 : 1.5;
      await page.evaluate((value) => (document.querySelector('video')!.playbackRate = value), rate);
      // A quarter of a second of playback before the question is due.
      const from = stretch.start - (LEAD_SECONDS + 0.25) * rate;
      let since = await showCount(page);
      await seekApi(page, from);
      // Back to back: the run-up lies in the stretch before it; watch that one to get there by playing.
      const previous = stretches.find((other) => other !== stretch && from >= other.start && from < other.end);
      if (previous) {
        await expectAsked(page, previous, since, 'api');
        since = await showCount(page);
        await choiceButton(page, 'continue').click();
        await expect.poll(async () => (await watchLog(page)).choices.at(-1), QUICK).toMatchObject({ id: previous.key, choice: 'continue' });
      }
      await playApi(page);
      const show = await expectAsked(page, stretch, since);
      // Asked while playing on, or by the play request itself when the rate just changed (the gate
      // hears a new rate through the media's ratechange event, a task later).
      expect(['playback', 'api'], `path of the question about ${stretch.key}`).toContain(show.path);
      expect(show.paused, `${stretch.key}: paused when asked`).toBe(true);
      expect(show.time, `${stretch.key}: asked before its start`).toBeLessThan(stretch.start);
      // "About 2 s" ahead, never earlier. How much later depends on when a busy machine runs the page
      // at all (a stalled main thread hears no clock), so only "before the start" is checked here.
      const lead = (stretch.start - show.time) / rate;
      const heard = (await watchLog(page)).clock
        .filter((reading) => reading.at <= show.at + 50 && reading.at > show.at - 1500)
        .map((reading) => `${reading.kind} ${Math.round(show.at - reading.at)} ms before, media ${reading.time.toFixed(2)}`);
      const leadMessage = `${stretch.key} at rate ${rate}: seconds of playback left when asked (clock readings around the question: ${heard.join('; ')})`;
      expect.soft(lead, leadMessage).toBeGreaterThan(0);
      expect.soft(lead, leadMessage).toBeLessThanOrEqual(LEAD_SECONDS + 0.05);
      const now = await mediaState(page);
      expect(now.paused).toBe(true);
      expect(now.time).toBeLessThan(stretch.start);
      await page.keyboard.press('Escape');
    }
    await expectNoUnmaskedFrames(page, stretches);
  });

  test('dragging the progress bar into a stretch: the dialog opens, the picture is covered', async ({ page }) => {
    const stretches = await openEpisode(page, 'episode-06');
    const tulle = stretchByKey(stretches, 'avertissement-tulle');
    await bigPlayButton(page).click();
    await expect.poll(async () => (await mediaState(page)).paused, QUICK).toBe(false);
    await page.locator('.video-js').hover();
    await expect(page.locator('.vjs-progress-holder')).toBeVisible();
    const since = await showCount(page);
    const from = await progressPoint(page, tulle.start - 10);
    const to = await progressPoint(page, tulle.start + 6);
    // While playing, video.js lets clicks through its control bar only when the viewer is active:
    // move the mouse until it says so (a busy machine can let its inactivity timer run out).
    await expect(async () => {
      await page.mouse.move(from.x, from.y - 2);
      await page.mouse.move(from.x, from.y);
      await expect(page.locator('.video-js')).toHaveClass(/vjs-user-active/, { timeout: 500 });
    }).toPass({ timeout: 10_000 });
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await expectAsked(page, tulle, since);
    const now = await mediaState(page);
    expect(now.mask).toBe('cover');
    expect(now.paused).toBe(true);
    // Still covered a moment later, whatever video.js does after the drag (it resumes a scrubbed player).
    await expect.poll(async () => framesInside(await watchLog(page), tulle).length, { ...QUICK, message: 'a frame of the stretch was presented' }).toBeGreaterThan(0);
    expect((await mediaState(page)).mask).toBe('cover');
    await expectNoUnmaskedFrames(page, stretches);
  });

  test('chapter buttons: a chapter starting inside a stretch, then previous / next chapter', async ({ page }) => {
    const stretches = await openEpisode(page, 'episode-07');
    const kamikaze = stretchByKey(stretches, 'kamikaze-strikes');
    const chapter = chapterButtons(page).nth(2);
    await expect(chapter).toHaveAttribute('data-start', String(kamikaze.start));
    await expect(chapter).toHaveAttribute('data-sensitive', '');

    let since = await showCount(page);
    await chapter.click();
    await expectAsked(page, kamikaze, since, 'chapter-list');
    await page.keyboard.press('Escape');
    await expectLandedAtOrAfter(page, kamikaze.end);
    await expect(warningDialog(page)).toBeHidden();
    // The chapter list asked to play: held for the question, honoured after it.
    await expect.poll(async () => (await mediaState(page)).paused, QUICK).toBe(false);

    // Just after the stretch, "previous chapter" goes back to the chapter that starts inside it.
    await pauseApi(page);
    since = await showCount(page);
    await page.getByRole('button', { name: 'Chapitre précédent' }).click();
    await expectAsked(page, kamikaze, since, 'chapter-nav');
    await page.keyboard.press('Escape');
    await expectLandedAtOrAfter(page, kamikaze.end);

    // Early in the chapter before it, outside any stretch: "next chapter" leads into the stretch.
    const before = Number(await chapterButtons(page).nth(1).getAttribute('data-start')) + 4;
    expect(stretches.some((other) => other.start <= before && before < other.end), `${before} s is outside every stretch`).toBe(false);
    await seekApi(page, before);
    await expect.poll(async () => (await mediaState(page)).time, QUICK).toBeLessThan(kamikaze.start);
    since = await showCount(page);
    await page.getByRole('button', { name: 'Chapitre suivant' }).click();
    await expectAsked(page, kamikaze, since, 'chapter-nav');
    await expectNoUnmaskedFrames(page, stretches);
  });

  test("a card's or profile's jump (dv-seek-request, trigger card) into stretches", async ({ page }) => {
    const stretches = await openEpisode(page, 'episode-06');
    for (const key of ['avertissement-caen', 'avertissement-oradour', 'avertissement-montelimar']) {
      const stretch = stretchByKey(stretches, key);
      const since = await showCount(page);
      await page.evaluate((time) => {
        document
          .querySelector('dv-context-cards')!
          .dispatchEvent(new CustomEvent('dv-seek-request', { detail: { time, trigger: 'card' }, bubbles: true, composed: true }));
      }, (stretch.start + stretch.end) / 2);
      await expectAsked(page, stretch, since, 'card');
      await expect.poll(async () => framesInside(await watchLog(page), stretch).length, { ...QUICK, message: `a frame of ${key} was presented` }).toBeGreaterThan(0);
      await choiceButton(page, 'skip').click();
      await expectLandedAtOrAfter(page, stretch.end);
    }
    await expectNoUnmaskedFrames(page, stretches);
  });

  test('the keyboard on the seek bar: ArrowRight, a digit, PageUp, ArrowLeft into stretches', async ({ page }) => {
    const stretches = await openEpisode(page, 'episode-06');
    const holder = page.locator('.vjs-progress-holder');
    await expect(holder).toHaveAttribute('role', 'slider');
    // video.js shows its control bar (and lets the seek bar take focus) once playback has started.
    await bigPlayButton(page).click();
    await expect.poll(async () => (await mediaState(page)).paused, QUICK).toBe(false);
    await pauseApi(page);
    const duration = await page.evaluate(() => document.querySelector('video')!.duration);
    // Each press starts outside any stretch and lands inside one (times follow the demo content).
    const at = (key: string) => stretchByKey(stretches, key);
    const tenth = duration * 0.1;
    const underTenth = stretches.find((stretch) => stretch.start <= tenth && tenth < stretch.end);
    expect(underTenth, '10 % of the duration falls in a stretch').toBeDefined();
    const presses: { from: number; key: string; into: string }[] = [
      { from: at('avertissement-tulle').start - 3, key: 'ArrowRight', into: 'avertissement-tulle' }, // +5 s
      { from: 5, key: '1', into: underTenth!.key }, // 10 % of the duration
      { from: at('avertissement-montelimar').start - 50, key: 'PageUp', into: 'avertissement-montelimar' }, // +60 s
      { from: at('avertissement-bocage').end + 2, key: 'ArrowLeft', into: 'avertissement-bocage' }, // -5 s
    ];
    for (const press of presses) {
      const stretch = stretchByKey(stretches, press.into);
      expect(stretches.some((other) => other.start <= press.from && press.from < other.end), `${press.from} s is outside every stretch`).toBe(false);
      await seekApi(page, press.from);
      await expect.poll(async () => (await mediaState(page)).time, QUICK).toBeCloseTo(press.from, 1);
      await holder.focus();
      await expect(holder).toBeFocused();
      const since = await showCount(page);
      await page.keyboard.press(press.key);
      await expectAsked(page, stretch, since);
      expect((await focused(page))?.choice, 'focus moved to the dialog').toBe('skip');
      await page.keyboard.press('Escape');
      await expectLandedAtOrAfter(page, stretch.end);
      // Back to back: the next stretch is asked at once; skip it too.
      if (stretches.some((other) => other.start === stretch.end)) await page.keyboard.press('Escape');
      await expect(warningDialog(page)).toBeHidden();
    }
    await expectNoUnmaskedFrames(page, stretches);
  });

  /**
   * A request dispatched by an init script as soon as `dv-player` has its remote: before the media's
   * metadata (and the episode's context track) have loaded.
   */
  async function openWithEarlyRequest(page: Page, episode: EpisodeId, time: number, trigger: 'deep-link' | 'resume'): Promise<void> {
    await rememberWarnings(page, { mode: 'warn', advisorySeen: true });
    await installWatch(page);
    await page.addInitScript(
      ({ time, trigger }) => {
        const record = window as unknown as { dvEarly?: { readyState: number } };
        const timer = setInterval(() => {
          const player = document.querySelector('dv-player');
          if (!player?.playerRemote) return;
          clearInterval(timer);
          record.dvEarly = { readyState: document.querySelector('video')?.readyState ?? -1 };
          player.dispatchEvent(new CustomEvent('dv-seek-request', { detail: { time, trigger }, bubbles: true, composed: true }));
        }, 1);
      },
      { time, trigger },
    );
    await page.goto(`/?episode=${episode}`, { waitUntil: 'commit' });
  }

  async function expectEarlyRequestMasked(page: Page, stretches: readonly DemoStretch[], stretch: DemoStretch, trigger: string): Promise<void> {
    await expect.poll(() => page.evaluate(() => (window as unknown as { dvEarly?: unknown }).dvEarly !== undefined), QUICK).toBe(true);
    const early = await page.evaluate(() => (window as unknown as { dvEarly: { readyState: number } }).dvEarly);
    expect(early.readyState, 'the request was sent before the media had metadata').toBe(0);
    await expectAsked(page, stretch, 0);
    await expect.poll(async () => (await mediaState(page)).time, QUICK).toBeGreaterThanOrEqual(stretch.start);
    await expect.poll(async () => framesInside(await watchLog(page), stretch).length, { ...QUICK, message: 'a frame of the stretch was presented' }).toBeGreaterThan(0);
    const log = await expectNoUnmaskedFrames(page, stretches);
    const first = log.frames[0]!;
    const firstMask = log.masks.filter((change) => change.at <= first.presentationTime).at(-1)?.value ?? 'none';
    expect.soft({ first, maskAtPresentation: firstMask }, 'the first presented frame is masked').toMatchObject({ first: { mask: 'cover', visibility: 'hidden' }, maskAtPresentation: 'cover' });
    expect.soft(log.shows.map((show) => `${show.id}:${show.path}`), 'asked once, with the request trigger as path').toEqual([`${stretch.key}:${trigger}`]);
  }

  test('a deep link into a stretch, requested before the media has loaded: asked, first frame masked', async ({ page }) => {
    const stretches = demoStretches('episode-07');
    const stiles = stretchByKey(stretches, 'stiles-killed');
    await openWithEarlyRequest(page, 'episode-07', stiles.start + 5, 'deep-link');
    await expectEarlyRequestMasked(page, stretches, stiles, 'deep-link');
  });

  test('a resumed position in a stretch, requested before the media has loaded, context track slower than the media', async ({ page }) => {
    const stretches = demoStretches('episode-06');
    const caen = stretchByKey(stretches, 'avertissement-caen');
    // A slow network: the context track (the stretches) arrives after the media could show the resumed
    // position. Held until a frame of the stretch has been presented, 5 s at most.
    await page.route('**/chapters/episode-06.context.vtt', async (route) => {
      const response = await route.fetch();
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline) {
        const shown = await page
          .evaluate(({ start, end }) => window.dvWatch?.frames.some((frame) => frame.mediaTime >= start && frame.mediaTime < end) ?? false, caen)
          .catch(() => false);
        if (shown) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await route.fulfill({ response });
    });
    await openWithEarlyRequest(page, 'episode-06', caen.start + 7, 'resume');
    await expectEarlyRequestMasked(page, stretches, caen, 'resume');
  });

  for (const episode of ['episode-06', 'episode-07'] as const) {
    test(`a script writing video.currentTime into every stretch of ${episode}: covered at once, asked, skip lands after`, async ({ page }) => {
      const stretches = await openEpisode(page, episode);
      for (const [index, stretch] of stretches.entries()) {
        // After a skip into a stretch right behind, that one is already asked about: leave it first
        // (to a second of the media far from any stretch), so each write starts unmasked.
        if ((await mediaState(page)).mask !== 'none') {
          await page.evaluate(() => (document.querySelector('video')!.currentTime = 1));
          await expect(warningDialog(page)).toBeHidden();
        }
        // Unmasked once a frame outside any stretch is on screen.
        await expect.poll(async () => (await mediaState(page)).mask, QUICK).toBe('none');
        const since = await showCount(page);
        const now = await page.evaluate((time) => {
          const video = document.querySelector('video')!;
          video.currentTime = time;
          return { mask: document.querySelector<HTMLElement>('div.video-js')!.dataset.dvMask, visibility: video.style.visibility };
        }, stretch.start + 0.05);
        expect(now, `${stretch.key}: masked synchronously by the write`).toEqual({ mask: 'cover', visibility: 'hidden' });
        await expectAsked(page, stretch, since, 'media');
        await expect.poll(async () => framesInside(await watchLog(page), stretch).length, { ...QUICK, message: `a frame of ${stretch.key} was presented` }).toBeGreaterThan(0);
        if (index % 2 === 0) await choiceButton(page, 'skip').click();
        else await page.keyboard.press('Escape');
        await expectLandedAtOrAfter(page, stretch.end);
      }
      await expect(warningDialog(page)).toBeHidden();
      await expectNoUnmaskedFrames(page, stretches);
    });
  }
});

test.describe('the viewer’s answers', () => {
  test('skip lands at the stretch end, and a stretch right after is asked about at once', async ({ page }) => {
    const stretches = await openEpisode(page, 'episode-06');
    const caen = stretchByKey(stretches, 'avertissement-caen');
    const bocage = stretchByKey(stretches, 'avertissement-bocage');
    expect(bocage.start).toBe(caen.end);
    await seekApi(page, caen.start - LEAD_SECONDS - 1);
    const since = await showCount(page);
    await playApi(page);
    await expectAsked(page, caen, since, 'playback');
    await choiceButton(page, 'skip').click();
    const afterSkip = await expectAsked(page, bocage, since);
    expect(afterSkip.time).toBeGreaterThanOrEqual(caen.end);
    const log = await watchLog(page);
    const skipped = log.choices.find((choice) => choice.id === caen.key)!;
    expect(skipped.choice).toBe('skip');
    expect(afterSkip.at - skipped.at, 'ms between skipping and the next question').toBeLessThan(500);
    expect((await mediaState(page)).time).toBeLessThan(caen.end + 0.5);
    await choiceButton(page, 'skip').click();
    await expectLandedAtOrAfter(page, bocage.end);
    await expect(warningDialog(page)).toBeHidden();
    // Playback was held for the questions, and goes on after them.
    await expect.poll(async () => (await mediaState(page)).paused, QUICK).toBe(false);
    await expectNoUnmaskedFrames(page, stretches);
  });

  test('blur plays on blurred and muted with the badge, and unmasks after the stretch', async ({ page }) => {
    const stretches = await openEpisode(page, 'episode-06');
    const stretch = stretchByKey(stretches, 'avertissement-montelimar');
    await seekApi(page, stretch.start - LEAD_SECONDS - 1);
    const since = await showCount(page);
    await playApi(page);
    await expectAsked(page, stretch, since, 'playback');
    await choiceButton(page, 'blur').click();
    await expect(warningDialog(page)).toBeHidden();
    await expect.poll(async () => (await mediaState(page)).time, { ...QUICK, timeout: 15_000 }).toBeGreaterThan(stretch.start + 0.3);
    const inside = await page.evaluate(() => {
      const video = document.querySelector('video')!;
      return { mask: document.querySelector<HTMLElement>('div.video-js')!.dataset.dvMask, filter: video.style.filter, muted: video.muted, paused: video.paused };
    });
    expect(inside).toMatchObject({ mask: 'blur', muted: true, paused: false });
    expect(inside.filter).toContain('blur(');
    await expect(page.locator('.video-js .dv-blur-badge')).toBeVisible();
    // On to the last second of the stretch, and play out of it.
    await seekApi(page, stretch.end - 1);
    await expect.poll(async () => (await mediaState(page)).time, { ...QUICK, timeout: 15_000 }).toBeGreaterThanOrEqual(stretch.end);
    await expect.poll(async () => (await mediaState(page)).mask, QUICK).toBe('none');
    const after = await mediaState(page);
    expect(after.muted).toBe(false);
    expect(after.paused).toBe(false);
    await expect(page.locator('.video-js .dv-blur-badge')).toHaveCount(0);
    const log = await expectNoUnmaskedFrames(page, stretches);
    const unmasked = log.masks.filter((change) => change.value === 'none' && change.time > stretch.start);
    expect(unmasked.length).toBeGreaterThan(0);
    expect(unmasked[0]!.time, 'unmasked only after the stretch end').toBeGreaterThanOrEqual(stretch.end);
    expect(framesInside(log, stretch).some((frame) => frame.mask === 'blur' && frame.filter.includes('blur('))).toBe(true);
  });

  test('continue plays on unmasked with the dialog gone', async ({ page }) => {
    const stretches = await openEpisode(page, 'episode-07');
    const stretch = stretchByKey(stretches, 'scheffel-wounded');
    await seekApi(page, stretch.start - LEAD_SECONDS - 1);
    const since = await showCount(page);
    await playApi(page);
    await expectAsked(page, stretch, since, 'playback');
    await choiceButton(page, 'continue').click();
    await expect(warningDialog(page)).toBeHidden();
    await expect.poll(async () => (await mediaState(page)).time, { ...QUICK, timeout: 15_000 }).toBeGreaterThan(stretch.start + 0.2);
    const inside = await page.evaluate(() => {
      const video = document.querySelector('video')!;
      return { mask: document.querySelector<HTMLElement>('div.video-js')!.dataset.dvMask, visibility: getComputedStyle(video).visibility, filter: video.style.filter, muted: video.muted, paused: video.paused };
    });
    expect(inside).toEqual({ mask: 'none', visibility: 'visible', filter: '', muted: false, paused: false });
    await expect(page.locator('.video-js .dv-blur-badge')).toHaveCount(0);
    const log = await expectNoUnmaskedFrames(page, stretches);
    expect(framesInside(log, stretch).some((frame) => frame.mask === 'none' && frame.visibility === 'visible'), 'the stretch is shown').toBe(true);
  });

  test('Escape skips; focus starts on skip, Tab stays in the dialog, and returns to the chapter button', async ({ page }) => {
    const stretches = await openEpisode(page, 'episode-07');
    const kamikaze = stretchByKey(stretches, 'kamikaze-strikes');
    const chapter = chapterButtons(page).nth(2);
    const since = await showCount(page);
    await chapter.click();
    await expectAsked(page, kamikaze, since, 'chapter-list');
    expect((await focused(page))?.choice, 'first focus').toBe('skip');
    const order = ['skip', 'blur', 'continue', 'never'];
    for (const choice of order.slice(1)) {
      await page.keyboard.press('Tab');
      expect((await focused(page))?.choice, 'Tab moves through the dialog').toBe(choice);
    }
    // Past the last button focus may rest on the browser itself, never on the page behind the dialog.
    const wrap: (string | undefined)[] = [];
    for (let press = 0; press < 2 && wrap.at(-1) !== 'skip'; press++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      expect(now === undefined || now.inDialog, `focus outside the dialog: ${JSON.stringify(now)}`).toBe(true);
      wrap.push(now?.choice);
    }
    expect(wrap.at(-1), 'Tab comes back to the first button').toBe('skip');
    await page.keyboard.press('Shift+Tab');
    const back = await focused(page);
    expect(back === undefined || back.inDialog, `Shift+Tab left the dialog: ${JSON.stringify(back)}`).toBe(true);
    await choiceButton(page, 'skip').focus();
    await page.keyboard.press('Escape');
    await expect(warningDialog(page)).toBeHidden();
    await expectLandedAtOrAfter(page, kamikaze.end);
    expect((await watchLog(page)).choices.map((choice) => `${choice.id}:${choice.choice}`)).toEqual([`${kamikaze.key}:skip`]);
    await expect.poll(async () => (await focused(page))?.start, { ...QUICK, message: 'focus back on the chapter button' }).toBe(String(kamikaze.start));
    await expectNoUnmaskedFrames(page, stretches);
  });
});
