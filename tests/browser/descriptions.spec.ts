/**
 * Audio description (WCAG 2.2 SC 1.2.5, technique H96): turned on with the player's toggle, each
 * description cue is spoken with the Web Speech API in the interface language; a description that
 * outlasts its cue pauses the video until it has been spoken, then playback resumes. Where the
 * browser has no speech synthesis, the toggle still works, a message says so and the text is shown.
 *
 * `speechSynthesis` and `SpeechSynthesisUtterance` are stubbed before the page loads: the stub
 * records every speak and cancel, and an utterance ends only when the test says so.
 */
import { expect, test, type Page } from '@playwright/test';
import { parseDescriptionTrack } from '../../src/content/description-track.ts';
import { isPaused, mediaTime, readProjectFile, rememberWarnings, waitForMedia } from './fixtures.ts';

const QUICK = { timeout: 8_000 };

function descriptionCues(file: string) {
  return parseDescriptionTrack(readProjectFile(file), file).cues;
}

interface SpeechLog {
  spoken: { text: string; lang: string }[];
  cancels: number;
  unfinished: number;
}

declare global {
  interface Window {
    __speech: SpeechLog;
    /** Ends the utterance being spoken (as the engine would when it has said it); returns its text. */
    __endSpeech(): string | undefined;
  }
}

/** Replaces the browser's speech synthesis by a recorder whose utterances end on demand. */
async function stubSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Handler = ((event: { error?: string }) => void) | null;
    class FakeUtterance {
      lang = '';
      voice = null;
      rate = 1;
      pitch = 1;
      volume = 1;
      onstart: Handler = null;
      onend: Handler = null;
      onerror: Handler = null;
      constructor(readonly text: string) {}
    }
    const queue: FakeUtterance[] = [];
    const log: SpeechLog = { spoken: [], cancels: 0, unfinished: 0 };
    const synth = {
      get speaking() {
        return queue.length > 0;
      },
      pending: false,
      paused: false,
      speak(utterance: FakeUtterance) {
        log.spoken.push({ text: utterance.text, lang: utterance.lang });
        queue.push(utterance);
        log.unfinished = queue.length;
        setTimeout(() => utterance.onstart?.({}), 0);
      },
      cancel() {
        log.cancels++;
        for (const utterance of queue.splice(0)) utterance.onerror?.({ error: 'interrupted' });
        log.unfinished = 0;
      },
      pause() {},
      resume() {},
      getVoices: () => [],
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: FakeUtterance });
    window.__speech = log;
    window.__endSpeech = () => {
      const utterance = queue.shift();
      log.unfinished = queue.length;
      utterance?.onend?.({});
      return utterance?.text;
    };
  });
}

function speechLog(page: Page): Promise<SpeechLog> {
  return page.evaluate(() => structuredClone(window.__speech));
}

function remoteLog(page: Page): Promise<{ kind: string; trigger: string }[]> {
  return page.evaluate(() => (document.querySelector('dv-player')?.playerRemote?.log ?? []).map(({ kind, trigger }) => ({ kind, trigger })));
}

test('descriptions: spoken in the interface language, the video waits for a long one; without speech synthesis, shown as text', async ({ page, context }) => {
  test.setTimeout(60_000); // two pages, a stretch of real playback and reloads: about 20 s, twice that on a busy machine
  const french = descriptionCues('subtitles/episode-06.descriptions.fr.vtt');
  const opening = french[0]!;
  const bayeux = french.find((cue) => cue.key === 'bayeux')!;

  // A browser without speech synthesis, in English: opened now, looked at last.
  const bare = await context.newPage();
  await rememberWarnings(bare, { mode: 'off' });
  await bare.addInitScript(() => {
    Reflect.deleteProperty(window, 'speechSynthesis');
    Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
  });
  const bareOpened = bare.goto('/?episode=episode-06&lang=en');

  await rememberWarnings(page, { mode: 'off' });
  await stubSpeech(page);
  await page.goto('/?episode=episode-06&lang=fr');
  await waitForMedia(page);

  // Turned on at 0:00, the opening card is described at once, in French.
  // A check mark drawn before a pressed toggle's label may add to its name: the state is aria-pressed.
  const toggle = page.getByRole('button', { name: /^(?:✓\s*)?Audiodescription$/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await speechLog(page)).spoken, QUICK).toEqual([{ text: opening.text, lang: 'fr-FR' }]);
  await expect(page.locator('dv-player').getByText(opening.text)).toBeVisible();
  await page.evaluate(() => window.__endSpeech());

  // Play into the Bayeux card: its description is spoken where the card appears…
  await page.evaluate((time) => {
    const remote = document.querySelector('dv-player')!.playerRemote!;
    remote.seek(time, 'api');
    remote.play('api');
  }, bayeux.start - 0.6);
  await expect.poll(async () => (await speechLog(page)).spoken.at(-1), QUICK).toEqual({ text: bayeux.text, lang: 'fr-FR' });

  // …and, still unfinished at the cue's end (the narration's first word), the video waits for it.
  await expect.poll(() => isPaused(page), QUICK).toBe(true);
  const heldAt = await mediaTime(page);
  expect(heldAt).toBeGreaterThanOrEqual(bayeux.end - 0.01);
  // A few ms late on an idle machine (the cue end reaches the page through the native cue track);
  // slack for a busy one, whose main thread may hear it late while the media plays on.
  expect(heldAt).toBeLessThan(bayeux.end + 1.5);
  await page.waitForTimeout(500);
  expect(await isPaused(page)).toBe(true);
  expect(await mediaTime(page)).toBeCloseTo(heldAt, 2);
  expect((await speechLog(page)).unfinished).toBe(1);

  // Once it has been said, playback resumes by itself.
  expect(await page.evaluate(() => window.__endSpeech())).toBe(bayeux.text);
  await expect.poll(() => isPaused(page), QUICK).toBe(false);
  await expect.poll(() => mediaTime(page), QUICK).toBeGreaterThan(bayeux.end + 0.2);
  expect(await remoteLog(page)).toEqual(expect.arrayContaining([{ kind: 'pause', trigger: 'description' }, { kind: 'play', trigger: 'description' }]));

  // Turned off: silent again.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  // Without speech synthesis, in English: the toggle still works, a message says speech is
  // unavailable, and the description is shown as text.
  await bareOpened;
  // The two pages share storage, where the choice is remembered: this one starts from "off", as left above.
  await bare.reload();
  expect(await bare.evaluate(() => 'speechSynthesis' in window)).toBe(false);
  const englishOpening = descriptionCues('subtitles/episode-06.descriptions.en.vtt')[0]!;
  const bareToggle = bare.getByRole('button', { name: /^(?:✓\s*)?Audio description$/ });
  await bareToggle.click();
  await expect(bareToggle).toHaveAttribute('aria-pressed', 'true');
  const player = bare.locator('dv-player');
  await expect(player.getByText('Speech synthesis is not available in this browser: descriptions are shown as text.')).toBeVisible();
  await expect(player.getByText(englishOpening.text)).toBeVisible();
  // Remembered: on again after a reload.
  await bare.reload();
  await expect(bareToggle).toHaveAttribute('aria-pressed', 'true');
  await bareToggle.click();
  await expect(bareToggle).toHaveAttribute('aria-pressed', 'false');
  await expect(player.getByText(englishOpening.text)).toHaveCount(0);
});
